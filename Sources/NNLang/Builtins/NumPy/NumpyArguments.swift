import NNTensor

/// Reading NumPy-style arguments: shapes (`3`, `(2, 3)`, `[2, 3]`, a `torch.Size`), axes
/// (`None`, `1`, `(0, 1)`), scalar operands and the receiver array.
enum NumpyArguments {
    /// A shape: an int or a sequence of ints.
    static func shape(_ v: Value, function: String) throws(ScriptError) -> [Int] {
        if let n = intLike(v) { return [n] }
        switch v {
        case .tuple(let items): return try items.map { x throws(ScriptError) in try dimension(x) }
        case .list(let l): return try l.items.map { x throws(ScriptError) in try dimension(x) }
        case .native(let n as SizeObject): return n.dimensions
        default:
            throw ScriptError.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
        }
    }

    /// A shape given either as one sequence or as separate ints (`reshape(2, 3)`).
    static func shape(varArgs: [Value], function: String) throws(ScriptError) -> [Int] {
        if varArgs.count == 1, let only = varArgs.first { return try shape(only, function: function) }
        return try varArgs.map { x throws(ScriptError) in try dimension(x) }
    }

    /// One dimension of a shape.
    static func dimension(_ v: Value) throws(ScriptError) -> Int {
        if let n = intLike(v) { return n }
        throw ScriptError.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
    }

    /// An int, a bool or an integer 0-d array/tensor.
    static func intLike(_ v: Value) -> Int? {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .native(let n): return n.asIndex()
        default: return nil
        }
    }

    /// An `axis=` argument: nil for None, one axis, or a tuple/list of axes.
    static func axes(_ v: Value) throws(ScriptError) -> [Int]? {
        if v.isNone { return nil }
        if let n = intLike(v) { return [n] }
        switch v {
        case .tuple(let items): return try items.map { x throws(ScriptError) in try axis(x) }
        case .list(let l): return try l.items.map { x throws(ScriptError) in try axis(x) }
        default: throw ScriptError.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
        }
    }

    /// A single `axis=` argument (nil for None).
    static func axis(_ v: Value) throws(ScriptError) -> Int {
        if let n = intLike(v) { return n }
        throw ScriptError.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
    }

    /// An elementwise operand: Python numbers stay weak scalars, anything else becomes an array.
    static func operand(_ v: Value) throws -> Operand {
        if let s = TensorConversion.scalar(v) { return .scalar(s) }
        return .tensor(try TensorConversion.tensor(v, dtype: nil, flavor: .numpy))
    }

    /// An array-like argument as a tensor.
    static func array(_ v: Value, dtype: DType? = nil) throws -> Tensor {
        try TensorConversion.tensor(v, dtype: dtype, flavor: .numpy)
    }
}

extension BoundArguments {
    /// The receiver of an `ndarray` method.
    var array: ArrayObject {
        get throws(ScriptError) { try receiver(as: ArrayObject.self, typeName: "numpy.ndarray") }
    }
}
