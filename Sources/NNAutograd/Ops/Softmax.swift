import NNTensor

/// Softmax and log-softmax along a dimension, computed stably (the maximum is subtracted
/// first), one pass per row.
extension Variable {
    /// `exp(x) / Σ exp(x)` along `dim` (`SoftmaxBackward0`).
    public func softmax(dim: Int) throws -> Variable { try softmax(dim: dim, log: false) }

    /// `x − log Σ exp(x)` along `dim` (`LogSoftmaxBackward0`).
    public func logSoftmax(dim: Int) throws -> Variable { try softmax(dim: dim, log: true) }

    private func softmax(dim: Int, log: Bool) throws -> Variable {
        let x = data
        let axis = try normalizedDim(dim, x.ndim)
        let layout = AxisLayout(shape: x.ndim == 0 ? [1] : x.shape, axis: x.ndim == 0 ? 0 : axis)
        let op = log ? "log_softmax_lastdim_kernel_impl" : "softmax_lastdim_kernel_impl"
        let y = try Kernels.float(x.dtype, op: op,
                                  { try Variable.softmaxForward(x, layout, log: log, Float.self) },
                                  { try Variable.softmaxForward(x, layout, log: log, Double.self) })
        guard Variable.isRecording(self) else { return Variable(y) }
        return .recorded(y, log ? "LogSoftmaxBackward0" : "SoftmaxBackward0", [self]) { g in
            [try Kernels.float(g.dtype, op: op,
                               { try Variable.softmaxBackward(g, y, layout, log: log, Float.self) },
                               { try Variable.softmaxBackward(g, y, layout, log: log, Double.self) })]
        }
    }

    static func softmaxForward<T: RealElement>(_ x: Tensor, _ l: AxisLayout, log: Bool, _: T.Type) throws -> Tensor {
        try x.withUnsafeBufferPointer(as: T.self) { px in
            try Tensor(shape: x.shape, as: T.self) { out in
                for o in 0..<l.outer {
                    for i in 0..<l.inner {
                        let base = o * l.size * l.inner + i, st = l.inner
                        var m = -T.infinity
                        for k in 0..<l.size { m = Swift.max(m, px[base + k * st]) }
                        if m == -T.infinity { m = 0 }  // an all -inf row: exp gives 0s, as PyTorch
                        var s: T = 0
                        if log {
                            for k in 0..<l.size { s += T.exp(px[base + k * st] - m) }
                            let lse = m + T.log(s)
                            for k in 0..<l.size { out[base + k * st] = px[base + k * st] - lse }
                        } else {
                            for k in 0..<l.size {
                                let e = T.exp(px[base + k * st] - m)
                                out[base + k * st] = e
                                s += e
                            }
                            let r = 1 / s
                            for k in 0..<l.size { out[base + k * st] *= r }
                        }
                    }
                }
            }
        }
    }

    static func softmaxBackward<T: RealElement>(_ g: Tensor, _ y: Tensor, _ l: AxisLayout, log: Bool,
                                                _: T.Type) throws -> Tensor {
        try g.withUnsafeBufferPointer(as: T.self) { pg in
            try y.withUnsafeBufferPointer(as: T.self) { py in
                try Tensor(shape: y.shape, as: T.self) { out in
                    for o in 0..<l.outer {
                        for i in 0..<l.inner {
                            let base = o * l.size * l.inner + i, st = l.inner
                            var s: T = 0
                            if log {
                                for k in 0..<l.size { s += pg[base + k * st] }
                                for k in 0..<l.size {
                                    let j = base + k * st
                                    out[j] = pg[j] - T.exp(py[j]) * s
                                }
                            } else {
                                for k in 0..<l.size { s += pg[base + k * st] * py[base + k * st] }
                                for k in 0..<l.size {
                                    let j = base + k * st
                                    out[j] = py[j] * (pg[j] - s)
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
