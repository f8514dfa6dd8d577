/// Reordering dimensions and broadcasting views: permute, transpose, T, expand, flip.
extension Tensor {
    /// Dimensions reordered so that result dimension `i` is `self`'s dimension `axes[i]`.
    /// A view.
    public func permute(_ axes: [Int]) throws -> Tensor {
        if axes.count != ndim { throw TensorError.permutationLength(ndim: ndim, given: axes.count) }
        let p: [Int]
        do { p = try Shape.normalizeAxes(axes, ndim: ndim) } catch TensorError.repeatedAxis {
            throw TensorError.permutationRepeated
        }
        return Tensor(storage: storage, shape: p.map { shape[$0] }, strides: p.map { strides[$0] },
                      offset: offset, dtype: dtype)
    }

    /// Dimensions `a` and `b` swapped (PyTorch `transpose`, NumPy `swapaxes`). A view.
    public func transpose(_ a: Int, _ b: Int) throws -> Tensor {
        let x = try Shape.normalizeAxis(a, ndim: ndim), y = try Shape.normalizeAxis(b, ndim: ndim)
        var s = shape, st = strides
        s.swapAt(x, y)
        st.swapAt(x, y)
        return Tensor(storage: storage, shape: s, strides: st, offset: offset, dtype: dtype)
    }

    /// All dimensions reversed (NumPy `.T`; PyTorch `.T` on a matrix). A view.
    public var T: Tensor {
        if ndim < 2 { return self }
        return Tensor(storage: storage, shape: shape.reversed(), strides: strides.reversed(),
                      offset: offset, dtype: dtype)
    }

    /// A view with `shape`, repeating size-1 and missing leading dimensions with stride 0
    /// (NumPy `broadcast_to`; PyTorch `expand`, where -1 keeps a dimension's size).
    public func expand(to target: [Int]) throws -> Tensor {
        if target.count < ndim { throw TensorError.expand(shape: shape, target: target) }
        let lead = target.count - ndim
        var resolved = target
        var st = [Int](repeating: 0, count: target.count)
        for i in 0..<target.count {
            if i < lead {
                if target[i] < 0 { throw TensorError.expand(shape: shape, target: target) }
                continue
            }
            let d = shape[i - lead]
            if target[i] == -1 { resolved[i] = d }
            if resolved[i] == d { st[i] = strides[i - lead] }
            else if d != 1 || resolved[i] < 0 { throw TensorError.expand(shape: shape, target: target) }
        }
        _ = try Shape.checkedCount(resolved)
        return Tensor(storage: storage, shape: resolved, strides: st, offset: offset, dtype: dtype)
    }

    /// A view with the order of elements reversed along `axes` (all axes when nil).
    public func flip(axes: [Int]? = nil) throws -> Tensor {
        let list = try axes.map { try Shape.normalizeAxes($0, ndim: ndim) } ?? Array(0..<ndim)
        var st = strides
        var off = offset
        for a in list where shape[a] > 0 {
            off &+= (shape[a] &- 1) &* strides[a]
            st[a] = 0 &- strides[a]
        }
        return Tensor(storage: storage, shape: shape, strides: st, offset: off, dtype: dtype)
    }

    /// `self` and `other` broadcast to their common shape (views).
    public static func broadcastTensors(_ a: Tensor, _ b: Tensor) throws -> (Tensor, Tensor) {
        let s = try Shape.broadcast(a.shape, b.shape)
        return (try a.expand(to: s), try b.expand(to: s))
    }
}
