import Testing
import NNTensor
import NNAutograd
@testable import NN

/// A layer with explicit weights against PyTorch (Fixtures/layers.json, made by generate.py).
struct LayerCase: Decodable, CustomTestStringConvertible, @unchecked Sendable {
    let name: String
    let input: ArrayFixture
    let params: [String: ArrayFixture]
    let buffers_before: [String: ArrayFixture]
    let output: ArrayFixture
    let input_grad: ArrayFixture?
    let param_grads: [String: ArrayFixture]
    let buffers_after: [String: ArrayFixture]
    var testDescription: String { name }
}

/// The Swift spelling of each layer case, and whether it runs in training mode.
private func makeLayer(_ name: String) throws -> (Module, Bool)? {
    switch name {
    case "linear": return (try Linear(inFeatures: 4, outFeatures: 3), true)
    case "linear.nobias.3d": return (try Linear(inFeatures: 4, outFeatures: 3, bias: false), true)
    case "conv": return (try Conv2d(inChannels: 2, outChannels: 3, kernelSize: 3), true)
    case "conv.options":
        return (try Conv2d(inChannels: 2, outChannels: 4, kernelSize: .pair(3, 2), stride: .pair(2, 1),
                           padding: .explicit(1, 0), dilation: .pair(1, 2)), true)
    case "conv.same": return (try Conv2d(inChannels: 2, outChannels: 2, kernelSize: 4, padding: .same), true)
    case "conv.groups": return (try Conv2d(inChannels: 4, outChannels: 2, kernelSize: 2, groups: 2), true)
    case "maxpool": return (MaxPool2d(kernelSize: 2), true)
    case "maxpool.options": return (MaxPool2d(kernelSize: 3, stride: 2, padding: 1, ceilMode: true), true)
    case "avgpool": return (AvgPool2d(kernelSize: 2, stride: 1), true)
    case "avgpool.options": return (AvgPool2d(kernelSize: 3, stride: 2, padding: 1, countIncludePad: false), true)
    case "flatten": return (Flatten(), true)
    case "dropout.eval": return (try Dropout(p: 0.5), false)
    case "batchnorm1d.train": return (try BatchNorm(numFeatures: 3, spatialDimensions: 1), true)
    case "batchnorm1d.train.momentum_none": return (try BatchNorm(numFeatures: 3, spatialDimensions: 1, momentum: nil), true)
    case "batchnorm1d.eval": return (try BatchNorm(numFeatures: 3, spatialDimensions: 1), false)
    case "batchnorm2d.train": return (try BatchNorm(numFeatures: 2, spatialDimensions: 2), true)
    case "embedding": return (try Embedding(numEmbeddings: 5, embeddingDim: 3, paddingIndex: 1), true)
    case "prelu": return (try PReLU(numParameters: 3), true)
    case "sequential.mlp":
        return (Sequential([try Linear(inFeatures: 4, outFeatures: 5), Activation(.tanh), try Linear(inFeatures: 5, outFeatures: 2)]), true)
    default:
        let kinds: [String: ActivationKind] = [
            "relu": .relu(), "leakyrelu": .leakyReLU(negativeSlope: 0.2), "rrelu.eval": .rrelu(), "elu": .elu(alpha: 0.5),
            "selu": .selu(), "celu": .celu(alpha: 0.7), "gelu": .gelu(), "gelu.tanh": .gelu(approximate: "tanh"),
            "silu": .silu(), "mish": .mish(), "softplus": .softplus(beta: 2, threshold: 1), "softsign": .softsign,
            "sigmoid": .sigmoid, "tanh": .tanh, "hardtanh": .hardtanh(minVal: -0.5, maxVal: 0.5), "relu6": .relu6(),
            "hardsigmoid": .hardsigmoid(), "hardswish": .hardswish(), "tanhshrink": .tanhshrink, "softshrink": .softshrink(lambda: 0.3),
            "hardshrink": .hardshrink(lambda: 0.3), "softmax": .softmax(dim: 1), "softmax.implicit": .softmax(dim: nil),
            "logsoftmax": .logSoftmax(dim: 0), "logsigmoid": .logSigmoid,
        ]
        guard name.hasPrefix("act."), let kind = kinds[String(name.dropFirst(4))] else { return nil }
        return (Activation(kind), !name.hasSuffix(".eval"))
    }
}

private let layerCases: [LayerCase] = (try? loadFixture("layers.json", as: [LayerCase].self)) ?? []

@Suite struct LayerParityTests {
    @Test func fixturesLoaded() { #expect(layerCases.count > 40) }

    @Test(arguments: layerCases)
    func matchesPyTorch(_ c: LayerCase) throws {
        let (module, training) = try #require(try makeLayer(c.name), "no Swift spelling")
        module.train(training)
        for (name, p) in module.namedParameters() {
            let value = try #require(c.params[name], "parameter \(name) missing from the fixture")
            try p.data.assign(from: value.tensor())
        }
        for (name, b) in module.namedBuffers() {
            if let value = c.buffers_before[name] { try b.data.assign(from: value.tensor()) }
        }
        #expect(module.namedParameters().map(\.name).sorted() == c.params.keys.sorted())
        let xt = try c.input.tensor()
        let x = try Variable(xt, requiresGrad: xt.dtype.isFloatingPoint)
        let out = try module(x)
        #expect(mismatch(out.data, c.output) == nil, "output: \(mismatch(out.data, c.output) ?? "")")
        try out.mul(projection(out.shape)).sum().backward()
        if let expected = c.input_grad {
            let g = try #require(x.grad)
            #expect(mismatch(g.data, expected, atol: 1e-5) == nil, "input grad: \(mismatch(g.data, expected, atol: 1e-5) ?? "")")
        }
        for (name, p) in module.namedParameters() {
            guard let expected = c.param_grads[name] else { continue }
            let g = try #require(p.grad, "\(name) has no gradient")
            #expect(mismatch(g.data, expected, atol: 1e-5) == nil, "\(name) grad: \(mismatch(g.data, expected, atol: 1e-5) ?? "")")
        }
        for (name, b) in module.namedBuffers() {
            let expected = try #require(c.buffers_after[name])
            #expect(mismatch(b.data, expected) == nil, "buffer \(name): \(mismatch(b.data, expected) ?? "")")
        }
    }
}
