import NNTensor

/// Variance, standard deviation and log-sum-exp.
extension Variable {
    /// The variance with `correction` (PyTorch's default 1: Bessel's), over all elements or
    /// `dims` (`VarBackward0`).
    public func variance(dims: [Int]? = nil, correction: Double = 1, keepdim: Bool = false) throws -> Variable {
        let x = data
        let out = try x.variance(axes: dims, correction: correction, keepdims: keepdim, flavor: .torch)
        guard Variable.isRecording(self) else { return Variable(out) }
        let kept = try Variable.keptShape(x.shape, dims)
        let n = Double(x.count / Swift.max(out.count, 1))
        return .recorded(out, "VarBackward0", [self]) { g in
            let centred = try x.minus(x.mean(axes: dims, keepdims: true, flavor: .torch))
            let scale = 2 / Swift.max(n - correction, 0)
            return [try centred.times(g.reshape(kept)).times(scale)]
        }
    }

    /// The standard deviation (`StdBackward0`); where it is 0 the gradient is 0.
    public func std(dims: [Int]? = nil, correction: Double = 1, keepdim: Bool = false) throws -> Variable {
        let x = data
        let out = try x.std(axes: dims, correction: correction, keepdims: keepdim, flavor: .torch)
        guard Variable.isRecording(self) else { return Variable(out) }
        let kept = try Variable.keptShape(x.shape, dims)
        let n = Double(x.count / Swift.max(out.count, 1))
        return .recorded(out, "StdBackward0", [self]) { g in
            let s = try out.reshape(kept)
            let zero = try s.binary(.equal, .int(0), flavor: .torch)
            let half = try Tensor.where(zero, .scalar(.float(0)), .tensor(try g.reshape(kept).over(s)), flavor: .torch)
            let centred = try x.minus(x.mean(axes: dims, keepdims: true, flavor: .torch))
            return [try centred.times(half).times(1 / Swift.max(n - correction, 0))]
        }
    }

    /// `log Σ exp(x)` over `dims`, computed stably (`LogsumexpBackward0`).
    public func logsumexp(dims: [Int], keepdim: Bool = false) throws -> Variable {
        let x = data
        let out = try x.logsumexp(axes: dims, keepdims: keepdim, flavor: .torch)
        guard Variable.isRecording(self) else { return Variable(out) }
        let kept = try Variable.keptShape(x.shape, dims)
        return .recorded(out, "LogsumexpBackward0", [self]) { g in
            let p = try x.minus(out.reshape(kept)).exp(flavor: .torch)
            return [try p.times(g.reshape(kept))]
        }
    }
}
