/// The single renderer of `TensorError`: NumPy's or PyTorch's wording, and the exception name.
extension TensorError: CustomStringConvertible {
    /// The NumPy wording (what `print(error)` shows from Swift).
    public var description: String { message(.numpy) }

    /// The name of the Python exception the language raises for this error under `flavor`.
    ///
    /// Shape mismatches are `ShapeError` (LANGUAGE.md); indexing errors `IndexError`; dtype
    /// errors `TypeError` (NumPy) or `RuntimeError`/`NotImplementedError` (PyTorch).
    public func exceptionName(_ flavor: Flavor) -> String {
        switch self {
        case .broadcast, .inPlaceBroadcast, .matmulBatch, .reshape, .viewNotPossible, .expand, .matmul, .matmulScalar, .dotAlignment,
             .concatenateDims, .concatenateSizes, .stackShapes, .assignShape, .indexBroadcast:
            return "ShapeError"
        case .allocationTooLarge:
            return "MemoryError"
        case .axisOutOfRange:
            return flavor == .numpy ? "AxisError" : "IndexError"
        case .indexOutOfRange, .tooManyIndices, .multipleEllipsis, .maskShape, .indexDType:
            return "IndexError"
        case .emptyReduction(_, let axis):
            return flavor == .torch && axis != nil ? "IndexError" : (flavor == .torch ? "RuntimeError" : "ValueError")
        case .unsupportedDType, .booleanSubtract, .booleanNegative:
            return flavor == .numpy ? "TypeError" : "NotImplementedError"
        case .floatingPointRequired:
            return "NotImplementedError"
        case .inPlaceCast:
            return flavor == .numpy ? "TypeError" : "RuntimeError"
        case .elementType, .whereCondition, .matmulDTypes:
            return flavor == .numpy ? "TypeError" : "RuntimeError"
        case .arangeZeroStep:
            return flavor == .numpy ? "ZeroDivisionError" : "RuntimeError"
        case .integerDivisionByZero:
            return flavor == .numpy ? "ZeroDivisionError" : "RuntimeError"
        default:
            return flavor == .numpy ? "ValueError" : "RuntimeError"
        }
    }

    /// The message text, worded as NumPy or PyTorch words it.
    public func message(_ flavor: Flavor) -> String {
        let np = flavor == .numpy
        func s(_ shape: [Int]) -> String { Shape.describe(shape, flavor) }
        switch self {
        case .broadcast(let shapes):
            if np {
                return "operands could not be broadcast together with shapes "
                    + shapes.map { Shape.describe($0, .numpy) }.joined(separator: " ") + " "
            }
            let a = shapes.first ?? [], b = shapes.count > 1 ? shapes[1] : []
            let n = max(a.count, b.count)
            for i in stride(from: n - 1, through: 0, by: -1) {
                let da = i - (n - a.count) >= 0 ? a[i - (n - a.count)] : 1
                let db = i - (n - b.count) >= 0 ? b[i - (n - b.count)] : 1
                if da != db && da != 1 && db != 1 {
                    return "The size of tensor a (\(da)) must match the size of tensor b (\(db)) at non-singleton dimension \(i)"
                }
            }
            return "shapes " + shapes.map { s($0) }.joined(separator: ", ") + " cannot be broadcast together"
        case .reshape(let count, let shape):
            if np { return "cannot reshape array of size \(count) into shape \(numpyRequestedShape(shape))" }
            return "shape '\(s(shape))' is invalid for input of size \(count)"
        case .multipleUnknownDimensions:
            return np ? "can only specify one unknown dimension" : "only one dimension can be inferred"
        case .viewNotPossible:
            return "view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead."
        case .expand(let shape, let target):
            if target.count < shape.count {
                return np ? "input operand has more dimensions than allowed by the axis remapping"
                    : "expand(torch.FloatTensor{\(s(shape))}, size=\(s(target))): the number of sizes provided (\(target.count)) must be greater or equal to the number of dimensions in the tensor (\(shape.count))"
            }
            if np {
                return "operands could not be broadcast together with remapped shapes [original->remapped]: \(s(shape))  and requested shape \(s(target))"
            }
            let lead = target.count - shape.count
            for i in stride(from: shape.count - 1, through: 0, by: -1) where shape[i] != 1 && shape[i] != target[lead + i] {
                return "The expanded size of the tensor (\(target[lead + i])) must match the existing size (\(shape[i])) at non-singleton dimension \(lead + i).  Target sizes: \(s(target)).  Tensor sizes: \(s(shape))"
            }
            return "cannot expand \(s(shape)) to \(s(target))"
        case .negativeDimension(let shape):
            if np { return "negative dimensions are not allowed" }
            let d = shape.first(where: { $0 < 0 }) ?? -1
            return "Trying to create tensor with negative dimension \(d): \(s(shape))"
        case .allocationTooLarge(let shape, let dtype):
            if np { return "Unable to allocate an array with shape \(s(shape)) and data type \(dtype.numpyName)" }
            return "can't allocate memory for a tensor of shape \(s(shape)) and dtype \(dtype.torchName)"
        case .matmul(let a, let b):
            return matmulMessage(a, b, flavor)
        case .matmulScalar(let aDims, let bDims):
            if np {
                let which = aDims == 0 ? 0 : 1
                return "matmul: Input operand \(which) does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)"
            }
            return "both arguments to matmul need to be at least 1D, but they are \(aDims)D and \(bDims)D"
        case .matmulDTypes(let a, let b):
            return "expected m1 and m2 to have the same dtype, but got: \(a.cTypeName) != \(b.cTypeName)"
        case .dotAlignment(let a, let b, let aAxis, let bAxis):
            let ka = aAxis < a.count ? a[aAxis] : 0, kb = bAxis < b.count ? b[bAxis] : 0
            if np { return "shapes \(s(a)) and \(s(b)) not aligned: \(ka) (dim \(aAxis)) != \(kb) (dim \(bAxis))" }
            return "inconsistent tensor size, expected tensor \(s(a)) and src \(s(b)) to have the same number of elements, but got \(ka) and \(kb) elements respectively"
        case .emptyTensorList(let op):
            if np { return op == "stack" ? "need at least one array to stack" : "need at least one array to concatenate" }
            return op == "stack" ? "stack expects a non-empty TensorList" : "torch.cat(): expected a non-empty list of Tensors"
        case .concatenateDims(let index, let first, let dims):
            if np { return "all the input arrays must have same number of dimensions, but the array at index 0 has \(first) dimension(s) and the array at index \(index) has \(dims) dimension(s)" }
            return "Tensors must have same number of dimensions: got \(first) and \(dims)"
        case .concatenateSizes(let axis, let dimension, let index, let expected, let got):
            if np { return "all the input array dimensions except for the concatenation axis must match exactly, but along dimension \(dimension), the array at index 0 has size \(expected) and the array at index \(index) has size \(got)" }
            return "Sizes of tensors must match except in dimension \(axis). Expected size \(expected) but got size \(got) for tensor number \(index) in the list."
        case .stackShapes(let index, let first, let shape):
            if np { return "all input arrays must have the same shape" }
            return "stack expects each tensor to be equal size, but got \(s(first)) at entry 0 and \(s(shape)) at entry \(index)"
        case .inPlaceBroadcast(let target, let shape):
            guard let b = try? Shape.broadcast(target, shape) else {
                return TensorError.broadcast(shapes: [target, shape]).message(flavor)
            }
            if np { return "non-broadcastable output operand with shape \(s(target)) doesn't match the broadcast shape \(s(b))" }
            return "output with shape \(s(target)) doesn't match the broadcast shape \(s(b))"
        case .unequalSplit(let size, let sections):
            if np { return "array split does not result in an equal division" }
            return "cannot split a dimension of size \(size) into \(sections) equal sections"
        case .squeezeSize:
            return "cannot select an axis to squeeze out which has size not equal to one"
        case .axisOutOfRange(let axis, let ndim):
            if np { return "axis \(axis) is out of bounds for array of dimension \(ndim)" }
            let n = max(ndim, 1)
            return "Dimension out of range (expected to be in range of [\(-n), \(n - 1)], but got \(axis))"
        case .repeatedAxis(let axis):
            return np ? "duplicate value in 'axis'" : "dim \(axis) appears multiple times in the list of dims"
        case .permutationRepeated:
            return np ? "repeated axis in transpose" : "permute(): duplicate dims are not allowed."
        case .flattenOrder:
            return np ? "flatten() has invalid args: start_dim cannot come after end_dim"
                : "flatten() has invalid args: start_dim cannot come after end_dim"
        case .matmulBatch(let a, let b):
            let ba = Array(a.dropLast(a.count >= 2 ? 2 : 1)), bb = Array(b.dropLast(b.count >= 2 ? 2 : 1))
            if np {
                let m = a.count >= 2 ? a[a.count - 2] : 1, n = b.last ?? 1
                func remap(_ shape: [Int]) -> String {
                    let core = shape.count >= 2 ? 2 : 1
                    let parts = shape.dropLast(core).map(String.init) + [String](repeating: "newaxis", count: core)
                    return "\(s(shape))->(" + parts.joined(separator: ",") + ")"
                }
                return "operands could not be broadcast together with remapped shapes [original->remapped]: \(remap(a)) \(remap(b))  and requested shape (\(m),\(n))"
            }
            return TensorError.broadcast(shapes: [ba, bb]).message(.torch)
        case .permutationLength(let ndim, let given):
            if np { return "axes don't match array" }
            return "permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = \(ndim) is not equal to len(dims) = \(given)"
        case .indexOutOfRange(let index, let axis, let size):
            return "index \(index) is out of bounds for \(np ? "axis" : "dimension") \(axis) with size \(size)"
        case .tooManyIndices(let ndim, let given):
            if np { return "too many indices for array: array is \(ndim)-dimensional, but \(given) were indexed" }
            return "too many indices for tensor of dimension \(ndim)"
        case .multipleEllipsis:
            return "an index can only have a single ellipsis ('...')"
        case .sliceStepZero:
            return "slice step cannot be zero"
        case .negativeSliceStep:
            return "step must be greater than zero"
        case .maskShape(let mask, let indexed, let position, let axis):
            if np {
                let ms = position < mask.count ? mask[position] : 0
                let ts = axis < indexed.count ? indexed[axis] : 0
                return "boolean index did not match indexed array along axis \(axis); size of axis is \(ts) but size of corresponding boolean axis is \(ms)"
            }
            return "The shape of the mask \(s(mask)) at index \(position) does not match the shape of the indexed tensor \(s(indexed)) at index \(axis)"
        case .indexDType:
            return np ? "arrays used as indices must be of integer (or boolean) type"
                : "tensors used as indices must be long, int, byte or bool tensors"
        case .indexBroadcast(let shapes):
            if np { return "shape mismatch: indexing arrays could not be broadcast together with shapes " + shapes.map { s($0) }.joined(separator: " ") + " " }
            return "shape mismatch: indexing tensors could not be broadcast together with shapes " + shapes.map { s($0) }.joined(separator: ", ")
        case .assignShape(let value, let target, let advanced):
            if advanced {
                return np ? "shape mismatch: value array of shape \(s(value)) could not be broadcast to indexing result of shape \(s(target))"
                    : "shape mismatch: value tensor of shape \(s(value)) cannot be broadcast to indexing result of shape \(s(target))"
            }
            if np { return "could not broadcast input array from shape \(s(value)) into shape \(s(target))" }
            return TensorError.expand(shape: value, target: target).message(.torch)
        case .itemCount(let count):
            return np ? "can only convert an array of size 1 to a Python scalar"
                : "a Tensor with \(count) elements cannot be converted to Scalar"
        case .unsupportedDType(let op, let dtype):
            if np && op == "sign" {
                return "ufunc 'sign' did not contain a loop with signature matching types <class 'numpy.dtypes.\(dtype.numpyDTypeClass)'> -> None"
            }
            if np { return "ufunc '\(op)' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''" }
            if op == "relu" { return "Boolean inputs not supported for relu" }
            return "\"\(TensorError.torchKernelName(op))\" not implemented for '\(dtype.torchScalarTypeName)'"
        case .booleanSubtract(let both):
            if np { return "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead." }
            return both ? "Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead."
                : "Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead."
        case .integerDivisionByZero:
            return np ? "integer division by zero" : "ZeroDivisionError"
        case .booleanNegative:
            return np ? "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead."
                : "Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead."
        case .inPlaceCast(let op, let from, let to):
            if np { return "Cannot cast ufunc '\(op)' output from dtype('\(from.numpyName)') to dtype('\(to.numpyName)') with casting rule 'same_kind'" }
            return "result type \(from.torchScalarTypeName) can't be cast to the desired output type \(to.torchScalarTypeName)"
        case .negativeIntegerPower:
            return "Integers to negative integer powers are not allowed."
        case .floatingPointRequired(let op, let dtype):
            if op == "var" || op == "std" { return "std and var only support floating point and complex dtypes" }
            return "\(op)(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: \(dtype.torchScalarTypeName)"
        case .whereCondition(let dtype):
            return "where expected condition to be a boolean tensor, but got a tensor with dtype \(dtype.torchScalarTypeName)"
        case .elementType(let expected, let actual):
            return "expected a tensor of dtype \(expected.numpyName), got \(actual.numpyName)"
        case .notContiguous(let op):
            return "\(op) needs a contiguous tensor; call contiguous() first"
        case .emptyReduction(let op, let axis):
            if np {
                if op == "argmax" || op == "argmin" { return "attempt to get \(op) of an empty sequence" }
                let name = op == "max" ? "maximum" : op == "min" ? "minimum" : op
                return "zero-size array to reduction operation \(name) which has no identity"
            }
            if let axis { return "\(op)(): Expected reduction dim \(axis) to have non-zero size." }
            if op == "argmax" || op == "argmin" { return "\(op)(): Expected reduction dim to be specified for input.numel() == 0." }
            return "\(op)(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument."
        case .ragged(let shape, let depth, let expected, let got):
            if np {
                return "setting an array element with a sequence. The requested array has an inhomogeneous shape after \(depth) dimensions. The detected shape was \(s(Array(shape.prefix(depth)))) + inhomogeneous part."
            }
            if let got { return "expected sequence of length \(expected) at dim \(depth) (got \(got))" }
            if depth >= shape.count { return "'list' object cannot be interpreted as an integer" }
            return "Could not infer dtype of a list mixing numbers and lists at dim \(depth)"
        case .arangeZeroStep:
            return np ? "division by zero" : "step must be nonzero"
        case .arangeDirection:
            return "upper bound and lower bound inconsistent with step sign"
        case .linspaceCount(let n):
            return np ? "Number of samples, \(n), must be non-negative." : "number of steps must be non-negative"
        case .randintRange(let low, let high):
            return np ? "low >= high" : "random_ expects 'from' to be less than 'to', but got from=\(low) >= to=\(high)"
        case .choiceEmpty:
            return "a must be greater than 0 unless no samples are taken"
        case .choiceTooMany:
            return "Cannot take a larger sample than population when 'replace=False'"
        case .choiceProbabilitiesSize:
            return "'a' and 'p' must have same size"
        case .choiceProbabilitiesSum:
            return "probabilities do not sum to 1"
        case .probabilityRange(let p):
            return np ? "p < 0, p > 1 or p is NaN" : "dropout probability has to be between 0 and 1, but got \(p)"
        case .distributionParameter(let name, let value):
            return np ? "\(name) < 0" : "\(name) must be non-negative and finite, but got \(value)"
        }
    }

    /// The name of PyTorch's CPU kernel for a NumPy ufunc name, as its messages quote it.
    static func torchKernelName(_ ufunc: String) -> String {
        switch ufunc {
        case "floor_divide": return "div_floor_cpu"
        case "invert": return "bitwise_not_cpu"
        case "power": return "pow"
        case "left_shift": return "lshift_cpu"
        case "right_shift": return "rshift_cpu"
        case "round", "floor", "ceil", "trunc": return ufunc + "_vml_cpu"
        default: return ufunc + "_cpu"
        }
    }

    /// NumPy's spelling of a requested reshape target: leading -1s dropped, others "newaxis".
    private func numpyRequestedShape(_ shape: [Int]) -> String {
        var dims = shape[...]
        var dropped = false
        while let f = dims.first, f == -1 { dims = dims.dropFirst(); dropped = true }
        let parts = dims.map { $0 == -1 ? "newaxis" : String($0) }
        if parts.count == 1 && !dropped { return "(\(parts[0]),)" }
        return "(" + parts.joined(separator: ",") + ")"
    }

    /// Matrix-product shape messages, which depend on the operands' ranks.
    private func matmulMessage(_ a: [Int], _ b: [Int], _ flavor: Flavor) -> String {
        let ka = a.last ?? 0
        let kb = b.count == 1 ? b[0] : (b.count >= 2 ? b[b.count - 2] : 0)
        if flavor == .numpy {
            return "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size \(kb) is different from \(ka))"
        }
        func x(_ s: [Int]) -> String { s.map(String.init).joined(separator: "x") }
        switch (a.count, b.count) {
        case (1, 1):
            return "inconsistent tensor size, expected tensor [\(ka)] and src [\(kb)] to have the same number of elements, but got \(ka) and \(kb) elements respectively"
        case (2, 1):
            return "size mismatch, got input (\(a[0])), mat (\(x(a))), vec (\(kb))"
        case (1, 2):
            // PyTorch 2.x prefixes "mm: "; nn's messages follow LANGUAGE.md without it.
            return "mat1 and mat2 shapes cannot be multiplied (1x\(ka) and \(x(b)))"
        case (2, 2):
            return "mat1 and mat2 shapes cannot be multiplied (\(x(a)) and \(x(b)))"
        default:
            let batch = a.count >= 2 ? a[0..<(a.count - 2)].reduce(1, &*) : 1
            return "Expected size for first two dimensions of batch2 tensor to be: [\(batch), \(ka)] but got: [\(batch), \(kb)]."
        }
    }
}

extension DType {
    /// NumPy's dtype class name: `Float32DType`, `Int64DType`, `BoolDType`, ...
    var numpyDTypeClass: String {
        switch self {
        case .bool: return "BoolDType"
        case .int64: return "Int64DType"
        case .float32: return "Float32DType"
        case .float64: return "Float64DType"
        }
    }

    /// The C type name PyTorch prints in some messages: `float`, `double`, `long int`, `bool`.
    var cTypeName: String {
        switch self {
        case .bool: return "bool"
        case .int64: return "long int"
        case .float32: return "float"
        case .float64: return "double"
        }
    }
}
