import NNAutograd
import NNTensor

/// Tensor values for library bindings and host programs: making nn values from tensors and
/// reading tensors out of nn values.
///
/// ```swift
/// m.fn("relu", "input, inplace=False") { a, rt in
///     let x = try a.tensor(0)                  // PyTorch's TypeError for a list, a str…
///     return .tensor(try x.relu())             // a torch.Tensor value
/// }
/// ```
extension Value {
    /// A `torch.Tensor` value for `variable` (an `nn.Parameter` when `variable.isParameter`).
    public static func tensor(_ variable: Variable) -> Value { .native(TensorObject(variable)) }

    /// A `torch.Tensor` value holding `data`, outside autograd.
    public static func tensor(_ data: Tensor) -> Value { .native(TensorObject(Variable(data))) }

    /// An `np.ndarray` value holding `data` (shared, not copied).
    public static func ndarray(_ data: Tensor) -> Value { .native(ArrayObject(data)) }

    /// The `Variable` of a `torch.Tensor` value; nil for anything else.
    public var torchVariable: Variable? {
        if case .native(let n as TensorObject) = self { return n.variable }
        return nil
    }

    /// The tensor of an `np.ndarray` value; nil for anything else.
    public var ndarrayTensor: Tensor? {
        if case .native(let n as ArrayObject) = self { return n.tensor }
        return nil
    }
}

/// A tensor or a Python number, as PyTorch functions such as `torch.where(c, x, 0.0)` and
/// `clamp(min=…)` accept.
public enum TorchOperand {
    case tensor(Variable)
    case scalar(Scalar)
}

extension BoundArguments {
    /// Slot `i` as a tensor; PyTorch's TypeError for anything else
    /// (`relu(): argument 'input' (position 1) must be Tensor, not list`).
    public func tensor(_ i: Int) throws(ScriptError) -> Variable {
        try TensorArguments.variable(self[i], function: TensorArguments.functionName(name), parameter: parameterName(i),
                                     position: i < signature.positionalCount ? i + 1 : nil)
    }

    /// Slot `i` as a tensor, or nil for None.
    public func optionalTensor(_ i: Int) throws(ScriptError) -> Variable? {
        isNone(i) ? nil : try tensor(i)
    }

    /// Slot `i` as a tensor or a Python number (bools included).
    public func tensorOrScalar(_ i: Int) throws(ScriptError) -> TorchOperand {
        if let s = TensorConversion.scalar(self[i]) { return .scalar(s) }
        return .tensor(try tensor(i))
    }

    /// Slot `i` as a tensor, converting numbers, nested lists and arrays as `torch.as_tensor`
    /// does (for the places PyTorch accepts data, such as `torch.tensor`-like arguments);
    /// a tensor passes unchanged (its autograd history kept).
    public func tensorLike(_ i: Int, dtype: DType? = nil) throws(ScriptError) -> Variable {
        let v = try TensorArguments.variable(self[i], function: TensorArguments.functionName(name), parameter: parameterName(i),
                                             position: i < signature.positionalCount ? i + 1 : nil, acceptArrayLike: true)
        guard let dtype, dtype != v.dtype else { return v }
        return try TensorErrors.torch { try v.to(dtype) }
    }

    /// Slot `i` as an array-like converted NumPy's way (numbers, nested lists, arrays,
    /// tensors that do not require grad); the result may share an array's storage.
    public func arrayLike(_ i: Int, dtype: DType? = nil) throws(ScriptError) -> Tensor {
        try TensorErrors.numpy { try TensorConversion.tensor(self[i], dtype: dtype, flavor: .numpy) }
    }

    /// Slot `i` as a PyTorch dtype (`torch.float32`, `float`…), nil for None.
    public func torchDType(_ i: Int) throws(ScriptError) -> DType? {
        try TorchDTypeObject.parse(self[i], function: TensorArguments.functionName(name))
    }

    /// Slot `i` as a NumPy dtype (`np.float32`, `'float64'`, `float`…), nil for None.
    public func numpyDType(_ i: Int) throws(ScriptError) -> DType? {
        try NumpyDTypes.parse(self[i])
    }
}

/// Reading tensors out of arguments, with PyTorch's messages.
enum TensorArguments {
    /// The name PyTorch's messages use for a value's type: `list`, `numpy.ndarray`, `Tensor`.
    static func typeName(_ v: Value) -> String {
        let t = v.type
        return t.module == "builtins" || t.module == "torch" ? t.name : t.qualifiedName
    }

    /// A method's bare name (`add` for `Tensor.add`).
    static func functionName(_ qualified: String) -> String {
        guard let dot = qualified.lastIndex(of: ".") else { return qualified }
        return String(qualified[qualified.index(after: dot)...])
    }

    /// `v` as a tensor. `acceptArrayLike` also converts numbers, lists and arrays (as
    /// `torch.as_tensor` would); otherwise only tensors pass.
    static func variable(_ v: Value, function: String, parameter: String, position: Int?,
                         acceptArrayLike: Bool = false) throws(ScriptError) -> Variable {
        if case .native(let n as TensorObject) = v { return n.variable }
        if acceptArrayLike {
            return try TensorErrors.torch { Variable(try TensorConversion.tensor(v, dtype: nil, flavor: .torch)) }
        }
        let place = position.map { " (position \($0))" } ?? ""
        throw ScriptError.typeError("\(function)(): argument '\(parameter)'\(place) must be Tensor, not \(typeName(v))")
    }
}
