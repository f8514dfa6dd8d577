import Foundation
import Testing
import NNTensor
@testable import NNAutograd

/// A primitive's value, gradient-function name and gradients against PyTorch's, in float32
/// (Fixtures/ops.json, made by Fixtures/generate.py with PyTorch 2.15).
struct TorchCase: Decodable, CustomTestStringConvertible, Sendable {
    let name: String
    let inputs: [ArrayFixture]
    let output: ArrayFixture
    let grad_fn: String?
    let grads: [ArrayFixture?]
    var testDescription: String { name }
}

extension ArrayFixture: @unchecked Sendable {}

private struct OpsFile: Decodable { let cases: [TorchCase] }

private func pool(_ k: (Int, Int), stride: (Int, Int)? = nil, padding: (Int, Int) = (0, 0), ceil: Bool = false) -> Pool2dOptions {
    Pool2dOptions(kernel: k, stride: stride, padding: padding, ceilMode: ceil)
}

/// The Swift spelling of each fixture case (same name as in generate.py).
private let swiftOps: [String: @Sendable ([Variable]) throws -> Variable] = [
    "add": { try $0[0] + $0[1] }, "sub": { try $0[0] - $0[1] }, "rsub": { try 3 - $0[0] },
    "mul": { try $0[0] * $0[1] }, "div": { try $0[0] / $0[1] }, "rdiv": { try 2 / $0[0] },
    "neg": { try -$0[0] }, "pow": { try $0[0].pow(.float(2.5)) }, "pow.tensor": { try $0[0].pow($0[1]) },
    "rpow": { try $0[0].rpow(.float(2.5)) },
    "exp": { try $0[0].exp() }, "tanh": { try $0[0].tanh() }, "sigmoid": { try $0[0].sigmoid() },
    "relu": { try $0[0].relu() }, "abs": { try $0[0].abs() }, "sin": { try $0[0].sin() }, "cos": { try $0[0].cos() },
    "leaky_relu": { try $0[0].leakyRelu(negativeSlope: 0.1) }, "elu": { try $0[0].elu(alpha: 1.3) },
    "selu": { try $0[0].selu() }, "celu": { try $0[0].celu(alpha: 0.7) }, "gelu": { try $0[0].gelu() },
    "gelu.tanh": { try $0[0].gelu(approximate: true) }, "silu": { try $0[0].silu() }, "mish": { try $0[0].mish() },
    "logsigmoid": { try $0[0].logSigmoid() }, "hardsigmoid": { try $0[0].hardsigmoid() },
    "hardswish": { try $0[0].hardswish() }, "softplus": { try $0[0].softplus(beta: 1.5, threshold: 2) },
    "hardtanh": { try $0[0].hardtanh() }, "relu6": { try $0[0].relu6() }, "softshrink": { try $0[0].softshrink() },
    "hardshrink": { try $0[0].hardshrink() }, "softsign": { try $0[0].softsign() },
    "tanhshrink": { try $0[0].tanhshrink() },
    "log": { try $0[0].log() }, "sqrt": { try $0[0].sqrt() }, "log1p": { try $0[0].log1p() },
    "reciprocal": { try $0[0].reciprocal() },
    "maximum": { try $0[0].maximum($0[1]) }, "minimum": { try $0[0].minimum($0[1]) },
    "clamp": { try $0[0].clamp(min: -0.5, max: 1.0) },
    "sum": { try $0[0].sum() }, "sum.dim": { try $0[0].sum(dims: [1]) }, "mean": { try $0[0].mean() },
    "mean.dim.keepdim": { try $0[0].mean(dims: [0], keepdim: true) }, "max": { try $0[0].max() },
    "max.dim": { try $0[0].max(dim: 1).values }, "min.dim": { try $0[0].min(dim: 0).values },
    "var": { try $0[0].variance(dims: [1]) }, "std": { try $0[0].std() },
    "logsumexp": { try $0[0].logsumexp(dims: [1]) },
    "mm": { try $0[0].matmul($0[1]) }, "mv": { try $0[0].matmul($0[1]) }, "dot": { try $0[0].matmul($0[1]) },
    "vecmat": { try $0[0].matmul($0[1]) }, "bmm": { try $0[0].bmm($0[1]) },
    "matmul.batch": { try $0[0].matmul($0[1]) },
    "linear": { try Variable.linear($0[0], weight: $0[1], bias: $0[2]) },
    "linear.3d": { try Variable.linear($0[0], weight: $0[1], bias: $0[2]) },
    "addmm": { try Variable.addmm($0[0], $0[1], $0[2], beta: 0.5, alpha: 2) },
    "view": { try $0[0].view([2, 6]) }, "reshape.copy": { try $0[0].T.reshape([12]) },
    "transpose": { try $0[0].transpose(0, 2) }, "t": { try $0[0].t() },
    "permute": { try $0[0].permute([1, 2, 0]) }, "unsqueeze": { try $0[0].unsqueeze(1) },
    "squeeze": { try $0[0].squeeze() }, "expand": { try $0[0].expand([2, 3, 4]) },
    "select": { try $0[0].index([.int(1)]) }, "slice": { try $0[0].index([.all, .slice(start: 1, stop: 3, step: nil)]) },
    "index.array": { try $0[0].index([.array(Tensor([Int64(0), 2, 0]))]) },
    "cat": { try Variable.cat($0) }, "stack": { try Variable.stack($0, dim: 1) },
    "softmax": { try $0[0].softmax(dim: 1) }, "log_softmax": { try $0[0].logSoftmax(dim: 0) },
    "cross_entropy": { try $0[0].crossEntropy($0[1]) },
    "cross_entropy.sum": { try $0[0].crossEntropy($0[1], reduction: .sum) },
    "cross_entropy.none": { try $0[0].crossEntropy($0[1], reduction: .none) },
    "cross_entropy.weight.ignore": { try $0[0].crossEntropy($0[1], weight: $0[2].data) },
    "cross_entropy.smoothing": { try $0[0].crossEntropy($0[1], labelSmoothing: 0.2) },
    "nll_loss": { try $0[0].nllLoss($0[1]) }, "mse_loss": { try $0[0].mseLoss($0[1]) },
    "l1_loss": { try $0[0].l1Loss($0[1]) }, "bce": { try $0[0].binaryCrossEntropy($0[1]) },
    "bce_with_logits": { try $0[0].binaryCrossEntropyWithLogits($0[1]) },
    "bce_with_logits.pos_weight": { try $0[0].binaryCrossEntropyWithLogits($0[1], posWeight: $0[2].data) },
    "conv2d": { try Variable.conv2d($0[0], weight: $0[1], bias: $0[2]) },
    "conv2d.options": {
        try Variable.conv2d($0[0], weight: $0[1], bias: nil, options: Conv2dOptions(stride: (2, 1), padding: (1, 2), dilation: (2, 1)))
    },
    "max_pool2d": { try Variable.maxPool2d($0[0], options: pool((2, 2))).output },
    "max_pool2d.options": { try Variable.maxPool2d($0[0], options: pool((3, 3), stride: (2, 2), padding: (1, 1), ceil: true)).output },
    "avg_pool2d": { try Variable.avgPool2d($0[0], options: pool((2, 3))) },
    "avg_pool2d.options": {
        try Variable.avgPool2d($0[0], options: pool((3, 3), stride: (2, 2), padding: (1, 1), ceil: true), countIncludePad: false)
    },
    "batch_norm.train": {
        try Variable.batchNorm($0[0], runningMean: nil, runningVar: nil, weight: $0[1], bias: $0[2], training: true)
    },
    "batch_norm.eval": {
        try Variable.batchNorm($0[0], runningMean: Tensor([Float(0.1), -0.2, 0.3]), runningVar: Tensor([Float(1.5), 0.5, 2.0]),
                               weight: $0[1], bias: $0[2], training: false)
    },
    "embedding": { try Variable.embedding($0[0].data, weight: $0[1]) },
]

private let torchCases: [TorchCase] = (try? loadFixture("ops.json", as: OpsFile.self).cases) ?? []

@Suite struct TorchParityTests {
    @Test func everyFixtureCaseHasASwiftSpelling() throws {
        #expect(torchCases.count > 90)
        #expect(torchCases.filter { swiftOps[$0.name] == nil }.map(\.name) == [])
    }

    @Test(arguments: torchCases)
    func matchesPyTorch(_ c: TorchCase) throws {
        let f = try #require(swiftOps[c.name])
        let leaves = try c.inputs.map { a in
            let t = try a.tensor()
            return try Variable(t, requiresGrad: t.dtype.isFloatingPoint)
        }
        let out = try f(leaves)
        #expect(mismatch(out.data, c.output) == nil, "value: \(mismatch(out.data, c.output) ?? "")")
        #expect(out.gradFnName == c.grad_fn)
        guard out.requiresGrad else { return }
        try out.mul(Variable(GradCheck.projection(out.shape).astype(out.dtype))).sum().backward()
        for (i, expected) in c.grads.enumerated() {
            guard let expected else { continue }
            let g = try #require(leaves[i].grad, "input \(i) has no gradient")
            #expect(mismatch(g.data, expected, rtol: 1e-5, atol: 1e-5) == nil, "grad \(i): \(mismatch(g.data, expected) ?? "")")
        }
    }
}
