import Testing
import NNTensor
@testable import NNAutograd

/// Dropout draws from the shared generator, so these check its distribution and structure.
@Suite struct DropoutTests {
    @Test func elementwiseMaskScalesSurvivorsAndRoutesGradients() throws {
        let x = try Variable(Tensor.ones([10_000], dtype: .float32), requiresGrad: true)
        let y = try x.dropout(p: 0.3)
        let v = y.data.toDoubles()
        #expect(v.allSatisfy { $0 == 0 || Swift.abs($0 - 1 / 0.7) < 1e-6 })
        let dropped = Double(v.filter { $0 == 0 }.count) / Double(v.count)
        #expect(Swift.abs(dropped - 0.3) < 0.03)
        try y.sum().backward()
        #expect(x.grad?.data.toDoubles() == v)      // the gradient is the mask
    }

    @Test func channelMaskDropsWholeFeatureMaps() throws {
        let x = try Variable(Tensor.ones([8, 16, 3, 3], dtype: .float32), requiresGrad: true)
        let y = try x.dropout2d(p: 0.5)
        let v = y.data.toDoubles()
        for plane in 0..<(8 * 16) {
            let values = Set(v[(plane * 9)..<(plane * 9 + 9)])
            #expect(values == [0] || values == [2])
        }
    }

    @Test func extremes() throws {
        let x = try Variable(Tensor.ones([4], dtype: .float32), requiresGrad: true)
        #expect(try x.dropout(p: 1).data.toDoubles() == [0, 0, 0, 0])
        #expect(try x.dropout(p: 0) === x)
        #expect(try x.dropout(p: 0.5, training: false) === x)
    }
}
