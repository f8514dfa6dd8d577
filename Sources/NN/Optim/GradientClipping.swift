import NNAutograd
import NNTensor

/// `torch.nn.utils.clip_grad_norm_` and `clip_grad_value_`: rescaling gradients in place.
public enum GradientClipping {
    /// Scales every gradient by `min(1, maxNorm / (total + 1e-6))`, where `total` is the
    /// `normType`-norm of all gradients together (`.infinity` for the largest magnitude), and
    /// returns `total` as a 0-d tensor in the gradients' dtype (as PyTorch does, the scaling is
    /// applied even when it is 1).
    @discardableResult
    public static func clipGradNorm(_ parameters: [Variable], maxNorm: Double, normType: Double = 2,
                                    errorIfNonfinite: Bool = false) throws -> Tensor {
        let grads = parameters.compactMap(\.grad)
        guard let first = grads.first else { return Tensor(scalar: .float(0), dtype: .float32) }
        var total = 0.0
        for g in grads {
            let v = try g.data.converted(to: .float64).scalars(as: Double.self)
            if normType == .infinity {
                total = v.reduce(total) { Swift.max($0, Swift.abs($1)) }
            } else if normType == 0 {
                total += Double(v.filter { $0 != 0 }.count)
            } else {
                total += v.reduce(0) { $0 + Double.pow(Swift.abs($1), normType) }
            }
        }
        if normType != .infinity && normType != 0 { total = Double.pow(total, 1 / normType) }
        if errorIfNonfinite && !total.isFinite { throw NNError.nonFiniteNorm(normType: normType) }
        let coefficient = Swift.min(maxNorm / (total + 1e-6), 1)
        for g in grads { try g.data.mulInPlace(.float(coefficient)) }
        return Tensor(scalar: .float(total), dtype: first.dtype)
    }

    /// Clamps every gradient element to `[−clipValue, clipValue]` in place.
    public static func clipGradValue(_ parameters: [Variable], clipValue: Double) throws {
        for g in parameters.compactMap(\.grad) {
            let c = try g.data.clip(min: .scalar(.float(-clipValue)), max: .scalar(.float(clipValue)), flavor: .torch)
            try g.data.assign(from: c)
        }
    }
}
