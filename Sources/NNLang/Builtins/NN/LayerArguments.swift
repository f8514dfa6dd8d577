import NN
import NNAutograd
import NNTensor

/// Reading layer, loss and optimizer arguments: numbers kept as written (PyTorch's reprs echo
/// them), sizes given as an int or a pair, `reduction=` strings, `dtype=` and `device=`.
extension BoundArguments {
    /// Slot `i` as a number as the user wrote it: `0` stays an int, `0.5` a float.
    func number(_ i: Int) throws(ScriptError) -> NN.Number {
        switch self[i] {
        case .int(let n): return .int(n)
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .float(d)
        case let v:
            if let d = v.asDouble { return .float(d) }
            throw ScriptError.typeError("\(name)(): argument '\(parameterName(i))' must be a number, not \(v.typeName)")
        }
    }

    /// Slot `i` as a number, or nil for None.
    func optionalNumber(_ i: Int) throws(ScriptError) -> NN.Number? {
        isNone(i) ? nil : try number(i)
    }

    /// Slot `i` as a size: one int, or a tuple or list of two (`kernel_size=3`, `(2, 3)`).
    func sizePair(_ i: Int) throws(ScriptError) -> SizePair {
        let v = self[i]
        if case .bool = v {} else if let n = v.asIndex { return .int(n) }
        let items: [Value]
        switch v {
        case .tuple(let t): items = t
        case .list(let l): items = l.items
        default:
            throw ScriptError.typeError("\(name)(): argument '\(parameterName(i))' must be an int or a tuple of two ints, not \(v.typeName)")
        }
        let ints = items.compactMap(\.asIndex)
        if ints.count == 1 && items.count == 1 { return .int(ints[0]) }
        guard ints.count == 2 && items.count == 2 else {
            throw ScriptError.valueError("\(name)(): argument '\(parameterName(i))' must be an int or a tuple of two ints, got \(items.count) values")
        }
        return .pair(ints[0], ints[1])
    }

    /// Slot `i` as a size, or nil for None.
    func optionalSizePair(_ i: Int) throws(ScriptError) -> SizePair? {
        isNone(i) ? nil : try sizePair(i)
    }

    /// Slot `i` as a loss reduction: `'mean'`, `'sum'` or `'none'`.
    func reduction(_ i: Int) throws(ScriptError) -> Reduction {
        let text = try string(i)
        return try TensorErrors.torch { try Reduction(parsing: text) }
    }

    /// The `dtype=` of a layer (float32 by default; floating dtypes only, as PyTorch's
    /// parameters must be).
    func layerDType(_ i: Int) throws(ScriptError) -> DType {
        guard let dtype = try torchDType(i) else { return .float32 }
        guard dtype.isFloatingPoint else {
            throw ScriptError.typeError("\(name)(): dtype must be a floating point type (torch.float32 or torch.float64), not \(dtype.torchName)")
        }
        return dtype
    }

    /// Checks a `device=` argument: None or the CPU (nn has no GPU).
    func requireCPU(_ i: Int) throws(ScriptError) {
        if !isNone(i) { try DeviceObject.parse(self[i]).requireCPU() }
    }

    /// Slot `i` as a float tensor of per-class weights (or None).
    func optionalWeight(_ i: Int) throws(ScriptError) -> Tensor? {
        try optionalTensor(i)?.data
    }
}
