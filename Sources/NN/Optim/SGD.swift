import NNAutograd
import NNTensor

/// Stochastic gradient descent with optional momentum, dampening, Nesterov momentum and
/// weight decay (`torch.optim.SGD`, its single-tensor algorithm):
/// `d = g + wd·p; buf = μ·buf + (1 − τ)·d (buf = d the first time); d = nesterov ? d + μ·buf : buf;
/// p −= lr·d`.
public final class SGD: Optimizer {
    public init(groups: [ParamGroupSpec], lr: Number = 0.001, momentum: Number = 0, dampening: Number = 0,
                weightDecay: Number = 0, nesterov: Bool = false, maximize: Bool = false) throws {
        if !(lr.value >= 0) { throw NNError.hyperparameter(what: "learning rate", value: lr.value) }
        if !(momentum.value >= 0) { throw NNError.hyperparameter(what: "momentum value", value: momentum.value) }
        if !(weightDecay.value >= 0) { throw NNError.hyperparameter(what: "weight_decay value", value: weightDecay.value) }
        if nesterov && (momentum.value <= 0 || dampening.value != 0) { throw NNError.nesterov }
        try super.init(typeName: "SGD", groups: groups, defaults: [
            ("lr", .number(lr)), ("momentum", .number(momentum)), ("dampening", .number(dampening)),
            ("weight_decay", .number(weightDecay)), ("nesterov", .bool(nesterov)), ("maximize", .bool(maximize)),
            ("foreach", .none), ("differentiable", .bool(false)), ("fused", .none),
        ])
    }

    public convenience init(_ params: [Variable], lr: Number = 0.001, momentum: Number = 0, dampening: Number = 0,
                            weightDecay: Number = 0, nesterov: Bool = false, maximize: Bool = false) throws {
        try self.init(groups: Optimizer.groups(params), lr: lr, momentum: momentum, dampening: dampening,
                      weightDecay: weightDecay, nesterov: nesterov, maximize: maximize)
    }

    override func update(_ p: Variable, grad: Tensor, group: ParamGroup, state s: ParamState) throws {
        let lr = group.lr, mu = group.number("momentum"), damp = group.number("dampening")
        let wd = group.number("weight_decay"), nesterov = group.flag("nesterov"), maximize = group.flag("maximize")
        let first = s.buffers["momentum_buffer"] == nil
        let extra = mu != 0 ? [try buffer("momentum_buffer", in: s, like: p.data)] : []
        func run<T: RealElement>(_ w: UnsafeMutableBufferPointer<T>, _ g: UnsafeBufferPointer<T>, _ b: [UnsafeMutableBufferPointer<T>]) {
            let (lr, mu, damp, wd) = (T(lr), T(mu), T(damp), T(wd))
            for i in 0..<w.count {
                var d = maximize ? -g[i] : g[i]
                if wd != 0 { d += wd * w[i] }
                if mu != 0 {
                    let v = first ? d : mu * b[0][i] + (1 - damp) * d
                    b[0][i] = v
                    d = nesterov ? d + mu * v : v
                }
                w[i] -= lr * d
            }
        }
        try withUpdateBuffers(p, grad, extra, run, run)
    }
}
