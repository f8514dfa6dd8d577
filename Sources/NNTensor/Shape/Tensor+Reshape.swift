/// Reshaping: reshape, view, flatten, squeeze, unsqueeze.
extension Tensor {
    /// Resolves a requested shape with at most one -1 against `count` elements.
    static func resolveShape(_ requested: [Int], count: Int) throws -> [Int] {
        var unknown: Int? = nil
        var known = 1
        for (i, d) in requested.enumerated() {
            if d == -1 {
                if unknown != nil { throw TensorError.multipleUnknownDimensions }
                unknown = i
            } else if d < 0 {
                throw TensorError.negativeDimension(shape: requested)
            } else {
                let (p, o) = known.multipliedReportingOverflow(by: d)
                if o { throw TensorError.reshape(count: count, shape: requested) }
                known = p
            }
        }
        var out = requested
        if let u = unknown {
            if known == 0 || count % known != 0 { throw TensorError.reshape(count: count, shape: requested) }
            out[u] = count / known
        } else if known != count {
            throw TensorError.reshape(count: count, shape: requested)
        }
        return out
    }

    /// Strides that view `self`'s elements with `newShape` (same count) without copying, or nil
    /// when a dimension would span two non-contiguous chunks (PyTorch's `computeStride`).
    func viewStrides(for newShape: [Int]) -> [Int]? {
        if isContiguous || count == 0 { return Shape.contiguousStrides(newShape) }
        var newStrides = [Int](repeating: 0, count: newShape.count)
        var viewD = newShape.count - 1
        var chunkBase = strides[strides.count - 1]
        var tensorNumel = 1, viewNumel = 1
        var d = shape.count - 1
        while d >= 0 {
            tensorNumel &*= shape[d]
            if d == 0 || (shape[d - 1] != 1 && strides[d - 1] != tensorNumel &* chunkBase) {
                while viewD >= 0 && (viewNumel < tensorNumel || newShape[viewD] == 1) {
                    newStrides[viewD] = viewNumel &* chunkBase
                    viewNumel &*= newShape[viewD]
                    viewD -= 1
                }
                if viewNumel != tensorNumel { return nil }
                if d > 0 {
                    chunkBase = strides[d - 1]
                    tensorNumel = 1
                    viewNumel = 1
                }
            }
            d -= 1
        }
        return viewD == -1 ? newStrides : nil
    }

    /// The same elements with another shape (one entry may be -1). A view when the layout
    /// allows, else a contiguous copy.
    public func reshape(_ newShape: [Int]) throws -> Tensor {
        let target = try Tensor.resolveShape(newShape, count: count)
        if target == shape { return self }
        if let st = viewStrides(for: target) {
            return Tensor(storage: storage, shape: target, strides: st, offset: offset, dtype: dtype)
        }
        let c = try copy()
        return Tensor(storage: c.storage, shape: target, strides: Shape.contiguousStrides(target),
                      offset: 0, dtype: dtype, count: count, isContiguous: true)
    }

    /// Like `reshape`, but always a view: throws `viewNotPossible` when the layout does not
    /// allow it (PyTorch `view`).
    public func view(_ newShape: [Int]) throws -> Tensor {
        let target = try Tensor.resolveShape(newShape, count: count)
        guard let st = viewStrides(for: target) else {
            throw TensorError.viewNotPossible(shape: shape, target: target)
        }
        return Tensor(storage: storage, shape: target, strides: st, offset: offset, dtype: dtype)
    }

    /// Dimensions `start...end` merged into one (PyTorch `flatten`; defaults flatten all).
    public func flatten(start: Int = 0, end: Int = -1) throws -> Tensor {
        if ndim == 0 { return try reshape([1]) }
        let s = try Shape.normalizeAxis(start, ndim: ndim), e = try Shape.normalizeAxis(end, ndim: ndim)
        if s > e { throw TensorError.flattenOrder }
        var merged = 1
        for d in s...e { merged &*= shape[d] }
        return try reshape(Array(shape[..<s]) + [merged] + Array(shape[(e + 1)...]))
    }

    /// Removes size-1 dimensions: all of them, or those in `axes`. NumPy refuses to squeeze
    /// an axis whose size is not 1; PyTorch leaves it. Always a view.
    public func squeeze(axes: [Int]? = nil, flavor: Flavor) throws -> Tensor {
        var keep = [Bool](repeating: true, count: ndim)
        if let axes {
            for a in try Shape.normalizeAxes(axes, ndim: ndim) {
                if shape[a] == 1 { keep[a] = false }
                else if flavor == .numpy { throw TensorError.squeezeSize(axis: a, size: shape[a]) }
            }
        } else {
            for d in 0..<ndim where shape[d] == 1 { keep[d] = false }
        }
        var s: [Int] = [], st: [Int] = []
        for d in 0..<ndim where keep[d] { s.append(shape[d]); st.append(strides[d]) }
        return Tensor(storage: storage, shape: s, strides: st, offset: offset, dtype: dtype,
                      count: count, isContiguous: isContiguous)
    }

    /// Inserts a size-1 dimension at `axis` (in `-ndim-1...ndim`). A view.
    public func unsqueeze(_ axis: Int) throws -> Tensor {
        let a = try Shape.normalizeAxis(axis, ndim: ndim + 1)
        var s = shape, st = strides
        let stride = a < ndim ? strides[a] &* shape[a] : 1
        s.insert(1, at: a)
        st.insert(stride, at: a)
        return Tensor(storage: storage, shape: s, strides: st, offset: offset, dtype: dtype,
                      count: count, isContiguous: isContiguous)
    }
}
