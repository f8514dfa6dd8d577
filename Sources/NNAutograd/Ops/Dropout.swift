import NNTensor

/// Dropout: in training, each element (or each channel, for `dropout2d`) is zeroed with
/// probability `p` and the rest scaled by `1/(1 − p)`. The mask is a saved tensor of the
/// multiplication (`MulBackward0`, as PyTorch records it). Outside training it is the identity.
extension Variable {
    /// Elementwise dropout.
    public func dropout(p: Double, training: Bool = true) throws -> Variable {
        try Variable.checkDropout(p)
        guard training && p > 0 else { return self }
        return try mul(Variable(Variable.keepMask(shape, p: p, dtype: dtype)))
    }

    /// Channel dropout of `[N, C, H, W]` (or `[C, H, W]`) input: whole feature maps are
    /// zeroed together.
    public func dropout2d(p: Double, training: Bool = true) throws -> Variable {
        try Variable.checkDropout(p)
        guard training && p > 0 else { return self }
        var maskShape = shape
        let spatial = ndim >= 3 ? 2 : Swift.max(ndim - 1, 0)
        for d in (ndim - spatial)..<ndim { maskShape[d] = 1 }
        return try mul(Variable(Variable.keepMask(maskShape, p: p, dtype: dtype)))
    }

    /// Throws PyTorch's ValueError unless `0 ≤ p ≤ 1`.
    public static func checkDropout(_ p: Double) throws {
        guard p >= 0 && p <= 1 else { throw AutogradError.probability(what: "dropout", value: p) }
    }

    /// 0 with probability `p`, else `1/(1 − p)` (all zeros for `p = 1`).
    static func keepMask(_ shape: [Int], p: Double, dtype: DType) throws -> Tensor {
        let floatType = dtype.isFloatingPoint ? dtype : .float32
        if p >= 1 { return try Tensor.zeros(shape, dtype: floatType) }
        let mask = try Tensor.bernoulli(shape, p: 1 - p, dtype: floatType)
        try mask.mulInPlace(.float(1 / (1 - p)))
        return mask
    }
}
