import Testing
import NNTensor
import NNAutograd
@testable import NN

/// Loss modules against PyTorch (Fixtures/losses.json).
struct LossCase: Decodable, CustomTestStringConvertible, @unchecked Sendable {
    let name: String
    let input: ArrayFixture
    let target: ArrayFixture
    let output: ArrayFixture
    let input_grad: ArrayFixture
    var testDescription: String { name }
}

private func makeLoss(_ name: String) throws -> Loss? {
    let w = Tensor([Float(1), 2, 0.5])
    switch name {
    case "mse": return try Loss(.mse)
    case "mse.sum": return try Loss(.mse, reduction: .sum)
    case "l1": return try Loss(.l1)
    case "l1.none": return try Loss(.l1, reduction: .none)
    case "ce", "ce.probabilities": return try Loss(.crossEntropy())
    case "ce.weight": return try Loss(.crossEntropy(), weight: w)
    case "ce.ignore.none": return try Loss(.crossEntropy(ignoreIndex: 0), reduction: .none)
    case "ce.smoothing": return try Loss(.crossEntropy(labelSmoothing: 0.1))
    case "ce.smoothing.weight.sum": return try Loss(.crossEntropy(labelSmoothing: 0.2), reduction: .sum, weight: w)
    case "nll": return try Loss(.nll())
    case "nll.weight.sum": return try Loss(.nll(), reduction: .sum, weight: w)
    case "bce", "bce.extremes": return try Loss(.bce)
    case "bce.weight.none": return try Loss(.bce, reduction: .none, weight: w)
    case "bcelogits": return try Loss(.bceWithLogits)
    case "bcelogits.posweight": return try Loss(.bceWithLogits, posWeight: Tensor([Float(2), 0.5, 1]))
    case "bcelogits.large": return try Loss(.bceWithLogits, reduction: .sum)
    default: return nil
    }
}

private let lossCases: [LossCase] = (try? loadFixture("losses.json", as: [LossCase].self)) ?? []

/// Optimizers fed fixed gradients (Fixtures/optim.json).
struct OptimCase: Decodable, CustomTestStringConvertible, @unchecked Sendable {
    let name: String
    let initial: [ArrayFixture]
    let grads: [[ArrayFixture]]
    let after: [[ArrayFixture]]
    var testDescription: String { name }
}

private struct ClipCase: Decodable {
    let max_norm: Double
    let norm_type: NormType
    let before: [ArrayFixture]
    let total: Double
    let after: [ArrayFixture]

    enum NormType: Decodable {
        case value(Double)
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let d = try? c.decode(Double.self) { self = .value(d) } else { _ = try c.decode(String.self); self = .value(.infinity) }
        }
        var double: Double { if case .value(let d) = self { return d }; return 0 }
    }
}

private struct OptimFile: Decodable {
    let optimizers: [OptimCase]
    let steplr: [Double]
    let clip: [ClipCase]
}

private func makeOptimizer(_ name: String, _ ps: [Variable]) throws -> Optimizer? {
    switch name {
    case "sgd": return try SGD(ps, lr: 0.1)
    case "sgd.momentum": return try SGD(ps, lr: 0.1, momentum: 0.9)
    case "sgd.nesterov.wd": return try SGD(ps, lr: 0.05, momentum: 0.8, weightDecay: 0.01, nesterov: true)
    case "sgd.dampening.maximize": return try SGD(ps, lr: 0.05, momentum: 0.5, dampening: 0.3, maximize: true)
    case "adam": return try Adam(ps, lr: 0.01)
    case "adam.wd.amsgrad": return try Adam(ps, lr: 0.01, betas: (0.8, 0.99), weightDecay: 0.1, amsgrad: true)
    case "adamw": return try Adam.adamW(ps, lr: 0.01)
    case "adamw.amsgrad": return try Adam.adamW(ps, lr: 0.02, eps: 1e-6, weightDecay: 0.05, amsgrad: true)
    case "rmsprop": return try RMSprop(ps, lr: 0.01)
    case "rmsprop.centered.momentum.wd": return try RMSprop(ps, lr: 0.01, alpha: 0.9, weightDecay: 0.1, momentum: 0.5, centered: true)
    default: return nil
    }
}

private let optimFile = try? loadFixture("optim.json", as: OptimFile.self)

@Suite struct LossOptimParityTests {
    @Test func fixturesLoaded() {
        #expect(lossCases.count > 15)
        #expect((optimFile?.optimizers.count ?? 0) >= 10)
    }

    @Test(arguments: lossCases)
    func lossMatchesPyTorch(_ c: LossCase) throws {
        let loss = try #require(try makeLoss(c.name))
        let x = try Variable(c.input.tensor(), requiresGrad: true)
        let out = try loss(x, Variable(c.target.tensor()))
        #expect(mismatch(out.data, c.output) == nil, "value: \(mismatch(out.data, c.output) ?? "")")
        try out.mul(projection(out.shape)).sum().backward()
        let g = try #require(x.grad)
        #expect(mismatch(g.data, c.input_grad, atol: 1e-6) == nil, "grad: \(mismatch(g.data, c.input_grad, atol: 1e-6) ?? "")")
    }

    @Test(arguments: optimFile?.optimizers ?? [])
    func optimizerMatchesPyTorch(_ c: OptimCase) throws {
        let ps = try c.initial.map { try Variable.parameter($0.tensor()) }
        let opt = try #require(try makeOptimizer(c.name, ps))
        for (step, grads) in c.grads.enumerated() {
            for (p, g) in zip(ps, grads) { p.grad = Variable(try g.tensor()) }
            try opt.step()
            for (k, p) in ps.enumerated() {
                let expected = c.after[step][k]
                #expect(mismatch(p.data, expected, atol: 1e-6) == nil, "step \(step + 1), param \(k): \(mismatch(p.data, expected, atol: 1e-6) ?? "")")
            }
        }
    }

    @Test func stepLRMatchesPyTorch() throws {
        let expected = try #require(optimFile?.steplr)
        let opt = try SGD([onesParameter(1)], lr: 0.1)
        let scheduler = try StepLR(opt, stepSize: 3, gamma: 0.5)
        var got: [Double] = []
        for _ in 0..<8 {
            try opt.step()
            scheduler.step()
            got.append(scheduler.lastLR[0])
        }
        #expect(zip(got, expected).allSatisfy { Swift.abs($0 - $1) < 1e-15 }, "\(got) vs \(expected)")
        #expect(opt.paramGroups[0]["initial_lr"] == .number(0.1))
    }

    @Test func clipGradNormMatchesPyTorch() throws {
        let cases = try #require(optimFile?.clip)
        #expect(cases.count == 4)
        for c in cases {
            let ps = try c.before.map { b -> Variable in
                let p = try Variable.parameter(Tensor.zeros(b.shape, dtype: .float32))
                p.grad = Variable(try b.tensor())
                return p
            }
            let total = try GradientClipping.clipGradNorm(ps, maxNorm: c.max_norm, normType: c.norm_type.double)
            #expect(Swift.abs(total.doubleElement(at: 0) - c.total) <= 1e-5 * Swift.abs(c.total))
            for (p, a) in zip(ps, c.after) {
                let g = try #require(p.grad)
                #expect(mismatch(g.data, a) == nil)
            }
        }
    }
}
