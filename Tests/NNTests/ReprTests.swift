import Testing
import NNTensor
import NNAutograd
@testable import NN

private struct ReprFile: Decodable {
    let reprs: [String: String]
    let counts: [String: Int]
    let names: [String: [String]]
}

/// A language-defined module: children registered by attribute in assignment order.
func scriptModule(_ name: String, _ children: [(String, Module)]) throws -> Module {
    let m = Module(typeName: name)
    for (k, c) in children { try m.registerModule(k, c) }
    return m
}

/// The Swift spelling of each repr case in Fixtures/reprs.json (made by generate.py).
private func makeReprCase(_ name: String) throws -> CustomStringConvertible? {
    switch name {
    case "linear": return try Linear(inFeatures: 784, outFeatures: 128)
    case "linear.nobias": return try Linear(inFeatures: 3, outFeatures: 2, bias: false)
    case "conv": return try Conv2d(inChannels: 1, outChannels: 32, kernelSize: 3)
    case "conv.options": return try Conv2d(inChannels: 1, outChannels: 32, kernelSize: .pair(3, 5), stride: 2, padding: .explicit(1, 1))
    case "conv.same": return try Conv2d(inChannels: 2, outChannels: 4, kernelSize: 3, padding: .same)
    case "conv.valid": return try Conv2d(inChannels: 2, outChannels: 4, kernelSize: 3, padding: .valid)
    case "conv.groups": return try Conv2d(inChannels: 4, outChannels: 4, kernelSize: 3, dilation: 2, groups: 2, bias: false)
    case "maxpool": return MaxPool2d(kernelSize: 2)
    case "maxpool.options": return MaxPool2d(kernelSize: .pair(2, 3), stride: 1, padding: 1, ceilMode: true)
    case "avgpool": return AvgPool2d(kernelSize: 2)
    case "avgpool.options": return AvgPool2d(kernelSize: 3, stride: 2, padding: 1, ceilMode: true, countIncludePad: false)
    case "flatten": return Flatten()
    case "flatten.dims": return Flatten(startDim: 0, endDim: 2)
    case "dropout": return try Dropout(p: 0.3)
    case "dropout.default": return try Dropout()
    case "dropout.int": return try Dropout(p: 0)
    case "dropout2d": return try Dropout(p: 0.25, channelwise: true)
    case "batchnorm1d": return try BatchNorm(numFeatures: 64, spatialDimensions: 1)
    case "batchnorm2d.options":
        return try BatchNorm(numFeatures: 8, spatialDimensions: 2, momentum: nil, affine: false, trackRunningStats: false)
    case "batchnorm1d.eps": return try BatchNorm(numFeatures: 3, spatialDimensions: 1, eps: 1e-3, momentum: 0.01)
    case "identity": return Identity()
    case "embedding": return try Embedding(numEmbeddings: 10, embeddingDim: 3)
    case "embedding.padding": return try Embedding(numEmbeddings: 10, embeddingDim: 3, paddingIndex: 0)
    case "relu": return Activation(.relu())
    case "relu.inplace": return Activation(.relu(inplace: true))
    case "leakyrelu": return Activation(.leakyReLU())
    case "leakyrelu.slope": return Activation(.leakyReLU(negativeSlope: 0.2))
    case "prelu": return try PReLU()
    case "prelu.3": return try PReLU(numParameters: 3)
    case "rrelu": return Activation(.rrelu())
    case "rrelu.bounds": return Activation(.rrelu(lower: 0.1, upper: 0.2))
    case "elu": return Activation(.elu())
    case "elu.alpha": return Activation(.elu(alpha: 0.5))
    case "selu": return Activation(.selu())
    case "celu": return Activation(.celu())
    case "gelu": return Activation(.gelu())
    case "gelu.tanh": return Activation(.gelu(approximate: "tanh"))
    case "silu": return Activation(.silu())
    case "mish": return Activation(.mish())
    case "softplus": return Activation(.softplus())
    case "softplus.ints": return Activation(.softplus(beta: 2, threshold: 10))
    case "softsign": return Activation(.softsign)
    case "sigmoid": return Activation(.sigmoid)
    case "tanh": return Activation(.tanh)
    case "hardtanh": return Activation(.hardtanh())
    case "hardtanh.ints": return Activation(.hardtanh(minVal: -2, maxVal: 2))
    case "relu6": return Activation(.relu6())
    case "hardsigmoid": return Activation(.hardsigmoid())
    case "hardswish": return Activation(.hardswish())
    case "tanhshrink": return Activation(.tanhshrink)
    case "softshrink": return Activation(.softshrink())
    case "softshrink.lambda": return Activation(.softshrink(lambda: 0.3))
    case "hardshrink": return Activation(.hardshrink())
    case "softmax": return Activation(.softmax(dim: 1))
    case "softmax.none": return Activation(.softmax(dim: nil))
    case "logsoftmax": return Activation(.logSoftmax(dim: -1))
    case "logsigmoid": return Activation(.logSigmoid)
    case "loss.mse": return try Loss(.mse)
    case "loss.l1.sum": return try Loss(.l1, reduction: .sum)
    case "loss.ce": return try Loss(.crossEntropy())
    case "loss.nll": return try Loss(.nll())
    case "loss.bce": return try Loss(.bce)
    case "loss.bcelogits": return try Loss(.bceWithLogits)
    case "sequential.empty": return Sequential([])
    case "sequential.lesson":
        return Sequential([Flatten(), try Linear(inFeatures: 784, outFeatures: 128), Activation(.relu()),
                           try Linear(inFeatures: 128, outFeatures: 10)])
    case "sequential.nested": return try nestedSequential()
    case "modulelist":
        return ModuleList([try Linear(inFeatures: 2, outFeatures: 2), try Linear(inFeatures: 2, outFeatures: 2),
                           Activation(.relu()), try Linear(inFeatures: 2, outFeatures: 2)])
    case "modulelist.empty": return ModuleList()
    case "simpleann": return try simpleANN()
    case "fashion": return try fashionClassifier()
    case "lecture3.net": return try lectureNet()
    case "optim.sgd": return try SGD([onesParameter(2)], lr: 0.1, momentum: 0.9)
    case "optim.adam": return try Adam([onesParameter(2)])
    case "optim.adamw": return try Adam.adamW([onesParameter(2)])
    case "optim.rmsprop": return try RMSprop([onesParameter(2)])
    case "optim.sgd.steplr":
        let o = try SGD([onesParameter(2)], lr: 0.1)
        _ = try StepLR(o, stepSize: 2)
        return o
    case "optim.groups":
        return try SGD(groups: [ParamGroupSpec(params: [onesParameter(2)], options: [("lr", .number(0.5))]),
                                ParamGroupSpec(params: [onesParameter(1)])], lr: 0.1)
    default: return nil
    }
}

func onesParameter(_ n: Int) throws -> Variable { try Variable.parameter(Tensor.ones([n], dtype: .float32)) }

func nestedSequential() throws -> Sequential {
    Sequential([try Linear(inFeatures: 4, outFeatures: 4), Sequential([Activation(.relu()), try Dropout(p: 0.3)]),
                try BatchNorm(numFeatures: 4, spatialDimensions: 1)])
}

/// Seed 004's SimpleANN as the binding would build it.
func simpleANN() throws -> Module {
    try scriptModule("SimpleANN", [("linear1", try Linear(inFeatures: 4, outFeatures: 8)),
                                   ("linear2", try Linear(inFeatures: 8, outFeatures: 2)), ("activation", Activation(.relu()))])
}

/// Seed 004's FashionMNISTClassifier (784-512-256-128-10 with dropout 0.3).
func fashionClassifier() throws -> Module {
    var layers: [Module] = []
    var size = 784
    for h in [512, 256, 128] {
        layers += [try Linear(inFeatures: size, outFeatures: h), Activation(.relu()), try Dropout(p: 0.3)]
        size = h
    }
    layers.append(try Linear(inFeatures: size, outFeatures: 10))
    return try scriptModule("FashionMNISTClassifier", [("network", Sequential(layers))])
}

/// Seed 003's convolutional `Net`.
func lectureNet() throws -> Module {
    try scriptModule("Net", [
        ("conv1", try Conv2d(inChannels: 1, outChannels: 32, kernelSize: 3, stride: 1)),
        ("conv2", try Conv2d(inChannels: 32, outChannels: 64, kernelSize: 3, stride: 1)),
        ("dropout1", try Dropout(p: 0.25, channelwise: true)), ("dropout2", try Dropout(p: 0.5, channelwise: true)),
        ("fc1", try Linear(inFeatures: 9216, outFeatures: 128)), ("fc2", try Linear(inFeatures: 128, outFeatures: 10)),
    ])
}

@Suite struct ReprTests {
    private let file = try? loadFixture("reprs.json", as: ReprFile.self)

    @Test func everyReprMatchesPyTorch() throws {
        let f = try #require(file)
        #expect(f.reprs.count > 75)
        for (name, expected) in f.reprs.sorted(by: { $0.key < $1.key }) {
            let made = try makeReprCase(name)
            #expect(made != nil, "no Swift spelling for \(name)")
            #expect(made?.description == expected, "\(name)")
        }
    }

    @Test func parameterCountsAndNames() throws {
        let f = try #require(file)
        #expect(try simpleANN().parameterCount() == f.counts["simpleann"])
        #expect(try fashionClassifier().parameterCount() == f.counts["fashion"])
        #expect(try lectureNet().parameterCount() == f.counts["lecture3.net"])
        #expect(try simpleANN().namedParameters().map(\.name) == f.names["simpleann"])
        #expect(try nestedSequential().namedParameters().map(\.name) == f.names["sequential.nested"])
        #expect(try nestedSequential().stateDict().keys == f.names["sequential.nested.state"])
    }
}
