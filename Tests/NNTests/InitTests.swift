import Testing
import NNTensor
import NNAutograd
@testable import NN

/// `nn.init` and PyTorch's default layer initialisation, checked in distribution.
@Suite struct InitTests {
    private func stats(_ v: Variable) -> (min: Double, max: Double, mean: Double, std: Double) {
        let x = v.data.toDoubles()
        let mean = x.reduce(0, +) / Double(x.count)
        let variance = x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(x.count)
        return (x.min() ?? 0, x.max() ?? 0, mean, variance.squareRoot())
    }

    @Test func gainsMatchPyTorch() throws {
        // torch.nn.init.calculate_gain values.
        #expect(try Init.calculateGain("linear") == 1)
        #expect(try Init.calculateGain("sigmoid") == 1)
        #expect(try Init.calculateGain("tanh") == 5.0 / 3)
        #expect(try Init.calculateGain("relu") == 1.4142135623730951)
        #expect(try Init.calculateGain("leaky_relu", param: 0.2) == 1.3867504905630728)
        #expect(try Init.calculateGain("selu") == 0.75)
        #expect(throws: NNError.nonlinearity("foo")) { try Init.calculateGain("foo") }
        #expect(throws: NNError.fanOfVector) { try Init.fans([3]) }
        #expect(try Init.fans([8, 4, 3, 3]) == (36, 72))
    }

    @Test func linearDefaultsAreUniformOverPlusMinusOneOverSqrtFanIn() throws {
        let layer = try Linear(inFeatures: 400, outFeatures: 300)
        let w = stats(try #require(layer.weight)), b = stats(try #require(layer.bias))
        let bound = 1 / 400.0.squareRoot()
        #expect(w.min >= -bound && w.max <= bound && w.max > 0.95 * bound && w.min < -0.95 * bound)
        #expect(Swift.abs(w.std - bound / 3.0.squareRoot()) < 0.02 * bound)
        #expect(Swift.abs(w.mean) < 0.01 * bound)
        #expect(b.min >= -bound && b.max <= bound)
        let conv = try Conv2d(inChannels: 8, outChannels: 16, kernelSize: 3)
        let cb = 1 / 72.0.squareRoot()
        let cw = stats(try #require(conv.weight)), cbias = stats(try #require(conv.bias))
        #expect(cw.max <= cb && cbias.min >= -cb)
    }

    @Test func initFunctionsFillInPlace() throws {
        let v = try Variable.parameter(Tensor.zeros([200, 300], dtype: .float32))
        let view = try v.data.get([.int(0)])
        try Init.xavierUniform(v)
        let a = (6.0 / 500).squareRoot()
        let s = stats(v)
        #expect(s.max <= a && s.min >= -a && Swift.abs(s.std - a / 3.0.squareRoot()) < 0.02 * a)
        #expect(view.toDoubles() == Array(v.data.toDoubles()[0..<300]))     // the same storage
        try Init.kaimingNormal(v, nonlinearity: "relu")
        #expect(Swift.abs(stats(v).std - (2.0 / 300).squareRoot()) < 0.02 * (2.0 / 300).squareRoot())
        try Init.kaimingUniform(v, mode: .fanOut, nonlinearity: "relu")
        #expect(stats(v).max <= (6.0 / 200).squareRoot())
        try Init.xavierNormal(v, gain: 2)
        #expect(Swift.abs(stats(v).std - 2 * (2.0 / 500).squareRoot()) < 0.03 * 2 * (2.0 / 500).squareRoot())
        try Init.normal(v, mean: 3, std: 0.5)
        #expect(Swift.abs(stats(v).mean - 3) < 0.01)
        try Init.uniform(v, a: 2, b: 4)
        #expect(stats(v).min >= 2 && stats(v).max <= 4)
        Init.constant(v, 0.25)
        #expect(stats(v).min == 0.25 && stats(v).max == 0.25)
        Init.ones(v)
        #expect(stats(v).mean == 1)
        Init.zeros(v)
        #expect(stats(v).max == 0)
        #expect(v.gradFn == nil)
    }
}
