import NNAutograd
import NNTensor

/// RMSprop (`torch.optim.RMSprop`, single-tensor algorithm):
/// `s ← αs + (1 − α)g²; a = √(s − ḡ²) (centred, ḡ ← ḡ + (1 − α)(g − ḡ)) or √s; a += ε;
/// p −= lr·g/a`, or with momentum `buf ← μ·buf + g/a; p −= lr·buf`.
public final class RMSprop: Optimizer {
    public init(groups: [ParamGroupSpec], lr: Number = 0.01, alpha: Number = 0.99, eps: Number = 1e-08,
                weightDecay: Number = 0, momentum: Number = 0, centered: Bool = false, maximize: Bool = false) throws {
        if !(lr.value >= 0) { throw NNError.hyperparameter(what: "learning rate", value: lr.value) }
        if !(eps.value >= 0) { throw NNError.hyperparameter(what: "epsilon value", value: eps.value) }
        if !(momentum.value >= 0) { throw NNError.hyperparameter(what: "momentum value", value: momentum.value) }
        if !(weightDecay.value >= 0) { throw NNError.hyperparameter(what: "weight_decay value", value: weightDecay.value) }
        if !(alpha.value >= 0) { throw NNError.hyperparameter(what: "alpha value", value: alpha.value) }
        try super.init(typeName: "RMSprop", groups: groups, defaults: [
            ("lr", .number(lr)), ("momentum", .number(momentum)), ("alpha", .number(alpha)), ("eps", .number(eps)),
            ("centered", .bool(centered)), ("weight_decay", .number(weightDecay)), ("capturable", .bool(false)),
            ("foreach", .none), ("maximize", .bool(maximize)), ("differentiable", .bool(false)),
        ])
    }

    public convenience init(_ params: [Variable], lr: Number = 0.01, alpha: Number = 0.99, eps: Number = 1e-08,
                            weightDecay: Number = 0, momentum: Number = 0, centered: Bool = false,
                            maximize: Bool = false) throws {
        try self.init(groups: Optimizer.groups(params), lr: lr, alpha: alpha, eps: eps, weightDecay: weightDecay,
                      momentum: momentum, centered: centered, maximize: maximize)
    }

    override func update(_ p: Variable, grad: Tensor, group: ParamGroup, state s: ParamState) throws {
        let lr = group.lr, alpha = group.number("alpha"), eps = group.number("eps"), wd = group.number("weight_decay")
        let mu = group.number("momentum"), centered = group.flag("centered"), maximize = group.flag("maximize")
        var extra = [try buffer("square_avg", in: s, like: p.data)]
        let momentumSlot = mu > 0 ? extra.count : -1
        if mu > 0 { extra.append(try buffer("momentum_buffer", in: s, like: p.data)) }
        let averageSlot = centered ? extra.count : -1
        if centered { extra.append(try buffer("grad_avg", in: s, like: p.data)) }
        func run<T: RealElement>(_ w: UnsafeMutableBufferPointer<T>, _ g: UnsafeBufferPointer<T>, _ b: [UnsafeMutableBufferPointer<T>]) {
            let (lrT, a, oneMinusA, epsT, wdT, muT) = (T(lr), T(alpha), T(1 - alpha), T(eps), T(wd), T(mu))
            for i in 0..<w.count {
                var gi = maximize ? -g[i] : g[i]
                if wd != 0 { gi += wdT * w[i] }
                let sq = b[0][i] * a + oneMinusA * gi * gi
                b[0][i] = sq
                var avg: T
                if averageSlot >= 0 {
                    let ga = b[averageSlot][i] + oneMinusA * (gi - b[averageSlot][i])
                    b[averageSlot][i] = ga
                    avg = (sq - ga * ga).squareRoot()
                } else {
                    avg = sq.squareRoot()
                }
                avg += epsT
                if momentumSlot >= 0 {
                    let v = b[momentumSlot][i] * muT + gi / avg
                    b[momentumSlot][i] = v
                    w[i] -= lrT * v
                } else {
                    w[i] -= lrT * (gi / avg)
                }
            }
        }
        try withUpdateBuffers(p, grad, extra, run, run)
    }
}
