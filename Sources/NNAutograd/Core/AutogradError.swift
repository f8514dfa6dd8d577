import NNTensor

/// Everything that can go wrong in autograd and in the differentiable primitives, with the data
/// a message needs. One renderer (`message`) words each case as PyTorch does; `exceptionName`
/// names the Python exception the language raises (shape mismatches are `ShapeError`, as
/// everywhere in nn). Errors of the underlying tensor operations stay `TensorError`s.
public enum AutogradError: Error, Equatable, Sendable {
    // Graph and grad mode.
    /// `backward()` without a gradient on an output with more than one element.
    case implicitGradientOfNonScalar
    /// `backward()` on a tensor that neither requires grad nor has a grad_fn.
    case doesNotRequireGrad
    /// Backward through a node whose saved tensors were freed by an earlier backward.
    case graphFreed
    /// `backward(gradient:)` with a gradient whose shape differs from the output's.
    case gradientShape(gradient: [Int], output: [Int])
    /// `requires_grad` on a tensor of a non-floating dtype.
    case requiresGradDType(DType)
    /// Changing `requires_grad` of a non-leaf.
    case requiresGradOnNonLeaf
    /// An in-place operation on a leaf that requires grad, with grad mode on.
    case inPlaceOnLeaf
    /// `retain_grad()` on a tensor that does not require grad.
    case retainGradWithoutRequiresGrad
    /// `numpy()` on a tensor that requires grad.
    case numpyOfRequiresGrad
    /// A gradient function returned a gradient that does not fit its input (a bug in a
    /// primitive, reported instead of corrupting `.grad`).
    case invalidGradient(function: String, index: Int, got: [Int], expected: [Int])

    // Arguments of the differentiable primitives.
    /// A dimension outside `-ndim..<ndim` (PyTorch's wording, IndexError).
    case dimensionOutOfRange(dim: Int, ndim: Int)
    /// An operation that is not defined for a dtype (`"leaky_relu_cpu" not implemented for 'Long'`).
    case notImplementedForDType(op: String, dtype: DType)
    /// Two float operands of a fused primitive with different dtypes.
    case dtypeMismatch(op: String, expected: DType, got: DType)
    /// `t()` on a tensor with more than 2 dimensions.
    case transposeDims(Int)
    /// Matrix operands of different dtypes (`linear`).
    case matrixDTypes(a: DType, b: DType)
    /// A probability argument outside [0, 1] (`what` is e.g. "dropout").
    case probability(what: String, value: Double)
    /// A size argument beyond what nn computes with (`limit`).
    case argumentTooLarge(value: Int, limit: Int)
    /// An argument that must be positive (`kernel_size`, `stride`, ...), with its value.
    case nonPositive(name: String, value: Int)
    /// A `reduction` string other than 'none', 'mean', 'sum'.
    case reduction(String)

    // Losses.
    /// A class index outside `0..<classes` (and not the ignore index).
    case targetOutOfBounds(Int64)
    /// Input and target batch sizes that differ.
    case batchSize(input: Int, target: Int)
    /// Class-index targets that are not integers.
    case targetDType(DType)
    /// A 2-D target for a 2-D input (PyTorch's "multi-target not supported").
    case multiTarget
    /// Targets whose shape does not match the input's spatial dimensions.
    case targetShape(expected: [Int], got: [Int])
    /// An input with too few dimensions for a loss (`got` dimensions, `expected` at least).
    case lossInputDims(expected: Int, got: Int)
    /// `binary_cross_entropy` with a target shape different from the input's.
    case targetSize(target: [Int], input: [Int])
    /// `binary_cross_entropy_with_logits` with a target shape different from the input's.
    case logitsTargetSize(target: [Int], input: [Int])
    /// `binary_cross_entropy` input outside [0, 1].
    case probabilityInput
    /// A class-weight vector whose length differs from the number of classes.
    case classWeights(expected: Int, got: Int)

    // Layers.
    /// `linear` with a 0-d input.
    case linearScalar(inputDims: Int, weightDims: Int)
    /// `bmm` given an operand that is not 3-D (`batch1` or `batch2`).
    case batchMatrixDims(argument: String)
    /// `bmm` operands whose batch sizes or inner sizes disagree: batch2 should start `expected`.
    case batchMatrixSizes(expected: [Int], got: [Int])
    /// A convolution input that is neither 3-D nor 4-D.
    case convolutionInputDims(shape: [Int])
    /// A convolution weight that is not 4-D.
    case convolutionWeightDims(shape: [Int])
    /// A negative convolution padding.
    case negativePadding
    /// A convolution whose input channels differ from the weight's.
    case convolutionChannels(groups: Int, weight: [Int], input: [Int], expected: Int, got: Int)
    /// A convolution kernel larger than the padded input.
    case convolutionKernel(paddedInput: [Int], kernel: [Int])
    /// A pooling input that is neither 3-D nor 4-D (or empty).
    case poolingInputDims
    /// Pooling padding larger than half the effective kernel.
    case poolingPadding(padding: Int, kernel: Int, dilation: Int)
    /// A pooling output with a zero or negative size.
    case poolingOutput(input: [Int], output: [Int])
    /// Batch norm in training mode with one value per channel.
    case batchNormSingleValue(shape: [Int])
    /// Batch norm statistics or affine parameters with the wrong number of channels.
    case batchNormChannels(what: String, expected: Int, got: Int)
    /// Batch norm input with the wrong number of dimensions (`expected` as PyTorch says it).
    case batchNormInputDims(expected: String, got: Int)
    /// A PReLU weight count that is neither 1 nor the number of channels.
    case preluWeights(weights: Int, channels: Int)
    /// An embedding weight that is not 2-D.
    case embeddingWeightDims(Int)
    /// An embedding index outside the table.
    case embeddingIndex
    /// A grouped convolution weight whose output channels `groups` does not divide.
    case convolutionWeightGroups(weight: [Int], groups: Int)
}
