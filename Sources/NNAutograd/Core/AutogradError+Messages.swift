import NNTensor

/// `torch.Size([2, 3])`: how PyTorch spells a shape inside messages.
public func torchSizeText(_ shape: [Int]) -> String {
    "torch.Size([" + shape.map(String.init).joined(separator: ", ") + "])"
}

/// The single renderer of `AutogradError`.
extension AutogradError: CustomStringConvertible {
    public var description: String { message }

    /// The Python exception the language raises for this error.
    public var exceptionName: String {
        switch self {
        case .dimensionOutOfRange, .targetOutOfBounds, .embeddingIndex:
            return "IndexError"
        case .gradientShape, .batchSize, .targetSize, .logitsTargetSize, .linearScalar, .batchMatrixDims, .batchMatrixSizes,
             .convolutionChannels, .convolutionKernel, .convolutionInputDims, .convolutionWeightDims, .convolutionWeightGroups, .poolingOutput,
             .batchNormChannels, .classWeights, .targetShape, .preluWeights:
            return "ShapeError"
        case .probability, .nonPositive, .reduction, .argumentTooLarge, .lossInputDims, .batchNormSingleValue,
             .batchNormInputDims:
            return "ValueError"
        case .notImplementedForDType:
            return "NotImplementedError"
        default:
            return "RuntimeError"
        }
    }

    /// The message, worded as PyTorch words it.
    public var message: String {
        switch self {
        case .implicitGradientOfNonScalar:
            return "grad can be implicitly created only for scalar outputs"
        case .doesNotRequireGrad:
            return "element 0 of tensors does not require grad and does not have a grad_fn"
        case .graphFreed:
            return "Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward."
        case .gradientShape(let gradient, let output):
            return "Mismatch in shape: grad_output[0] has a shape of \(torchSizeText(gradient)) and output[0] has a shape of \(torchSizeText(output))."
        case .requiresGradDType:
            return "only Tensors of floating point dtype can require gradients"
        case .requiresGradOnNonLeaf:
            return "you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach()."
        case .inPlaceOnLeaf:
            return "a leaf Variable that requires grad is being used in an in-place operation."
        case .retainGradWithoutRequiresGrad:
            return "can't retain_grad on Tensor that has requires_grad=False"
        case .numpyOfRequiresGrad:
            return "Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead."
        case .invalidGradient(let function, let index, let got, let expected):
            return "Function \(function) returned an invalid gradient at index \(index) - got \(Shape.describe(got, .torch)) but expected shape compatible with \(Shape.describe(expected, .torch))"
        case .dimensionOutOfRange(let dim, let ndim):
            let n = Swift.max(ndim, 1)
            return "Dimension out of range (expected to be in range of [\(-n), \(n - 1)], but got \(dim))"
        case .notImplementedForDType(let op, let dtype):
            return "\"\(op)\" not implemented for '\(dtype.torchScalarTypeName)'"
        case .dtypeMismatch(let op, let expected, let got):
            return "\(op): expected both inputs to have the same dtype, but got \(expected.torchScalarTypeName) and \(got.torchScalarTypeName)"
        case .transposeDims(let n):
            return "t() expects a tensor with <= 2 dimensions, but self is \(n)D"
        case .matrixDTypes(let a, let b):
            return "mat1 and mat2 must have the same dtype, but got \(a.torchScalarTypeName) and \(b.torchScalarTypeName)"
        case .probability(let what, let value):
            return "\(what) probability has to be between 0 and 1, but got \(PythonFloatFormat.repr(value))"
        case .nonPositive(let name, let value):
            return "\(name) must be greater than zero, but got \(value)"
        case .argumentTooLarge(let value, let limit):
            return "argument \(value) is too large (at most \(limit))"
        case .reduction(let r):
            return "\(r) is not a valid value for reduction"
        case .targetOutOfBounds(let t):
            return "Target \(t) is out of bounds."
        case .batchSize(let input, let target):
            return "Expected input batch_size (\(input)) to match target batch_size (\(target))."
        case .targetDType(let dtype):
            return "expected target dtype to be Long or Byte, but got \(dtype.torchScalarTypeName)"
        case .multiTarget:
            return "0D or 1D target tensor expected, multi-target not supported"
        case .targetShape(let expected, let got):
            return "size mismatch (got input: \(Shape.describe(expected, .torch)), target: \(Shape.describe(got, .torch)))"
        case .lossInputDims(let expected, let got):
            return "Expected \(expected) or more dimensions (got \(got))"
        case .targetSize(let target, let input):
            return "Using a target size (\(torchSizeText(target))) that is different to the input size (\(torchSizeText(input))) is deprecated. Please ensure they have the same size."
        case .logitsTargetSize(let target, let input):
            return "Target size (\(torchSizeText(target))) must be the same as input size (\(torchSizeText(input)))"
        case .probabilityInput:
            return "all elements of input should be between 0 and 1"
        case .classWeights(let expected, let got):
            return "weight tensor should be defined either for all \(expected) classes or no classes but got weight tensor of shape: [\(got)]"
        case .batchMatrixDims(let argument):
            return "\(argument) must be a 3D tensor"
        case .batchMatrixSizes(let expected, let got):
            return "Expected size for first two dimensions of batch2 tensor to be: \(expected) but got: \(got)."
        case .linearScalar(let inputDims, let weightDims):
            return "both arguments to linear need to be at least 1D, but they are \(inputDims)D and \(weightDims)D"
        case .convolutionInputDims(let shape):
            return "Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: \(Shape.describe(shape, .torch))"
        case .convolutionWeightDims(let shape):
            return "weight should have at least three dimensions, but got weight of size \(Shape.describe(shape, .torch))"
        case .negativePadding:
            return "negative padding is not supported"
        case .convolutionChannels(let groups, let weight, let input, let expected, let got):
            return "Given groups=\(groups), weight of size \(Shape.describe(weight, .torch)), expected input\(Shape.describe(input, .torch)) to have \(expected) channels, but got \(got) channels instead"
        case .convolutionKernel(let padded, let kernel):
            return "Calculated padded input size per channel: (\(padded.map(String.init).joined(separator: " x "))). Kernel size: (\(kernel.map(String.init).joined(separator: " x "))). Kernel size can't be greater than actual input size"
        case .poolingInputDims:
            return "non-empty 3D or 4D (batch mode) tensor expected for input"
        case .poolingPadding(let padding, let kernel, let dilation):
            return "pad should be at most half of effective kernel size, but got pad=\(padding), kernel_size=\(kernel) and dilation=\(dilation)"
        case .poolingOutput(let input, let output):
            return "Given input size: (\(input.map(String.init).joined(separator: "x"))). Calculated output size: (\(output.map(String.init).joined(separator: "x"))). Output size is too small"
        case .batchNormSingleValue(let shape):
            return "Expected more than 1 value per channel when training, got input size \(torchSizeText(shape))"
        case .batchNormChannels(let what, let expected, let got):
            return "\(what) should contain \(got) elements not \(expected)"
        case .batchNormInputDims(let expected, let got):
            return "expected \(expected) input (got \(got)D input)"
        case .preluWeights(let weights, let channels):
            return "Mismatch of parameter numbers and input channel size. Found parameter numbers = \(weights) and channel size = \(channels)."
        case .embeddingWeightDims(let n):
            return "'weight' must be 2-D, but got \(n)-D"
        case .embeddingIndex:
            return "index out of range in self"
        case .convolutionWeightGroups(let weight, let groups):
            return "Given groups=\(groups), expected weight to be divisible by \(groups) at dimension 0, but got weight of size \(Shape.describe(weight, .torch)) instead"
        }
    }
}
