import Testing
import NNAutograd
import NNTensor
@testable import NN

/// A layer fed the wrong width keeps the library's error and adds a hint naming both sizes;
/// other failures pass through unchanged.
struct LayerInputErrorTests {
    @Test func linearNamesTheFeaturesItExpected() throws {
        let layer = try Linear(inFeatures: 784, outFeatures: 10)
        #expect(throws: LayerInputError.self) { _ = try layer(Variable(Tensor.zeros([8, 100], dtype: .float32))) }
        do {
            _ = try layer(Variable(Tensor.zeros([8, 100], dtype: .float32)))
        } catch let e as LayerInputError {
            #expect(e.hint.hasPrefix("Linear(in_features=784) got inputs with 100 features"))
            #expect(e.underlying is TensorError)
        }
    }

    @Test func conv2dNamesTheChannelsItExpected() throws {
        let conv = try Conv2d(inChannels: 1, outChannels: 4, kernelSize: 3)
        do {
            _ = try conv(Variable(Tensor.zeros([2, 3, 8, 8], dtype: .float32)))
            Issue.record("a 3-channel input to a 1-channel convolution should fail")
        } catch let e as LayerInputError {
            #expect(e.hint.hasPrefix("Conv2d(in_channels=1) got inputs with 3 channels"))
        }
    }

    @Test func otherFailuresAreNotWrapped() throws {
        // The right width but a 0-d input: the library's own error, no hint.
        let layer = try Linear(inFeatures: 1, outFeatures: 2)
        #expect(throws: AutogradError.self) { _ = try layer(Variable(Tensor(scalar: .float(1), dtype: .float32))) }
    }
}
