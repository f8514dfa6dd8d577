import NNAutograd
import NNTensor

/// `torch.nn.functional` (`F`): the stateless forms of the layers and losses, with PyTorch's
/// argument names and defaults. Each forwards to the differentiable primitive.
public enum Functional {
    public static func relu(_ x: Variable) throws -> Variable { try x.relu() }
    public static func sigmoid(_ x: Variable) throws -> Variable { try x.sigmoid() }
    public static func tanh(_ x: Variable) throws -> Variable { try x.tanh() }
    public static func leakyRelu(_ x: Variable, negativeSlope: Double = 0.01) throws -> Variable {
        try x.leakyRelu(negativeSlope: negativeSlope)
    }
    public static func elu(_ x: Variable, alpha: Double = 1) throws -> Variable { try x.elu(alpha: alpha) }
    public static func gelu(_ x: Variable, approximate: String = "none") throws -> Variable {
        try ActivationKind.gelu(approximate: approximate).apply(x)
    }

    /// Softmax along `dim` (PyTorch's implicit dimension when nil).
    public static func softmax(_ x: Variable, dim: Int?) throws -> Variable {
        try x.softmax(dim: dim ?? ActivationKind.implicitDim(x.ndim))
    }

    /// Log-softmax along `dim` (PyTorch's implicit dimension when nil).
    public static func logSoftmax(_ x: Variable, dim: Int?) throws -> Variable {
        try x.logSoftmax(dim: dim ?? ActivationKind.implicitDim(x.ndim))
    }

    public static func crossEntropy(_ input: Variable, _ target: Variable, weight: Tensor? = nil, ignoreIndex: Int64 = -100,
                                    reduction: Reduction = .mean, labelSmoothing: Double = 0) throws -> Variable {
        try input.crossEntropy(target, weight: weight, ignoreIndex: ignoreIndex, reduction: reduction,
                               labelSmoothing: labelSmoothing)
    }

    public static func nllLoss(_ input: Variable, _ target: Variable, weight: Tensor? = nil, ignoreIndex: Int64 = -100,
                               reduction: Reduction = .mean) throws -> Variable {
        try input.nllLoss(target, weight: weight, ignoreIndex: ignoreIndex, reduction: reduction)
    }

    public static func mseLoss(_ input: Variable, _ target: Variable, reduction: Reduction = .mean) throws -> Variable {
        try input.mseLoss(target, reduction: reduction)
    }

    public static func l1Loss(_ input: Variable, _ target: Variable, reduction: Reduction = .mean) throws -> Variable {
        try input.l1Loss(target, reduction: reduction)
    }

    public static func binaryCrossEntropy(_ input: Variable, _ target: Variable, weight: Tensor? = nil,
                                          reduction: Reduction = .mean) throws -> Variable {
        try input.binaryCrossEntropy(target, weight: weight, reduction: reduction)
    }

    public static func binaryCrossEntropyWithLogits(_ input: Variable, _ target: Variable, weight: Tensor? = nil,
                                                    posWeight: Tensor? = nil, reduction: Reduction = .mean) throws -> Variable {
        try input.binaryCrossEntropyWithLogits(target, weight: weight, posWeight: posWeight, reduction: reduction)
    }

    public static func dropout(_ x: Variable, p: Double = 0.5, training: Bool = true) throws -> Variable {
        try x.dropout(p: p, training: training)
    }

    public static func dropout2d(_ x: Variable, p: Double = 0.5, training: Bool = true) throws -> Variable {
        try x.dropout2d(p: p, training: training)
    }

    public static func maxPool2d(_ x: Variable, kernelSize: SizePair, stride: SizePair? = nil, padding: SizePair = 0,
                                 dilation: SizePair = 1, ceilMode: Bool = false) throws -> Variable {
        try MaxPool2d(kernelSize: kernelSize, stride: stride, padding: padding, dilation: dilation, ceilMode: ceilMode).forward(x)
    }

    public static func avgPool2d(_ x: Variable, kernelSize: SizePair, stride: SizePair? = nil, padding: SizePair = 0,
                                 ceilMode: Bool = false, countIncludePad: Bool = true) throws -> Variable {
        try AvgPool2d(kernelSize: kernelSize, stride: stride, padding: padding, ceilMode: ceilMode,
                      countIncludePad: countIncludePad).forward(x)
    }

    public static func linear(_ x: Variable, weight: Variable, bias: Variable? = nil) throws -> Variable {
        try Variable.linear(x, weight: weight, bias: bias)
    }

    public static func conv2d(_ x: Variable, weight: Variable, bias: Variable? = nil, stride: SizePair = 1,
                              padding: SizePair = 0, dilation: SizePair = 1, groups: Int = 1) throws -> Variable {
        try Variable.conv2d(x, weight: weight, bias: bias,
                            options: Conv2dOptions(stride: stride.pair, padding: padding.pair, dilation: dilation.pair, groups: groups))
    }
}
