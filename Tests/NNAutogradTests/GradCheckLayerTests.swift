import Testing
import NNTensor
@testable import NNAutograd

private var classTargets: Variable { Variable(Tensor([Int64(2), 0, 3])) }
private var spatialTargets: Variable { Variable((try? Tensor([Int64(1), 0, 2, 2], shape: [2, 2])) ?? Tensor([Int64(0)])) }
private var ignoredTargets: Variable { Variable(Tensor([Int64(1), -100, 3])) }
private var classWeights: Tensor { Tensor([0.5, 1.5, 1.0, 2.0]) }
private func probs(_ n: Int) -> [Double] { (0..<n).map { 0.08 + Double($0 * 7 % 10) * 0.085 } }
private func bits(_ n: Int) -> Tensor { Tensor((0..<n).map { Double(($0 * 5 + 1) % 3 == 0 ? 1 : 0) }) }

/// Losses, convolution, pooling, normalisation and embedding under finite differences.
let layerGradCases: [GradCase] = [
    GradCase("nll_loss", [[3, 4]]) { try $0[0].nllLoss(classTargets) },
    GradCase("nll_loss.weighted.sum", [[3, 4]]) { try $0[0].nllLoss(classTargets, weight: classWeights, reduction: .sum) },
    GradCase("nll_loss.ignore.none", [[3, 4]]) { try $0[0].nllLoss(ignoredTargets, reduction: .none) },
    GradCase("nll_loss.spatial", [[2, 3, 2]]) { try $0[0].nllLoss(spatialTargets) },
    GradCase("cross_entropy", [[3, 4]]) { try $0[0].crossEntropy(classTargets) },
    GradCase("cross_entropy.weighted", [[3, 4]]) { try $0[0].crossEntropy(classTargets, weight: classWeights) },
    GradCase("cross_entropy.smoothing", [[3, 4]]) { try $0[0].crossEntropy(ignoredTargets, labelSmoothing: 0.2) },
    GradCase("cross_entropy.smoothing.weighted", [[3, 4]]) {
        try $0[0].crossEntropy(classTargets, weight: classWeights, labelSmoothing: 0.1)
    },
    GradCase("cross_entropy.probabilities", [[3, 4], [3, 4]]) { v in
        try v[0].crossEntropy(v[1].softmax(dim: 1), labelSmoothing: 0.1)
    },
    GradCase("cross_entropy.1d", [[5]]) { try $0[0].crossEntropy(Variable(Tensor(scalar: .int(3), dtype: .int64))) },
    GradCase("mse_loss", [[2, 3], [2, 3]]) { try $0[0].mseLoss($0[1]) },
    GradCase("mse_loss.sum.broadcast", [[2, 3], [3]]) { try $0[0].mseLoss($0[1], reduction: .sum) },
    GradCase("mse_loss.none", [[4]]) { try $0[0].mseLoss(Variable(Tensor([0.1, 0.2, 0.3, 0.4])), reduction: .none) },
    GradCase("l1_loss", [[2, 3], [2, 3]]) { try $0[0].l1Loss($0[1]) },
    GradCase("bce", [[6], [6]], { try $0[0].binaryCrossEntropy($0[1]) }, values: [probs(6), probs(6).reversed()]),
    GradCase("bce.weighted.sum", [[6]], {
        try $0[0].binaryCrossEntropy(Variable(bits(6)), weight: Tensor([1.0, 2, 0.5, 1, 3, 1]), reduction: .sum)
    }, values: [probs(6)]),
    GradCase("bce_with_logits", [[6], [6]], { try $0[0].binaryCrossEntropyWithLogits($0[1]) },
             values: [(0..<6).map { Double($0) - 2.6 }, probs(6)]),
    GradCase("bce_with_logits.pos_weight", [[2, 3], [2, 3]], {
        try $0[0].binaryCrossEntropyWithLogits($0[1], weight: Tensor([2.0, 1, 0.5]), posWeight: Tensor([3.0, 0.5, 1]), reduction: .none)
    }, values: [(0..<6).map { Double($0) * 0.7 - 1.9 }, probs(6)]),
    GradCase("conv2d", [[2, 2, 5, 4], [3, 2, 3, 2], [3]]) {
        try Variable.conv2d($0[0], weight: $0[1], bias: $0[2])
    },
    GradCase("conv2d.stride.padding.dilation", [[1, 2, 6, 6], [2, 2, 2, 3]]) {
        try Variable.conv2d($0[0], weight: $0[1], bias: nil,
                            options: Conv2dOptions(stride: (2, 1), padding: (1, 2), dilation: (2, 1)))
    },
    GradCase("conv2d.groups", [[1, 4, 4, 4], [6, 2, 2, 2], [6]]) {
        try Variable.conv2d($0[0], weight: $0[1], bias: $0[2], options: Conv2dOptions(groups: 2))
    },
    GradCase("conv2d.chunked", [[5, 2, 4, 3], [4, 1, 2, 2], [4]]) {
        // 80 unfolded elements per sample and a budget of 160: chunks of 2, 2 and 1 samples.
        try Variable.conv2d($0[0], weight: $0[1], bias: $0[2], options: Conv2dOptions(padding: (1, 0), groups: 2), chunkElements: 160)
    },
    GradCase("conv2d.unbatched", [[1, 4, 4], [2, 1, 3, 3]]) { try Variable.conv2d($0[0], weight: $0[1], bias: nil) },
    GradCase("max_pool2d", [[1, 2, 4, 6]]) { try Variable.maxPool2d($0[0], options: Pool2dOptions(kernel: (2, 2))).output },
    GradCase("max_pool2d.overlap.padding.ceil", [[2, 1, 5, 5]]) {
        try Variable.maxPool2d($0[0], options: Pool2dOptions(kernel: (3, 3), stride: (2, 2), padding: (1, 1), ceilMode: true)).output
    },
    GradCase("max_pool2d.dilation", [[1, 1, 6, 6]]) {
        try Variable.maxPool2d($0[0], options: Pool2dOptions(kernel: (2, 2), stride: (1, 1), dilation: (2, 2))).output
    },
    GradCase("avg_pool2d", [[1, 2, 4, 6]]) { try Variable.avgPool2d($0[0], options: Pool2dOptions(kernel: (2, 3))) },
    GradCase("avg_pool2d.padding.exclude", [[1, 1, 5, 5]]) {
        try Variable.avgPool2d($0[0], options: Pool2dOptions(kernel: (3, 3), stride: (2, 2), padding: (1, 1), ceilMode: true),
                               countIncludePad: false)
    },
    GradCase("avg_pool2d.padding.include", [[1, 1, 5, 5]]) {
        try Variable.avgPool2d($0[0], options: Pool2dOptions(kernel: (3, 3), stride: (2, 2), padding: (1, 1)))
    },
    GradCase("batch_norm.train", [[4, 3], [3], [3]]) {
        try Variable.batchNorm($0[0], runningMean: nil, runningVar: nil, weight: $0[1], bias: $0[2], training: true)
    },
    GradCase("batch_norm.train.2d", [[2, 2, 2, 3]]) {
        try Variable.batchNorm($0[0], runningMean: nil, runningVar: nil, weight: nil, bias: nil, training: true)
    },
    GradCase("batch_norm.eval", [[4, 3], [3], [3]]) {
        try Variable.batchNorm($0[0], runningMean: Tensor([0.1, -0.2, 0.3]), runningVar: Tensor([1.5, 0.5, 2.0]),
                               weight: $0[1], bias: $0[2], training: false)
    },
    GradCase("embedding", [[4, 3]]) {
        try Variable.embedding(Tensor([Int64(1), 3, 1, 0], shape: [2, 2]), weight: $0[0])
    },
    GradCase("dropout.eval", [[5]]) { try $0[0].dropout(p: 0.5, training: false) },
]

@Suite struct GradCheckLayerTests {
    @Test(arguments: layerGradCases)
    func matchesFiniteDifferences(_ c: GradCase) throws {
        let r = try GradCheck.check(c.f, inputs: c.tensors())
        #expect(r.passed, "max |error| \(r.maxAbsoluteError); analytical \(r.analytical.map(\.description)); numerical \(r.numerical.map(\.description))")
    }
}

/// Rectifiers with learned or random slopes.
@Suite struct RectifierTests {
    @Test func preluGradients() throws {
        let one = try GradCheck.check({ try Variable.prelu($0[0], weight: $0[1]) },
                                      inputs: [Tensor([-1.5, 0.7, -0.2, 2.0, -3.0, 0.4], shape: [2, 3]), Tensor([0.25])])
        #expect(one.passed)
        let perChannel = try GradCheck.check({ try Variable.prelu($0[0], weight: $0[1]) },
                                             inputs: [Tensor((0..<12).map { Double($0) * 0.37 - 2.1 }, shape: [2, 3, 2]),
                                                      Tensor([0.1, 0.2, 0.3])])
        #expect(perChannel.passed)
    }

    @Test func rreluUsesTheMeanSlopeInEvaluation() throws {
        let x = try Variable(Tensor([-2.0, 3.0]), requiresGrad: true)
        let y = try x.rrelu(lower: 0.1, upper: 0.3)
        #expect(y.data.toDoubles().map { ($0 * 1e9).rounded() / 1e9 } == [-0.4, 3])
        #expect(y.gradFnName == "RreluWithNoiseBackward0")
        let t = try Variable(Tensor.full([1000], .float(-1), dtype: .float32)).rrelu(lower: 0.1, upper: 0.3, training: true)
        #expect(t.data.toDoubles().allSatisfy { $0 <= -0.1 + 1e-6 && $0 >= -0.3 - 1e-6 })
    }
}
