/// Index-returning reductions (argmax, argmin, max/min with indices) and scans (cumsum).
extension Tensor {
    /// Moves `axis` last, returning the view and the shape of the remaining dimensions.
    private func axisLast(_ axis: Int) throws -> (Tensor, Int) {
        let a = try Shape.normalizeAxis(axis, ndim: ndim)
        var order = Array(0..<ndim)
        order.remove(at: a)
        order.append(a)
        return (try permute(order), a)
    }

    /// Values and positions of the extreme element along one axis (or over the flattened
    /// tensor when `axis` is nil). The first occurrence wins; a NaN counts as the extreme.
    private func extremeWithIndex(axis: Int?, keepdims: Bool, largest: Bool) throws -> (values: Tensor, indices: Tensor) {
        let opName = largest ? "argmax" : "argmin"
        let src: Tensor, ax: Int
        if let axis {
            (src, ax) = try axisLast(axis)
        } else {
            src = try reshape([-1]); ax = 0
        }
        let n = src.shape.last ?? 1
        if n == 0 { throw TensorError.emptyReduction(op: opName, axis: axis) }
        let outer = Array(src.shape.dropLast())
        let values = try Tensor.uninitialized(shape: outer, dtype: dtype)
        let indices = try Tensor.uninitialized(shape: outer, dtype: .int64)
        let rows = try src.reshape([-1, n])
        let pi = Loops.base(indices, Int64.self)
        func scan<T>(_ t: T.Type, _ better: (T, T) -> Bool) {
            let px = Loops.storageBase(rows, T.self), pv = Loops.base(values, T.self)
            let rs = rows.strides[0], cs = rows.strides[1]
            for r in 0..<rows.shape[0] {
                var o = rows.offset &+ r &* rs
                var best = px[o], bi = 0
                for k in 1..<Swift.max(n, 1) {
                    o &+= cs
                    if better(px[o], best) { best = px[o]; bi = k }
                }
                pv[r] = best
                pi[r] = Int64(bi)
            }
        }
        switch dtype {
        case .float32:
            scan(Float.self) { x, b in !b.isNaN && (x.isNaN || (largest ? x > b : x < b)) }
        case .float64:
            scan(Double.self) { x, b in !b.isNaN && (x.isNaN || (largest ? x > b : x < b)) }
        case .int64: scan(Int64.self) { x, b in largest ? x > b : x < b }
        case .bool: scan(Bool.self) { x, b in largest ? (x && !b) : (!x && b) }
        }
        if keepdims {
            var s = shape
            if axis != nil { s[ax] = 1 } else { s = [Int](repeating: 1, count: ndim) }
            return (try values.reshape(s), try indices.reshape(s))
        }
        return (values, indices)
    }

    /// The position of the largest element along `axis` (flattened when nil), as int64.
    public func argmax(axis: Int? = nil, keepdims: Bool = false) throws -> Tensor {
        try extremeWithIndex(axis: axis, keepdims: keepdims, largest: true).indices
    }

    /// The position of the smallest element along `axis` (flattened when nil), as int64.
    public func argmin(axis: Int? = nil, keepdims: Bool = false) throws -> Tensor {
        try extremeWithIndex(axis: axis, keepdims: keepdims, largest: false).indices
    }

    /// The largest values along `axis` and their positions (PyTorch `max(dim)`).
    public func maxWithIndices(axis: Int, keepdims: Bool = false) throws -> (values: Tensor, indices: Tensor) {
        try extremeWithIndex(axis: axis, keepdims: keepdims, largest: true)
    }

    /// The smallest values along `axis` and their positions (PyTorch `min(dim)`).
    public func minWithIndices(axis: Int, keepdims: Bool = false) throws -> (values: Tensor, indices: Tensor) {
        try extremeWithIndex(axis: axis, keepdims: keepdims, largest: false)
    }

    /// Running sums along `axis` (over the flattened tensor when nil); int/bool give int64.
    public func cumsum(axis: Int? = nil) throws -> Tensor {
        let compute: DType = dtype.isFloatingPoint ? dtype : .int64
        let src: Tensor, ax: Int
        if let axis { (src, ax) = try converted(to: compute).axisLast(axis) } else {
            src = try converted(to: compute).reshape([-1]); ax = 0
        }
        let n = src.shape.last ?? 1
        let out = try Tensor.uninitialized(shape: src.shape, dtype: compute)
        if out.count > 0 {
            let rows = try src.reshape([-1, n])
            func scan<T>(_ t: T.Type, _ add: (T, T) -> T) {
                let px = Loops.storageBase(rows, T.self), po = Loops.base(out, T.self)
                let rs = rows.strides[0], cs = rows.strides[1]
                for r in 0..<rows.shape[0] {
                    var o = rows.offset &+ r &* rs
                    var acc = px[o]
                    po[r * n] = acc
                    for k in 1..<Swift.max(n, 1) {
                        o &+= cs
                        acc = add(acc, px[o])
                        po[r * n + k] = acc
                    }
                }
            }
            switch compute {
            case .float32: scan(Float.self, +)
            case .float64: scan(Double.self, +)
            default: scan(Int64.self, &+)
            }
        }
        guard axis != nil else { return out }
        // Undo the move of `axis` to the end.
        var order = Array(0..<(ndim - 1))
        order.insert(ndim - 1, at: ax)
        return try out.permute(order).contiguous()
    }
}
