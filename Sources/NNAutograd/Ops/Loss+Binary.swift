import NNTensor

/// Binary classification losses on probabilities and on logits.
extension Variable {
    /// `−w·(y·log x + (1 − y)·log(1 − x))` with each log clamped at −100, as PyTorch
    /// (`BinaryCrossEntropyBackward0`). Input and target must have one shape; inputs must lie
    /// in [0, 1].
    public func binaryCrossEntropy(_ target: Variable, weight: Tensor? = nil,
                                   reduction: Reduction = .mean) throws -> Variable {
        if target.shape != shape { throw AutogradError.targetSize(target: target.shape, input: shape) }
        let x = data
        let y = try target.data.converted(to: x.dtype)
        let w = try weight.map { try $0.converted(to: x.dtype).expand(to: x.shape).contiguous() }
        let losses = try Kernels.float(x.dtype, op: "binary_cross_entropy",
                                       { try Variable.bceForward(x, y, w, Float.self) },
                                       { try Variable.bceForward(x, y, w, Double.self) })
        let out = try reduction.apply(losses)
        guard Variable.isRecording(self, target) else { return Variable(out) }
        let needTarget = target.requiresGrad
        return .recorded(out, "BinaryCrossEntropyBackward0", [self, target]) { g in
            let s = try reduction.spread(g, over: x.shape)
            func run<T: RealElement>(_: T.Type) throws -> [Tensor?] {
                var gx = try Kernels.zip3(s, x, y, T.self) { g, x, y in
                    g * (x - y) / Swift.max((1 - x) * x, T(1e-12))
                }
                var gy = needTarget ? try Kernels.zip3(s, x, y, T.self) { g, x, _ in
                    g * (Swift.max(T.log(1 - x), -100) - Swift.max(T.log(x), -100))
                } : nil
                if let w {
                    gx = try gx.times(w)
                    gy = try gy?.times(w)
                }
                return [gx, gy]
            }
            return try Kernels.float(x.dtype, op: "binary_cross_entropy_backward", { try run(Float.self) }, { try run(Double.self) })
        }
    }

    static func bceForward<T: RealElement>(_ x: Tensor, _ y: Tensor, _ w: Tensor?, _: T.Type) throws -> Tensor {
        let out = try x.withUnsafeBufferPointer(as: T.self) { px in
            try y.withUnsafeBufferPointer(as: T.self) { py in
                try Tensor(shape: x.shape, as: T.self) { out in
                    for i in 0..<out.count {
                        let p = px[i]
                        if !(p >= 0 && p <= 1) { throw AutogradError.probabilityInput }
                        let lp = Swift.max(T.log(p), -100), lq = Swift.max(T.log(1 - p), -100)
                        out[i] = -(py[i] * lp + (1 - py[i]) * lq)
                    }
                }
            }
        }
        return try w.map { try out.times($0) } ?? out
    }

    /// The binary cross-entropy of `sigmoid(self)` computed stably from logits
    /// (`BinaryCrossEntropyWithLogitsBackward0`): `(1 − y)·x + l·softplus(−x)` with
    /// `l = 1 + (posWeight − 1)·y`, times `weight`.
    public func binaryCrossEntropyWithLogits(_ target: Variable, weight: Tensor? = nil, posWeight: Tensor? = nil,
                                             reduction: Reduction = .mean) throws -> Variable {
        if target.shape != shape { throw AutogradError.logitsTargetSize(target: target.shape, input: shape) }
        let x = data
        let y = try target.data.converted(to: x.dtype)
        let w = try weight.map { try $0.converted(to: x.dtype).expand(to: x.shape).contiguous() }
        // l = 1 + (pw − 1)·y, or 1 without a positive weight.
        let l = try posWeight.map { pw in
            try pw.converted(to: x.dtype).binary(.subtract, .int(1), flavor: .torch).times(y).binary(.add, .int(1), flavor: .torch)
        }
        func forward<T: RealElement>(_: T.Type) throws -> Tensor {
            let ones = try Tensor.ones(x.shape, dtype: x.dtype)
            return try Kernels.zip3(x, y, l.map { try $0.expand(to: x.shape).contiguous() } ?? ones, T.self) { x, y, l in
                (1 - y) * x + l * softplusValue(-x)
            }
        }
        var losses = try Kernels.float(x.dtype, op: "binary_cross_entropy_with_logits",
                                       { try forward(Float.self) }, { try forward(Double.self) })
        if let w { losses = try losses.times(w) }
        let out = try reduction.apply(losses)
        guard Variable.isRecording(self, target) else { return Variable(out) }
        let needTarget = target.requiresGrad
        return .recorded(out, "BinaryCrossEntropyWithLogitsBackward0", [self, target]) { g in
            var s = try reduction.spread(g, over: x.shape)
            if let w { s = try s.times(w) }
            func run<T: RealElement>(_: T.Type) throws -> [Tensor?] {
                let lw = try l.map { try $0.expand(to: x.shape).contiguous() } ?? Tensor.ones(x.shape, dtype: x.dtype)
                let gx = try Kernels.zip3(x, y, lw, T.self) { x, y, l in (1 - y) - l * logistic(-x) }.times(s)
                var gy: Tensor? = nil
                if needTarget {
                    let pwMinusOne = try posWeight.map { try $0.converted(to: x.dtype).binary(.subtract, .int(1), flavor: .torch) }
                    var d = try x.negated()
                    if let pwMinusOne {
                        let sp = try Kernels.map(x, T.self) { softplusValue(-$0) }
                        d = try d.plus(sp.times(pwMinusOne))
                    }
                    gy = try d.times(s)
                }
                return [gx, gy]
            }
            return try Kernels.float(x.dtype, op: "binary_cross_entropy_with_logits_backward",
                                     { try run(Float.self) }, { try run(Double.self) })
        }
    }
}
