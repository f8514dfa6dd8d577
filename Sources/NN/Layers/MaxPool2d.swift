import NNAutograd
import NNTensor

/// 2-D max pooling (`nn.MaxPool2d`); `stride` defaults to the kernel size.
public final class MaxPool2d: Module {
    public let kernelSize: SizePair
    public let stride: SizePair
    public let padding: SizePair
    public let dilation: SizePair
    public let ceilMode: Bool
    public let returnIndices: Bool

    public init(kernelSize: SizePair, stride: SizePair? = nil, padding: SizePair = 0, dilation: SizePair = 1,
                returnIndices: Bool = false, ceilMode: Bool = false) {
        (self.kernelSize, self.stride, self.padding, self.dilation) = (kernelSize, stride ?? kernelSize, padding, dilation)
        (self.ceilMode, self.returnIndices) = (ceilMode, returnIndices)
        super.init(typeName: "MaxPool2d")
    }

    var options: Pool2dOptions {
        Pool2dOptions(kernel: kernelSize.pair, stride: stride.pair, padding: padding.pair, dilation: dilation.pair,
                      ceilMode: ceilMode)
    }

    public override func forward(_ input: Variable) throws -> Variable {
        try Variable.maxPool2d(input, options: options).output
    }

    /// The pooled values and the position of each maximum in its input plane
    /// (`return_indices=True`).
    public func forwardWithIndices(_ input: Variable) throws -> (output: Variable, indices: Tensor) {
        try Variable.maxPool2d(input, options: options)
    }

    public override func extraRepr() -> String {
        "kernel_size=\(kernelSize), stride=\(stride), padding=\(padding), dilation=\(dilation), ceil_mode=\(ceilMode ? "True" : "False")"
    }
}
