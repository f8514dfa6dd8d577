import NNAutograd
import NNTensor

/// A `torch.Tensor`: an NNAutograd `Variable` as an nn value. A `Variable` with
/// `isParameter` is an `nn.Parameter` (its type is `TensorObject.parameterType`).
///
/// Several values may wrap the same `Variable` (`t.grad` read twice gives two wrappers of one
/// gradient): they share data, gradient and history, and hash alike; only `is` tells them
/// apart.
final class TensorObject: NativeObject {
    /// The tensor and its autograd state.
    let variable: Variable

    init(_ variable: Variable) { self.variable = variable }

    /// The class `torch.Tensor` with its methods (registered in `Builtins/Torch`).
    nonisolated(unsafe) static let type: ClassObject = {
        // Immutable after its thread-safe lazy initialisation.
        let c = ClassObject.native("Tensor", module: "torch", doc: "A tensor with automatic differentiation (PyTorch semantics).")
        c.subclassable = false
        c.constructor = BuiltinFunction("Tensor", "*data", doc: "A float32 tensor from data, or zeros of a shape.") { a, _ in
            try TorchCreation.legacyConstructor(a.varArgs, dtype: .float32, name: "Tensor")
        }
        TensorMethods.register(c)
        return c
    }()

    /// The class `nn.Parameter`: a tensor that a module registers as a learnable parameter.
    /// `torch.nn` binds it; calling it wraps a tensor's data (shared) as a new leaf.
    nonisolated(unsafe) static let parameterType: ClassObject = {
        // Immutable after its thread-safe lazy initialisation.
        let c = ClassObject.native("Parameter", module: "torch.nn.parameter", base: type,
                                   doc: "A tensor that is a module parameter (requires grad by default).")
        c.subclassable = false
        c.constructor = BuiltinFunction("Parameter", "data=None, requires_grad=True",
                                        doc: "A parameter sharing data's values.") { a, _ in
            let data: Tensor
            if a.isNone(0) {
                data = try TensorErrors.torch { try Tensor.zeros([0], dtype: .float32) }
            } else {
                data = try a.tensor(0).data
            }
            return try TensorErrors.torch { .native(TensorObject(try Variable.parameter(data, requiresGrad: try a.bool(1)))) }
        }
        return c
    }()

    override var nativeType: ClassObject { variable.isParameter ? TensorObject.parameterType : TensorObject.type }

    /// A tensor value.
    @inline(__always)
    static func wrap(_ v: Variable) -> Value { .native(TensorObject(v)) }

    // MARK: - Operators

    override func binaryOp(_ op: BinaryOp, _ other: Value, reflected: Bool, _ rt: Runtime) throws -> Value? {
        do {
            switch other {
            case .float(let d):
                return try TensorArithmetic.scalar(op, variable, .float(d), reflected: reflected).map(TensorObject.wrap)
            case .int(let i):
                return try TensorArithmetic.scalar(op, variable, .int(Int64(i)), reflected: reflected).map(TensorObject.wrap)
            case .bool(let b):
                return try TensorArithmetic.scalar(op, variable, .bool(b), reflected: reflected).map(TensorObject.wrap)
            case .native(let n as TensorObject):
                let r = reflected ? try TensorArithmetic.tensors(op, n.variable, variable) : try TensorArithmetic.tensors(op, variable, n.variable)
                return r.map(TensorObject.wrap)
            case .native(let n as ArrayObject):
                let y = Variable(n.tensor)
                return try (reflected ? TensorArithmetic.tensors(op, y, variable) : TensorArithmetic.tensors(op, variable, y)).map(TensorObject.wrap)
            default:
                return nil
            }
        } catch {
            throw TensorErrors.torch(error)
        }
    }

    override func inPlaceOp(_ op: BinaryOp, _ other: Value, _ rt: Runtime) throws -> Value? {
        let y: Variable?, s: Scalar?
        switch other {
        case .int, .float, .bool: (y, s) = (nil, TensorConversion.scalar(other))
        case .native(let n as TensorObject): (y, s) = (n.variable, nil)
        case .native(let n as ArrayObject): (y, s) = (Variable(n.tensor), nil)
        default: return nil
        }
        guard op != .matmul else { return nil }
        try TensorErrors.torch {
            try variable.modifyInPlace { x in
                let r = try s.map { try TensorArithmetic.scalar(op, x, $0, reflected: false) }
                    ?? y.map { try TensorArithmetic.tensors(op, x, $0) }
                guard let result = r ?? nil else { throw ScriptError.typeError("unsupported operand for \(op.symbol)=") }
                return result
            }
        }
        return .native(self)
    }

    override func unaryOp(_ op: UnaryOperator, _ rt: Runtime) throws -> Value? {
        try TensorErrors.torch {
            switch op {
            case .negate: return TensorObject.wrap(try variable.neg())
            case .plus: return .native(self)
            case .invert: return TensorObject.wrap(Variable(try variable.data.unary(.bitwiseNot, flavor: .torch)))
            }
        }
    }

    override func compare(_ op: CompareOp, _ other: Value, _ rt: Runtime) throws -> Value? {
        guard let t = ArrayObject.comparison(op), let rhs = TensorArithmetic.operand(other) else { return nil }
        return try TensorErrors.torch { TensorObject.wrap(Variable(try Tensor.binary(t, .tensor(variable.data), rhs, flavor: .torch))) }
    }

    override func contains(_ item: Value, _ rt: Runtime) throws -> Bool? {
        guard let rhs = TensorArithmetic.operand(item) else {
            throw ScriptError.runtimeError("Tensor.__contains__ only supports Tensor or scalar, but you passed in a \(item.typeName).")
        }
        return try TensorErrors.torch {
            try Tensor.binary(.equal, .tensor(variable.data), rhs, flavor: .torch).any().element(at: 0).boolValue
        }
    }

    // MARK: - Subscripts, iteration, truth

    override func getItem(_ index: Index, _ rt: Runtime) throws -> Value {
        try TensorErrors.torch { TensorObject.wrap(try variable.index(IndexConversion.tensorIndex(index, flavor: .torch))) }
    }

    override func setItem(_ index: Index, _ value: Value, _ rt: Runtime) throws {
        let idx = try TensorErrors.torch { try IndexConversion.tensorIndex(index, flavor: .torch) }
        let v: Variable?, s: Scalar?
        if let scalar = TensorConversion.scalar(value) {
            (v, s) = (nil, scalar)
        } else {
            (v, s) = (try TensorErrors.torch { try TensorArguments.variable(value, function: "__setitem__", parameter: "value", position: nil, acceptArrayLike: true) }, nil)
        }
        try TensorErrors.torch {
            let recording = GradMode.isEnabled && (variable.requiresGrad || (v?.requiresGrad ?? false))
            if recording {
                try variable.modifyInPlace { x in
                    if let v { return try x.indexPut(idx, v) }
                    return try x.indexPut(idx, s ?? .int(0))
                }
            } else if let v {
                try variable.data.set(idx, to: .tensor(v.data), flavor: .torch)
            } else if let s {
                try variable.data.set(idx, to: .scalar(s), flavor: .torch)
            }
        }
    }

    override func length(_ rt: Runtime) throws -> Int? {
        guard let n = variable.shape.first else { throw ScriptError.typeError("len() of a 0-d tensor") }
        return n
    }

    override func makeIterator(_ rt: Runtime) throws -> IteratorObject? {
        guard let n = variable.shape.first else { throw ScriptError.typeError("iteration over a 0-d tensor") }
        let x = variable
        var i = 0
        return IteratorObject { _ in
            guard i < n else { return nil }
            defer { i += 1 }
            return try TensorErrors.torch { TensorObject.wrap(try x.index([.int(i)])) }
        }
    }

    override func truth(_ rt: Runtime) throws -> Bool {
        let t = variable.data
        if t.count == 1 { return t.element(at: 0).boolValue }
        if t.count == 0 { throw ScriptError.runtimeError("Boolean value of Tensor with no values is ambiguous") }
        throw ScriptError.runtimeError("Boolean value of Tensor with more than one value is ambiguous")
    }

    override func hashValue(_ rt: Runtime) throws -> Int? { ObjectIdentifier(variable).hashValue }

    override func asIndex() -> Int? {
        let t = variable.data
        guard t.count == 1, t.dtype == .int64 else { return nil }
        return Int(t.int64Element(at: 0))
    }

    override func asDouble() -> Double? {
        variable.data.count == 1 ? variable.data.doubleElement(at: 0) : nil
    }

    // MARK: - Attributes and display

    override func getAttribute(_ name: String, owner: Value, _ rt: Runtime) throws -> Value? {
        try TensorAttributes.get(self, name)
    }

    override var dynamicAttributeNames: [String] { TensorAttributes.names }

    override func setAttribute(_ name: String, _ value: Value, owner: Value, _ rt: Runtime) throws -> Bool {
        try TensorAttributes.set(self, name, value)
    }


    override func repr(_ rt: Runtime) throws -> String { variable.torchRepr(options: rt.tensorSession.torch) }
}
