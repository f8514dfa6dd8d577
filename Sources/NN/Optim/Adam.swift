import NNAutograd
import NNTensor

/// Adam and AdamW (`torch.optim.Adam`, `torch.optim.AdamW`, single-tensor algorithm), one
/// fused pass over each parameter:
/// `m ← m + (1 − β₁)(g − m); v ← β₂v + (1 − β₂)g²; p ← p − lr/(1 − β₁ᵗ) · m / (√v/√(1 − β₂ᵗ) + ε)`,
/// with L2 weight decay added to the gradient (Adam) or decoupled as `p ← p(1 − lr·wd)` (AdamW),
/// and AMSGrad's running maximum of `v` when asked.
public final class Adam: Optimizer {
    public init(groups: [ParamGroupSpec], lr: Number = 0.001, betas: (Number, Number) = (0.9, 0.999), eps: Number = 1e-08,
                weightDecay: Number = 0, amsgrad: Bool = false, maximize: Bool = false, decoupled: Bool = false) throws {
        if !(lr.value >= 0) { throw NNError.hyperparameter(what: "learning rate", value: lr.value) }
        if !(eps.value >= 0) { throw NNError.hyperparameter(what: "epsilon value", value: eps.value) }
        if !(betas.0.value >= 0 && betas.0.value < 1) { throw NNError.hyperparameter(what: "beta parameter at index 0", value: betas.0.value) }
        if !(betas.1.value >= 0 && betas.1.value < 1) { throw NNError.hyperparameter(what: "beta parameter at index 1", value: betas.1.value) }
        if !(weightDecay.value >= 0) { throw NNError.hyperparameter(what: "weight_decay value", value: weightDecay.value) }
        try super.init(typeName: decoupled ? "AdamW" : "Adam", groups: groups, defaults: [
            ("lr", .number(lr)), ("betas", .pair(betas.0, betas.1)), ("eps", .number(eps)),
            ("weight_decay", .number(weightDecay)), ("amsgrad", .bool(amsgrad)), ("maximize", .bool(maximize)),
            ("foreach", .none), ("capturable", .bool(false)), ("differentiable", .bool(false)), ("fused", .none),
            ("decoupled_weight_decay", .bool(decoupled)),
        ])
    }

    public convenience init(_ params: [Variable], lr: Number = 0.001, betas: (Number, Number) = (0.9, 0.999),
                            eps: Number = 1e-08, weightDecay: Number = 0, amsgrad: Bool = false, maximize: Bool = false) throws {
        try self.init(groups: Optimizer.groups(params), lr: lr, betas: betas, eps: eps, weightDecay: weightDecay,
                      amsgrad: amsgrad, maximize: maximize)
    }

    /// AdamW: Adam with decoupled weight decay (default 0.01).
    public static func adamW(groups: [ParamGroupSpec], lr: Number = 0.001, betas: (Number, Number) = (0.9, 0.999),
                             eps: Number = 1e-08, weightDecay: Number = 0.01, amsgrad: Bool = false,
                             maximize: Bool = false) throws -> Adam {
        try Adam(groups: groups, lr: lr, betas: betas, eps: eps, weightDecay: weightDecay, amsgrad: amsgrad,
                 maximize: maximize, decoupled: true)
    }

    /// AdamW over one flat list of parameters.
    public static func adamW(_ params: [Variable], lr: Number = 0.001, betas: (Number, Number) = (0.9, 0.999),
                             eps: Number = 1e-08, weightDecay: Number = 0.01, amsgrad: Bool = false,
                             maximize: Bool = false) throws -> Adam {
        try adamW(groups: Optimizer.groups(params), lr: lr, betas: betas, eps: eps, weightDecay: weightDecay,
                  amsgrad: amsgrad, maximize: maximize)
    }

    override func update(_ p: Variable, grad: Tensor, group: ParamGroup, state s: ParamState) throws {
        let lr = group.lr, (b1, b2) = group.pair("betas"), eps = group.number("eps"), wd = group.number("weight_decay")
        let amsgrad = group.flag("amsgrad"), maximize = group.flag("maximize"), decoupled = group.flag("decoupled_weight_decay")
        var extra = [try buffer("exp_avg", in: s, like: p.data), try buffer("exp_avg_sq", in: s, like: p.data)]
        if amsgrad { extra.append(try buffer("max_exp_avg_sq", in: s, like: p.data)) }
        let t = Double(s.step)
        let bc1 = 1 - pow(b1, t), bc2 = 1 - pow(b2, t)
        let stepSize = lr / bc1, bc2Sqrt = bc2.squareRoot()
        func run<T: RealElement>(_ w: UnsafeMutableBufferPointer<T>, _ g: UnsafeBufferPointer<T>, _ b: [UnsafeMutableBufferPointer<T>]) {
            guard let pw = w.baseAddress, let pg = g.baseAddress, let pm = b[0].baseAddress, let pv = b[1].baseAddress else { return }
            let n = w.count
            let (oneMinusB1, b2T, oneMinusB2) = (T(1 - b1), T(b2), T(1 - b2))
            let (epsT, stepT, bc2SqrtT, wdT) = (T(eps), T(stepSize), T(bc2Sqrt), T(wd))
            if !amsgrad && !maximize && (wd == 0 || decoupled) {
                // The common case as a branch-free loop the compiler vectorises.
                if wd != 0 {
                    let decay = T(1 - lr * wd)
                    for i in 0..<n { pw[i] *= decay }
                }
                for i in 0..<n {
                    let gi = pg[i]
                    let mi = pm[i] + oneMinusB1 * (gi - pm[i])
                    let vi = pv[i] * b2T + oneMinusB2 * gi * gi
                    pm[i] = mi
                    pv[i] = vi
                    pw[i] -= stepT * (mi / (vi.squareRoot() / bc2SqrtT + epsT))
                }
                return
            }
            let decay = T(1 - lr * wd)
            let pmax = amsgrad ? b[2].baseAddress : nil
            for i in 0..<n {
                var gi = maximize ? -pg[i] : pg[i]
                if wd != 0 {
                    if decoupled { pw[i] *= decay } else { gi += wdT * pw[i] }
                }
                let mi = pm[i] + oneMinusB1 * (gi - pm[i])
                let vi = pv[i] * b2T + oneMinusB2 * gi * gi
                pm[i] = mi
                pv[i] = vi
                var second = vi
                if let pmax {
                    second = Swift.max(pmax[i], vi)
                    pmax[i] = second
                }
                pw[i] -= stepT * (mi / (second.squareRoot() / bc2SqrtT + epsT))
            }
        }
        try withUpdateBuffers(p, grad, extra, run, run)
    }
}

/// `x^y` for Doubles, at module level so it is not shadowed by tensor methods.
private func pow(_ x: Double, _ y: Double) -> Double { Double.pow(x, y) }
