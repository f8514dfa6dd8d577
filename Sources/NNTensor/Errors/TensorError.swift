/// Everything that can go wrong in a tensor operation, with the data a message needs.
///
/// One renderer (`message(_:)`, in TensorError+Messages.swift) turns a case into NumPy's or
/// PyTorch's wording; `exceptionName(_:)` names the Python exception the language raises.
/// No tensor operation traps on bad input: every misuse becomes one of these cases.
public enum TensorError: Error, Equatable, Sendable {
    // Shapes.
    /// Shapes that do not broadcast together.
    case broadcast(shapes: [[Int]])
    /// `reshape`/`view` to a shape whose size differs (`shape` as requested, -1 included).
    case reshape(count: Int, shape: [Int])
    /// More than one -1 in a requested shape.
    case multipleUnknownDimensions
    /// `view` on a layout that cannot be viewed with the requested shape without a copy.
    case viewNotPossible(shape: [Int], target: [Int])
    /// `expand`/`broadcast_to` to a shape the tensor cannot be broadcast to.
    case expand(shape: [Int], target: [Int])
    /// A negative size in a requested shape.
    case negativeDimension(shape: [Int])
    /// A tensor too large to allocate (element count overflow or beyond physical memory).
    case allocationTooLarge(shape: [Int], dtype: DType)
    /// Matrix product operands whose inner dimensions differ (shapes as given).
    case matmul(a: [Int], b: [Int])
    /// `matmul` with a 0-d operand.
    case matmulScalar(aDims: Int, bDims: Int)
    /// `matmul` with operands of different dtypes (PyTorch refuses to promote).
    case matmulDTypes(a: DType, b: DType)
    /// NumPy `dot` operands whose summed dimensions differ.
    case dotAlignment(a: [Int], b: [Int], aAxis: Int, bAxis: Int)
    /// `concatenate`/`stack` of an empty list; `op` is "concatenate" or "stack".
    case emptyTensorList(op: String)
    /// Operands of `concatenate` with different numbers of dimensions.
    case concatenateDims(index: Int, firstDims: Int, dims: Int)
    /// Operands of `concatenate` whose sizes differ at `dimension`, off the concatenation `axis`.
    case concatenateSizes(axis: Int, dimension: Int, index: Int, expected: Int, got: Int)
    /// Operands of `stack` with different shapes.
    case stackShapes(index: Int, first: [Int], shape: [Int])
    /// An in-place operation whose other operand would grow the target's shape.
    case inPlaceBroadcast(target: [Int], shape: [Int])
    /// `split` into sections that do not divide the axis.
    case unequalSplit(size: Int, sections: Int)
    /// `squeeze` of an axis whose size is not one.
    case squeezeSize(axis: Int, size: Int)

    // Axes.
    /// An axis out of range for a tensor with `ndim` dimensions.
    case axisOutOfRange(axis: Int, ndim: Int)
    /// The same axis given twice.
    case repeatedAxis(axis: Int)
    /// A permutation naming an axis twice.
    case permutationRepeated
    /// `flatten` with `start` after `end`.
    case flattenOrder
    /// Batched `matmul` operands whose batch dimensions do not broadcast (full shapes).
    case matmulBatch(a: [Int], b: [Int])
    /// A permutation whose length differs from the number of dimensions.
    case permutationLength(ndim: Int, given: Int)

    // Indexing.
    /// An index outside `-size..<size`.
    case indexOutOfRange(index: Int, axis: Int, size: Int)
    /// More indices than dimensions.
    case tooManyIndices(ndim: Int, given: Int)
    /// Two or more `...` in one index.
    case multipleEllipsis
    /// A slice with step 0.
    case sliceStepZero
    /// A slice with a negative step (PyTorch only allows positive steps).
    case negativeSliceStep
    /// A boolean mask whose size at `position` differs from the indexed tensor's (shape
    /// `indexed`) size at `axis`.
    case maskShape(mask: [Int], indexed: [Int], position: Int, axis: Int)
    /// An index array that is neither integer nor boolean.
    case indexDType(DType)
    /// Integer index arrays whose shapes do not broadcast together.
    case indexBroadcast(shapes: [[Int]])
    /// A value that does not broadcast to the indexed region (`advanced`: through an
    /// integer-array or mask index).
    case assignShape(value: [Int], target: [Int], advanced: Bool)
    /// `item()` on a tensor that does not have exactly one element.
    case itemCount(count: Int)

    // Dtypes and values.
    /// An operation that is not defined for a dtype (e.g. `&` on floats); `op` is the NumPy
    /// ufunc name such as "bitwise_and".
    case unsupportedDType(op: String, dtype: DType)
    /// `-` with bool operands: NumPy refuses two bools (`both`); PyTorch refuses any bool.
    case booleanSubtract(both: Bool)
    /// Integer `//` or `%` by zero (PyTorch raises; NumPy gives 0).
    case integerDivisionByZero
    /// Unary `-` on a bool tensor.
    case booleanNegative
    /// An in-place operation whose result dtype cannot be stored in the target's dtype.
    case inPlaceCast(op: String, from: DType, to: DType)
    /// Integer raised to a negative integer power (NumPy).
    case negativeIntegerPower
    /// An operation that needs floating-point input (PyTorch `mean` of integers).
    case floatingPointRequired(op: String, dtype: DType)
    /// `where` with a non-bool condition (PyTorch).
    case whereCondition(dtype: DType)
    /// Raw buffer access with the wrong element type.
    case elementType(expected: DType, actual: DType)
    /// An operation that needs a contiguous tensor got a strided one.
    case notContiguous(op: String)
    /// A reduction with no identity over zero elements; `op` is the PyTorch name ("max").
    case emptyReduction(op: String, axis: Int?)

    // Creation and random.
    /// Nested lists that are not rectangular: the shape found so far, the depth at which the
    /// lengths differ, the expected and the actual length (nil when a list meets a scalar).
    case ragged(shape: [Int], depth: Int, expected: Int, got: Int?)
    /// `arange` with step 0.
    case arangeZeroStep
    /// `arange` whose step points away from `stop` (PyTorch).
    case arangeDirection(start: Double, stop: Double, step: Double)
    /// `linspace` with a negative number of samples.
    case linspaceCount(Int)
    /// `randint` with `low >= high`.
    case randintRange(low: Int64, high: Int64)
    /// `choice` from an empty population with a nonzero sample size.
    case choiceEmpty
    /// `choice` without replacement of more items than the population holds.
    case choiceTooMany(population: Int, size: Int)
    /// `choice` probabilities that do not match the population size.
    case choiceProbabilitiesSize(population: Int, given: Int)
    /// `choice` probabilities that are negative or do not sum to 1.
    case choiceProbabilitiesSum
    /// A probability outside [0, 1] (`bernoulli`, dropout masks).
    case probabilityRange(Double)
    /// A standard deviation or range bound that is negative or not finite.
    case distributionParameter(name: String, value: Double)
}
