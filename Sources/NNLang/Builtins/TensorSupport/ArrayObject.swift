import NNTensor

/// An `np.ndarray`: a NumPy-flavoured tensor with Python reference semantics.
///
/// Views share storage (`b = a[0:2]; b[0] = 9` changes `a`): item assignment, augmented
/// assignment and `fill` write through NNTensor's shared-write API. Results of operations
/// that are 0-d become nn numbers, as NumPy returns scalars (nn has no NumPy scalar objects:
/// `np.float64(0.5)` shows as `0.5`); `np.array(5.0)` itself stays a 0-d array.
final class ArrayObject: NativeObject {
    /// The values (shared with every view made from them).
    var tensor: Tensor

    init(_ tensor: Tensor) { self.tensor = tensor }

    /// The class `np.ndarray` with its methods (registered in `Builtins/NumPy`).
    nonisolated(unsafe) static let type: ClassObject = {
        // Immutable after its thread-safe lazy initialisation.
        let c = ClassObject.native("ndarray", module: "numpy", doc: "An n-dimensional array (NumPy semantics).")
        c.subclassable = false
        NDArrayMethods.register(c)
        return c
    }()

    override var nativeType: ClassObject { ArrayObject.type }

    /// An operation's result: a 0-d result is an nn number, as NumPy gives scalars.
    @inline(__always)
    static func result(_ t: Tensor) -> Value {
        t.ndim == 0 ? TensorConversion.element(t) : .native(ArrayObject(t))
    }

    /// A value that stays an array even when 0-d (`np.array(5.0)`, `a.copy()`).
    @inline(__always)
    static func array(_ t: Tensor) -> Value { .native(ArrayObject(t)) }

    // MARK: - Operators

    /// The other operand of an operator: Python numbers stay weak scalars (NEP 50), lists and
    /// tuples become arrays. A torch tensor is refused on the array's side (PyTorch's rule:
    /// `t + a` works, `a + t` raises TypeError); nil hands the operation to the other side.
    static func operand(_ other: Value, op: @autoclosure () -> String, reflected: Bool) throws -> Operand? {
        switch other {
        case .int(let i): return .scalar(.int(Int64(i)))
        case .float(let d): return .scalar(.float(d))
        case .bool(let b): return .scalar(.bool(b))
        case .list, .tuple: return .tensor(try TensorConversion.tensor(other, dtype: nil, flavor: .numpy))
        case .native(let n):
            if let a = n as? ArrayObject { return .tensor(a.tensor) }
            if n is TensorObject, !reflected {
                throw ScriptError.typeError("unsupported operand type(s) for \(op()): 'numpy.ndarray' and 'Tensor'")
            }
            return nil
        default: return nil
        }
    }

    override func binaryOp(_ op: BinaryOp, _ other: Value, reflected: Bool, _ rt: Runtime) throws -> Value? {
        // The common cases first, without wrapping operands (each copy of a tensor costs
        // reference counting on a hot path).
        if op != .matmul, let t = ArrayObject.tensorOp(op) {
            do {
                switch other {
                case .native(let n as ArrayObject):
                    let r = reflected ? try n.tensor.binary(t, tensor, flavor: .numpy) : try tensor.binary(t, n.tensor, flavor: .numpy)
                    return ArrayObject.result(r)
                case .float(let d):
                    let r = reflected ? try tensor.binary(t, scalarOnLeft: .float(d), flavor: .numpy) : try tensor.binary(t, .float(d), flavor: .numpy)
                    return ArrayObject.result(r)
                case .int(let i):
                    let s = Scalar.int(Int64(i))
                    let r = reflected ? try tensor.binary(t, scalarOnLeft: s, flavor: .numpy) : try tensor.binary(t, s, flavor: .numpy)
                    return ArrayObject.result(r)
                default: break
                }
            } catch {
                throw TensorErrors.numpy(error)
            }
        }
        guard let rhs = try ArrayObject.operand(other, op: op.symbol, reflected: reflected) else { return nil }
        let lhs = Operand.tensor(tensor)
        return try TensorErrors.numpy {
            let (a, b) = reflected ? (rhs, lhs) : (lhs, rhs)
            if op == .matmul { return ArrayObject.result(try ArrayObject.tensor(a).matmul(ArrayObject.tensor(b), flavor: .numpy)) }
            guard let t = ArrayObject.tensorOp(op) else { return nil }
            return ArrayObject.result(try Tensor.binary(t, a, b, flavor: .numpy))
        }
    }

    override func inPlaceOp(_ op: BinaryOp, _ other: Value, _ rt: Runtime) throws -> Value? {
        guard let rhs = try ArrayObject.operand(other, op: op.symbol + "=", reflected: false) else { return nil }
        try TensorErrors.numpy {
            if op == .matmul {
                let r = try tensor.matmul(ArrayObject.tensor(rhs), flavor: .numpy)
                guard r.shape == tensor.shape else {
                    throw TensorError.broadcast(shapes: [tensor.shape, r.shape])
                }
                try tensor.assign(from: r)
            } else if let t = ArrayObject.tensorOp(op) {
                try tensor.applyInPlace(t, rhs, flavor: .numpy)
            }
        }
        return .native(self)
    }

    override func unaryOp(_ op: UnaryOperator, _ rt: Runtime) throws -> Value? {
        try TensorErrors.numpy {
            switch op {
            case .negate: return ArrayObject.result(try tensor.unary(.negative, flavor: .numpy))
            case .plus: return ArrayObject.result(try tensor.copy())
            case .invert: return ArrayObject.result(try tensor.unary(.bitwiseNot, flavor: .numpy))
            }
        }
    }

    override func compare(_ op: CompareOp, _ other: Value, _ rt: Runtime) throws -> Value? {
        guard let t = ArrayObject.comparison(op) else { return nil }
        do {
            switch other {
            case .native(let n as ArrayObject): return ArrayObject.result(try tensor.binary(t, n.tensor, flavor: .numpy))
            case .float(let d): return ArrayObject.result(try tensor.binary(t, .float(d), flavor: .numpy))
            case .int(let i): return ArrayObject.result(try tensor.binary(t, .int(Int64(i)), flavor: .numpy))
            default: break
            }
        } catch {
            throw TensorErrors.numpy(error)
        }
        if case .native(let n) = other, n is TensorObject {
            throw ScriptError.typeError("'\(op.symbol)' not supported between instances of 'numpy.ndarray' and 'Tensor'")
        }
        guard let rhs = try ArrayObject.operand(other, op: op.symbol, reflected: false) else { return nil }
        return try TensorErrors.numpy { ArrayObject.result(try Tensor.binary(t, .tensor(tensor), rhs, flavor: .numpy)) }
    }

    override func contains(_ item: Value, _ rt: Runtime) throws -> Bool? {
        guard let rhs = try ArrayObject.operand(item, op: "in", reflected: false) else { return false }
        return try TensorErrors.numpy {
            try Tensor.binary(.equal, .tensor(tensor), rhs, flavor: .numpy).any().element(at: 0).boolValue
        }
    }

    /// The tensor of an operand (a scalar becomes 0-d).
    static func tensor(_ o: Operand) -> Tensor {
        switch o {
        case .tensor(let t): return t
        case .scalar(let s): return Tensor(scalar: s, dtype: s.dtype(flavor: .numpy))
        }
    }

    /// The engine's operation for a language operator (`@` is handled separately).
    static func tensorOp(_ op: BinaryOp) -> NNTensor.BinaryOp? {
        switch op {
        case .add: return .add
        case .sub: return .subtract
        case .mul: return .multiply
        case .div: return .divide
        case .floorDiv: return .floorDivide
        case .mod: return .remainder
        case .pow: return .power
        case .lshift: return .leftShift
        case .rshift: return .rightShift
        case .and: return .bitwiseAnd
        case .or: return .bitwiseOr
        case .xor: return .bitwiseXor
        case .matmul: return nil
        }
    }

    /// The engine's comparison for a comparison operator.
    static func comparison(_ op: CompareOp) -> NNTensor.BinaryOp? {
        switch op {
        case .eq: return .equal
        case .ne: return .notEqual
        case .lt: return .less
        case .le: return .lessEqual
        case .gt: return .greater
        case .ge: return .greaterEqual
        default: return nil
        }
    }

    // MARK: - Subscripts, iteration, truth

    override func getItem(_ index: Index, _ rt: Runtime) throws -> Value {
        try TensorErrors.numpy {
            let r = try tensor.get(IndexConversion.tensorIndex(index, flavor: .numpy), flavor: .numpy)
            if r.ndim == 0 && !IndexConversion.hasEllipsis(index) { return TensorConversion.element(r) }
            return .native(ArrayObject(r))
        }
    }

    override func setItem(_ index: Index, _ value: Value, _ rt: Runtime) throws {
        try TensorErrors.numpy {
            let idx = try IndexConversion.tensorIndex(index, flavor: .numpy)
            if let s = TensorConversion.scalar(value) {
                try tensor.set(idx, to: .scalar(s), flavor: .numpy)
            } else {
                try tensor.set(idx, to: .tensor(TensorConversion.tensor(value, dtype: nil, flavor: .numpy)), flavor: .numpy)
            }
        }
    }

    override func length(_ rt: Runtime) throws -> Int? {
        guard let n = tensor.shape.first else { throw ScriptError.typeError("len() of unsized object") }
        return n
    }

    override func makeIterator(_ rt: Runtime) throws -> IteratorObject? {
        guard let n = tensor.shape.first else { throw ScriptError.typeError("iteration over a 0-d array") }
        let t = tensor
        var i = 0
        return IteratorObject { _ in
            guard i < n else { return nil }
            defer { i += 1 }
            return try TensorErrors.numpy { ArrayObject.result(try t.get([.int(i)], flavor: .numpy)) }
        }
    }

    override func truth(_ rt: Runtime) throws -> Bool {
        if tensor.count == 1 { return tensor.element(at: 0).boolValue }
        if tensor.count == 0 {
            throw ScriptError.valueError("The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.")
        }
        throw ScriptError.valueError("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
    }

    override func hashValue(_ rt: Runtime) throws -> Int? {
        throw ScriptError.typeError("unhashable type: 'numpy.ndarray'")
    }

    override func asIndex() -> Int? {
        guard tensor.ndim == 0, tensor.dtype == .int64 else { return nil }
        return Int(tensor.int64Element(at: 0))
    }

    /// `float(a)`: 0-d arrays only (NumPy 2.4 refuses arrays with dimensions).
    override func asDouble() -> Double? {
        tensor.ndim == 0 ? tensor.doubleElement(at: 0) : nil
    }

    // MARK: - Attributes and display

    override func getAttribute(_ name: String, owner: Value, _ rt: Runtime) throws -> Value? {
        switch name {
        case "shape": return TensorConversion.shapeTuple(tensor.shape)
        case "ndim": return .int(tensor.ndim)
        case "size": return .int(tensor.count)
        case "dtype": return .native(NumpyDTypeObject(tensor.dtype))
        case "T": return .native(ArrayObject(tensor.T))
        case "itemsize": return .int(tensor.dtype.itemSize)
        case "nbytes": return .int(tensor.byteCount)
        case "strides": return .tuple(tensor.strides.map { .int($0 &* tensor.dtype.itemSize) })
        default: return nil
        }
    }

    override var dynamicAttributeNames: [String] { ["shape", "ndim", "size", "dtype", "T", "itemsize", "nbytes", "strides"] }

    override func setAttribute(_ name: String, _ value: Value, owner: Value, _ rt: Runtime) throws -> Bool {
        switch name {
        case "shape":
            let shape = try NumpyArguments.shape(value, function: "reshape")
            tensor = try TensorErrors.numpy {
                do { return try tensor.view(shape) } catch TensorError.viewNotPossible {
                    throw ScriptError.attributeError("Incompatible shape for in-place modification. Use `.reshape()` to make a copy with the desired shape.")
                }
            }
            return true
        case "ndim", "size", "dtype", "T", "itemsize", "nbytes", "strides":
            throw ScriptError.attributeError("attribute '\(name)' of 'numpy.ndarray' objects is not writable")
        default:
            return false
        }
    }

    override func repr(_ rt: Runtime) throws -> String { tensor.numpyRepr(options: rt.tensorSession.numpy) }

    override func str(_ rt: Runtime) throws -> String { tensor.numpyStr(options: rt.tensorSession.numpy) }
}
