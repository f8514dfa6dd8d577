import NNTensor

/// Maximum and minimum: over everything (the gradient is shared evenly among tied maxima, as
/// PyTorch does) or along one dimension with the positions (the gradient goes to the position
/// returned).
extension Variable {
    /// The largest element (`MaxBackward1`).
    public func max() throws -> Variable { try extremum(largest: true) }

    /// The smallest element (`MinBackward1`).
    public func min() throws -> Variable { try extremum(largest: false) }

    /// The largest values along `dim` (`MaxBackward0`) and their positions (int64).
    public func max(dim: Int, keepdim: Bool = false) throws -> (values: Variable, indices: Variable) {
        try extremum(dim: dim, keepdim: keepdim, largest: true)
    }

    /// The smallest values along `dim` (`MinBackward0`) and their positions (int64).
    public func min(dim: Int, keepdim: Bool = false) throws -> (values: Variable, indices: Variable) {
        try extremum(dim: dim, keepdim: keepdim, largest: false)
    }

    /// Position of the largest element (flattened when `dim` is nil); not differentiable.
    public func argmax(dim: Int? = nil, keepdim: Bool = false) throws -> Variable {
        Variable(try data.argmax(axis: dim, keepdims: keepdim))
    }

    /// Position of the smallest element (flattened when `dim` is nil); not differentiable.
    public func argmin(dim: Int? = nil, keepdim: Bool = false) throws -> Variable {
        Variable(try data.argmin(axis: dim, keepdims: keepdim))
    }

    private func extremum(largest: Bool) throws -> Variable {
        let x = data
        let out = largest ? try x.max() : try x.min()
        guard Variable.isRecording(self) else { return Variable(out) }
        return .recorded(out, largest ? "MaxBackward1" : "MinBackward1", [self]) { g in
            let hits = try Tensor.indicator(x.compare(.equal, out), dtype: g.dtype)
            let n = try hits.sum()
            return [try hits.times(g).over(n)]
        }
    }

    private func extremum(dim: Int, keepdim: Bool, largest: Bool) throws -> (values: Variable, indices: Variable) {
        let x = data
        let (values, indices) = largest ? try x.maxWithIndices(axis: dim, keepdims: keepdim)
            : try x.minWithIndices(axis: dim, keepdims: keepdim)
        let idx = Variable(indices)
        guard Variable.isRecording(self) else { return (Variable(values), idx) }
        let axis = try Shape.normalizeAxis(dim, ndim: Swift.max(x.ndim, 1))
        let kept = try Variable.keptShape(x.shape, [dim])
        let v = Variable.recorded(values, largest ? "MaxBackward0" : "MinBackward0", [self]) { g in
            [try Variable.scatterAlong(axis: axis, inputShape: x.shape,
                                       grad: g.reshape(kept), indices: indices.reshape(kept))]
        }
        return (v, idx)
    }

    /// Zeros of `inputShape` with `grad[o, 0, i]` added at position `indices[o, 0, i]` along
    /// `axis` (grad and indices have the input's shape with `axis` of size 1).
    static func scatterAlong(axis: Int, inputShape: [Int], grad: Tensor, indices: Tensor) throws -> Tensor {
        let layout = AxisLayout(shape: inputShape.isEmpty ? [1] : inputShape, axis: inputShape.isEmpty ? 0 : axis)
        let idx = try indices.scalars(as: Int64.self)
        func run<T: RealElement>(_: T.Type) throws -> Tensor {
            try grad.withUnsafeBufferPointer(as: T.self) { pg in
                try Tensor(shape: inputShape, as: T.self) { out in
                    out.initialize(repeating: 0)
                    for o in 0..<layout.outer {
                        for i in 0..<layout.inner {
                            let j = o * layout.inner + i
                            let k = Int(idx[j])
                            if k >= 0 && k < layout.size { out[(o * layout.size + k) * layout.inner + i] += pg[j] }
                        }
                    }
                }
            }
        }
        return try Kernels.float(grad.dtype, op: "scatter_add", { try run(Float.self) }, { try run(Double.self) })
    }
}
