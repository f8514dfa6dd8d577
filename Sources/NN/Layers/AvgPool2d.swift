import NNAutograd
import NNTensor

/// 2-D average pooling (`nn.AvgPool2d`); `stride` defaults to the kernel size.
public final class AvgPool2d: Module {
    public let kernelSize: SizePair
    public let stride: SizePair
    public let padding: SizePair
    public let ceilMode: Bool
    public let countIncludePad: Bool
    public let divisorOverride: Int?

    public init(kernelSize: SizePair, stride: SizePair? = nil, padding: SizePair = 0, ceilMode: Bool = false,
                countIncludePad: Bool = true, divisorOverride: Int? = nil) {
        (self.kernelSize, self.stride, self.padding) = (kernelSize, stride ?? kernelSize, padding)
        (self.ceilMode, self.countIncludePad, self.divisorOverride) = (ceilMode, countIncludePad, divisorOverride)
        super.init(typeName: "AvgPool2d")
    }

    public override func forward(_ input: Variable) throws -> Variable {
        let options = Pool2dOptions(kernel: kernelSize.pair, stride: stride.pair, padding: padding.pair, ceilMode: ceilMode)
        return try Variable.avgPool2d(input, options: options, countIncludePad: countIncludePad,
                                      divisorOverride: divisorOverride)
    }

    public override func extraRepr() -> String {
        "kernel_size=\(kernelSize), stride=\(stride), padding=\(padding)"
    }
}
