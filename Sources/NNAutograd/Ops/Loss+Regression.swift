import NNTensor

/// Regression losses: mean squared error and mean absolute error.
extension Variable {
    /// `(self − target)²` reduced (`MseLossBackward0`); the operands broadcast together, as
    /// PyTorch allows (with a warning there).
    public func mseLoss(_ target: Variable, reduction: Reduction = .mean) throws -> Variable {
        let d = try data.minus(target.data.converted(to: data.dtype.isFloatingPoint ? data.dtype : target.dtype))
        let out = try reduction.apply(d.times(d))
        guard Variable.isRecording(self, target) else { return Variable(out) }
        let needTarget = target.requiresGrad
        return .recorded(out, "MseLossBackward0", [self, target]) { g in
            let gx = try reduction.spread(g, over: d.shape).times(d).times(2)
            return [gx, needTarget ? try gx.negated() : nil]
        }
    }

    /// `|self − target|` reduced, composed as PyTorch composes it (`MeanBackward0`,
    /// `SumBackward0` or `AbsBackward0`).
    public func l1Loss(_ target: Variable, reduction: Reduction = .mean) throws -> Variable {
        let a = try sub(target).abs()
        switch reduction {
        case .none: return a
        case .sum: return try a.sum()
        case .mean: return try a.mean()
        }
    }
}
