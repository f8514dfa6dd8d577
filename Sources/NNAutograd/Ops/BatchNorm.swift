import NNTensor

/// Batch normalisation over `[N, C]`, `[N, C, L]` or `[N, C, H, W]` (statistics per channel
/// `C`, over every other dimension).
extension Variable {
    /// `(x − mean) / √(var + eps) · weight + bias` per channel (`NativeBatchNormBackward0`).
    ///
    /// In training (or without running statistics) the batch's mean and biased variance
    /// normalise, and the running statistics, when given, are updated in place (shared-write)
    /// with `momentum`: `running = (1 − momentum)·running + momentum·batch`, the variance
    /// unbiased. Otherwise the running statistics normalise.
    public static func batchNorm(_ input: Variable, runningMean: Tensor?, runningVar: Tensor?,
                                 weight: Variable?, bias: Variable?, training: Bool,
                                 momentum: Double = 0.1, eps: Double = 1e-5) throws -> Variable {
        let x = try input.data.contiguous()
        guard x.ndim >= 2 else { throw AutogradError.batchNormInputDims(expected: "2D or 3D", got: x.ndim) }
        let (n, c) = (x.shape[0], x.shape[1])
        let inner = x.shape.dropFirst(2).reduce(1, *)
        for (what, t) in [("running_mean", runningMean), ("running_var", runningVar), ("weight", weight?.data), ("bias", bias?.data)] {
            if let t, t.count != c { throw AutogradError.batchNormChannels(what: what, expected: t.count, got: c) }
        }
        let useBatch = training || runningMean == nil || runningVar == nil
        if training && n * inner <= 1 { throw AutogradError.batchNormSingleValue(shape: x.shape) }
        let plan = BatchNormPlan(batch: n, channels: c, inner: inner, eps: eps)
        let gamma = try weight.map { try $0.data.converted(to: x.dtype) }
        let beta = try bias.map { try $0.data.converted(to: x.dtype) }
        // Per-channel mean and 1/√(var + eps), in float64.
        let (mean, invstd): ([Double], [Double])
        if useBatch {
            let (m, v) = try plan.statistics(x)
            mean = m
            invstd = v.map { 1 / ($0 + eps).squareRoot() }
            if training, let runningMean, let runningVar {
                let count = Double(n * inner)
                try plan.update(runningMean, with: m, momentum: momentum)
                try plan.update(runningVar, with: v.map { $0 * count / Swift.max(count - 1, 1) }, momentum: momentum)
            }
        } else {
            mean = try (runningMean ?? Tensor.zeros([c], dtype: .float64)).converted(to: .float64).scalars(as: Double.self)
            let rv = try (runningVar ?? Tensor.ones([c], dtype: .float64)).converted(to: .float64).scalars(as: Double.self)
            invstd = rv.map { 1 / ($0 + eps).squareRoot() }
        }
        let out = try Kernels.float(x.dtype, op: "batch_norm",
                                    { try plan.normalize(x, mean, invstd, gamma, beta, Float.self) },
                                    { try plan.normalize(x, mean, invstd, gamma, beta, Double.self) })
        let inputs = [input] + [weight, bias].compactMap { $0 }
        guard isRecording(inputs) else { return Variable(out) }
        let needs = (input.requiresGrad, weight?.requiresGrad ?? false, bias?.requiresGrad ?? false)
        let hasWeight = weight != nil
        return recorded(out, "NativeBatchNormBackward0", inputs) { g in
            let r = try Kernels.float(x.dtype, op: "batch_norm_backward",
                                      { try plan.backward(g, x, mean, invstd, gamma, batchStats: useBatch, Float.self) },
                                      { try plan.backward(g, x, mean, invstd, gamma, batchStats: useBatch, Double.self) })
            var grads: [Tensor?] = [needs.0 ? r.dx : nil]
            if hasWeight { grads.append(needs.1 ? r.dgamma : nil) }
            if bias != nil { grads.append(needs.2 ? r.dbeta : nil) }
            return grads
        }
    }
}

/// The `[N, C, inner]` walk of batch norm.
struct BatchNormPlan {
    let batch: Int, channels: Int, inner: Int, eps: Double

    /// Per-channel mean and biased variance, accumulated in float64.
    func statistics(_ x: Tensor) throws -> ([Double], [Double]) {
        let xs = try x.converted(to: .float64)
        return try xs.withUnsafeBufferPointer(as: Double.self) { p in
            var mean = [Double](repeating: 0, count: channels), variance = mean
            let count = Double(Swift.max(batch * inner, 1))
            for c in 0..<channels {
                var s = 0.0
                for n in 0..<batch { let base = (n * channels + c) * inner; for i in 0..<inner { s += p[base + i] } }
                let m = s / count
                var q = 0.0
                for n in 0..<batch {
                    let base = (n * channels + c) * inner
                    for i in 0..<inner { let d = p[base + i] - m; q += d * d }
                }
                mean[c] = m
                variance[c] = q / count
            }
            return (mean, variance)
        }
    }

    /// `running = (1 − momentum)·running + momentum·batch`, in place.
    func update(_ running: Tensor, with batchValues: [Double], momentum: Double) throws {
        let b = try Tensor(batchValues, shape: [channels]).converted(to: running.dtype)
        try running.mulInPlace(.float(1 - momentum))
        try running.addInPlace(b, alpha: momentum)
    }

    func normalize<T: RealElement>(_ x: Tensor, _ mean: [Double], _ invstd: [Double], _ gamma: Tensor?, _ beta: Tensor?,
                                   _: T.Type) throws -> Tensor {
        let gs = try gamma.map { try $0.scalars(as: T.self) }, bs = try beta.map { try $0.scalars(as: T.self) }
        return try x.withUnsafeBufferPointer(as: T.self) { p in
            try Tensor(shape: x.shape, as: T.self) { out in
                for c in 0..<channels {
                    let scale = T(invstd[c]) * (gs?[c] ?? 1), m = T(mean[c]), shift = bs?[c] ?? 0
                    for n in 0..<batch {
                        let base = (n * channels + c) * inner
                        for i in 0..<inner { out[base + i] = (p[base + i] - m) * scale + shift }
                    }
                }
            }
        }
    }

    func backward<T: RealElement>(_ g: Tensor, _ x: Tensor, _ mean: [Double], _ invstd: [Double], _ gamma: Tensor?,
                                  batchStats: Bool, _: T.Type) throws -> (dx: Tensor, dgamma: Tensor, dbeta: Tensor) {
        let gs = try gamma.map { try $0.scalars(as: T.self) }
        var dgamma = [T](repeating: 0, count: channels), dbeta = dgamma
        let count = T(batch * inner)
        let dx = try g.withUnsafeBufferPointer(as: T.self) { pg in
            try x.withUnsafeBufferPointer(as: T.self) { px in
                try Tensor(shape: x.shape, as: T.self) { out in
                    for c in 0..<channels {
                        let m = T(mean[c]), s = T(invstd[c]), w = gs?[c] ?? 1
                        var sumG: T = 0, sumGX: T = 0
                        for n in 0..<batch {
                            let base = (n * channels + c) * inner
                            for i in 0..<inner {
                                sumG += pg[base + i]
                                sumGX += pg[base + i] * (px[base + i] - m) * s
                            }
                        }
                        dgamma[c] = sumGX
                        dbeta[c] = sumG
                        for n in 0..<batch {
                            let base = (n * channels + c) * inner
                            for i in 0..<inner {
                                if batchStats {
                                    let xhat = (px[base + i] - m) * s
                                    out[base + i] = w * s * (pg[base + i] - sumG / count - xhat * sumGX / count)
                                } else {
                                    out[base + i] = w * s * pg[base + i]
                                }
                            }
                        }
                    }
                }
            }
        }
        return (dx, try Tensor(dgamma, shape: [channels]), try Tensor(dbeta, shape: [channels]))
    }
}
