import NNTensor

/// Classification losses on class-index targets: negative log-likelihood and cross-entropy.
extension Variable {
    /// The negative log-likelihood of `target` classes under log-probabilities `self`
    /// (`NllLossBackward0`). `self` is `[N, C]`, `[C]` or `[N, C, d…]`; `target` holds int64
    /// class indices of shape `[N]`, `[]` or `[N, d…]`. Targets equal to `ignoreIndex` count
    /// for nothing; `weight` (length C) scales each class; `.mean` divides by the summed
    /// weights of the counted targets, as PyTorch does.
    public func nllLoss(_ target: Variable, weight: Tensor? = nil, ignoreIndex: Int64 = -100,
                        reduction: Reduction = .mean) throws -> Variable {
        let x = data, t = target.data
        let plan = try NLLPlan(input: x.shape, target: t, weight: weight, ignoreIndex: ignoreIndex)
        let w = try weight.map { try $0.converted(to: x.dtype).contiguous() }
        let (losses, total) = try Kernels.float(x.dtype, op: "nll_loss_out_frame",
            { try plan.forward(x, w, Float.self) }, { try plan.forward(x, w, Double.self) })
        let out: Tensor
        switch reduction {
        case .none: out = try losses.reshape(t.shape)
        case .sum: out = try losses.sum()
        case .mean: out = try losses.sum().over(Tensor(scalar: .float(total), dtype: x.dtype))
        }
        guard Variable.isRecording(self) else { return Variable(out) }
        return .recorded(out, "NllLossBackward0", [self]) { g in
            let scale: Tensor
            switch reduction {
            case .none: scale = try g.reshape([-1]).contiguous()
            case .sum: scale = g
            case .mean: scale = try g.times(1 / total)
            }
            let perTarget = reduction == .none
            return [try Kernels.float(x.dtype, op: "nll_loss_backward_out_frame",
                                      { try plan.backward(scale, w, perTarget: perTarget, Float.self) },
                                      { try plan.backward(scale, w, perTarget: perTarget, Double.self) })]
        }
    }

    /// Cross-entropy between logits `self` (`[N, C]`, `[C]` or `[N, C, d…]`) and class-index
    /// targets, as `log_softmax` over the class dimension followed by `nllLoss`
    /// (`NllLossBackward0`). With `labelSmoothing` ε, the loss mixes in `ε/C` times the
    /// uniform-target loss exactly as PyTorch's formula (`AddBackward0`). Float targets of the
    /// input's shape are class probabilities.
    public func crossEntropy(_ target: Variable, weight: Tensor? = nil, ignoreIndex: Int64 = -100,
                             reduction: Reduction = .mean, labelSmoothing: Double = 0) throws -> Variable {
        if ndim == 0 { throw AutogradError.lossInputDims(expected: 1, got: 0) }
        guard labelSmoothing >= 0 && labelSmoothing <= 1 else {
            throw AutogradError.probability(what: "label_smoothing", value: labelSmoothing)
        }
        let classDim = ndim == 1 ? 0 : 1
        let classes = shape[classDim]
        let logp = try logSoftmax(dim: classDim)
        var classShape = [Int](repeating: 1, count: ndim)
        classShape[classDim] = classes
        if let weight, weight.shape != [classes] {
            throw AutogradError.classWeights(expected: classes, got: weight.count)
        }
        if target.dtype.isFloatingPoint && target.shape == shape {
            let eps = labelSmoothing
            var p = target
            if eps > 0 { p = try target.mul(.float(1 - eps)).add(.float(eps / Double(classes))) }
            var weighted = try logp.mul(p)
            if let weight { weighted = try weighted.mul(Variable(weight.converted(to: dtype).reshape(classShape))) }
            let perItem = try weighted.sum(dims: [classDim]).neg()
            switch reduction {
            case .none: return perItem
            case .sum: return try perItem.sum()
            case .mean: return try perItem.sum().div(.float(Double(Swift.max(perItem.count, 1))))
            }
        }
        let nll = try logp.nllLoss(target, weight: weight, ignoreIndex: ignoreIndex, reduction: reduction)
        guard labelSmoothing > 0 else { return nll }
        let ignored = try target.data.binary(.equal, .int(ignoreIndex), flavor: .torch)
        var perClass = logp
        if let weight { perClass = try perClass.mul(Variable(weight.converted(to: dtype).reshape(classShape))) }
        let smooth = try Variable.where(ignored, .float(0), perClass.sum(dims: [classDim]).neg())
        let smoothed: Variable
        switch reduction {
        case .none: smoothed = smooth
        case .sum: smoothed = try smooth.sum()
        case .mean:
            var denominator = 0.0
            let targets = try target.data.scalars(as: Int64.self)
            let weights = try weight.map { try $0.converted(to: .float64).scalars(as: Double.self) }
            for c in targets where c != ignoreIndex {
                if let weights { if c >= 0 && Int(c) < weights.count { denominator += weights[Int(c)] } } else { denominator += 1 }
            }
            smoothed = try smooth.sum().div(.float(denominator))
        }
        return try nll.mul(.float(1 - labelSmoothing)).add(smoothed.mul(.float(labelSmoothing / Double(classes))))
    }
}

/// The checked geometry of an NLL loss: `[N, C, inner]` input, `[N, inner]` targets.
struct NLLPlan {
    let batch: Int, classes: Int, inner: Int
    let inputShape: [Int]
    let targets: [Int64]
    let ignoreIndex: Int64

    init(input: [Int], target: Tensor, weight: Tensor?, ignoreIndex: Int64) throws {
        if input.isEmpty { throw AutogradError.lossInputDims(expected: 1, got: 0) }
        if target.dtype != .int64 { throw AutogradError.targetDType(target.dtype) }
        if input.count == 1 {
            if target.ndim != 0 { throw AutogradError.multiTarget }
            (batch, classes, inner) = (1, input[0], 1)
        } else {
            let n = input[0]
            if target.ndim == 0 || target.shape[0] != n {
                throw AutogradError.batchSize(input: n, target: target.ndim == 0 ? 1 : target.shape[0])
            }
            let expected = [n] + Array(input.dropFirst(2))
            if target.shape != expected {
                if input.count == 2 { throw AutogradError.multiTarget }
                throw AutogradError.targetShape(expected: expected, got: target.shape)
            }
            (batch, classes) = (n, input[1])
            inner = input.dropFirst(2).reduce(1, *)
        }
        if let weight, weight.count != classes || weight.ndim != 1 {
            throw AutogradError.classWeights(expected: classes, got: weight.count)
        }
        let ts = try target.scalars(as: Int64.self)
        for c in ts where c != ignoreIndex && (c < 0 || c >= Int64(classes)) {
            throw AutogradError.targetOutOfBounds(c)
        }
        targets = ts
        inputShape = input
        self.ignoreIndex = ignoreIndex
    }

    /// Per-target losses (0 where ignored) and the summed weight of the counted targets.
    func forward<T: RealElement>(_ x: Tensor, _ weight: Tensor?, _: T.Type) throws -> (Tensor, Double) {
        let w = try weight.map { try $0.scalars(as: T.self) }
        var total = 0.0
        let losses = try x.withUnsafeBufferPointer(as: T.self) { px in
            try Tensor(shape: [batch * inner], as: T.self) { out in
                for n in 0..<batch {
                    for k in 0..<inner {
                        let j = n * inner + k, c = targets[j]
                        if c == ignoreIndex { out[j] = 0; continue }
                        let wc = w?[Int(c)] ?? 1
                        out[j] = -wc * px[(n * classes + Int(c)) * inner + k]
                        total += Double(wc)
                    }
                }
            }
        }
        return (losses, total)
    }

    /// The input gradient: `−weight[t]·scale` at each counted target, 0 elsewhere. `scale` is
    /// one value (sum, mean) or one per target (`perTarget`, reduction none).
    func backward<T: RealElement>(_ scale: Tensor, _ weight: Tensor?, perTarget: Bool, _: T.Type) throws -> Tensor {
        let w = try weight.map { try $0.scalars(as: T.self) }
        return try scale.withUnsafeBufferPointer(as: T.self) { ps in
            try Tensor(shape: inputShape, as: T.self) { out in
                out.initialize(repeating: 0)
                for n in 0..<batch {
                    for k in 0..<inner {
                        let j = n * inner + k, c = targets[j]
                        if c == ignoreIndex { continue }
                        let wc = w?[Int(c)] ?? 1
                        let s = perTarget ? ps[j] : ps[0]
                        out[(n * classes + Int(c)) * inner + k] = -wc * s
                    }
                }
            }
        }
    }
}
