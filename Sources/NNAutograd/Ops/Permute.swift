import NNTensor

/// Reordering dimensions (views), copies and dtype conversion.
extension Variable {
    /// Dimensions `dim0` and `dim1` swapped (`TransposeBackward0`).
    public func transpose(_ dim0: Int, _ dim1: Int) throws -> Variable {
        let out = try data.transpose(dim0, dim1)
        guard Variable.isRecording(self) else { return Variable(out) }
        return .recorded(out, "TransposeBackward0", [self], saves: false) { g in [try g.transpose(dim0, dim1)] }
    }

    /// `t()`: the transpose of a matrix (vectors and scalars unchanged; `TBackward0`).
    public func t() throws -> Variable {
        if ndim > 2 { throw AutogradError.transposeDims(ndim) }
        let out = data.T
        guard Variable.isRecording(self) else { return Variable(out) }
        return .recorded(out, "TBackward0", [self], saves: false) { g in [g.T] }
    }

    /// Dimensions reordered: result dimension `i` is dimension `dims[i]` (`PermuteBackward0`).
    public func permute(_ dims: [Int]) throws -> Variable {
        let out = try data.permute(dims)
        guard Variable.isRecording(self) else { return Variable(out) }
        var inverse = [Int](repeating: 0, count: dims.count)
        for (i, d) in dims.enumerated() { inverse[d < 0 ? d + dims.count : d] = i }
        return .recorded(out, "PermuteBackward0", [self], saves: false) { g in [try g.permute(inverse)] }
    }

    /// `.T`: all dimensions reversed (`PermuteBackward0`).
    public var T: Variable {
        get throws { ndim < 2 ? self : try permute(Array((0..<ndim).reversed())) }
    }

    /// A copy sharing nothing (`CloneBackward0`).
    public func clone() throws -> Variable {
        let out = try data.copy()
        guard Variable.isRecording(self) else { return Variable(out) }
        return .recorded(out, "CloneBackward0", [self], saves: false) { g in [g] }
    }

    /// `self` when its layout is contiguous, else a contiguous copy (`CloneBackward0`).
    public func contiguous() throws -> Variable {
        data.isContiguous ? self : try clone()
    }

    /// The values in `dtype` (`self` when it already has it; `ToCopyBackward0` otherwise).
    /// Gradients flow only between floating-point dtypes.
    public func to(_ dtype: DType) throws -> Variable {
        if dtype == self.dtype { return self }
        let out = try data.astype(dtype)
        guard dtype.isFloatingPoint, Variable.isRecording(self) else { return Variable(out) }
        return .recorded(out, "ToCopyBackward0", [self], saves: false) { g in [g] }
    }
}
