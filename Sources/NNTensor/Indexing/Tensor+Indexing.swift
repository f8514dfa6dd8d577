/// Reading and writing through NumPy-style indices.
///
/// `get` returns a view for basic indices and a copy for advanced ones. `set` writes through
/// (shared-write): `b = a[0:2]; b[0] = 9` changes `a`. `update` is the copy-on-write variant.
extension Tensor {
    /// `self[index]`: a view when every entry is basic (ints, slices, None, ...), else a copy
    /// gathered by the integer arrays and masks. `flavor` decides where integer entries mixed
    /// with arrays put their dimension (NumPy vs PyTorch) and whether negative steps are allowed.
    public func get(_ index: [TensorIndex], flavor: Flavor = .numpy) throws -> Tensor {
        let r = try ResolvedIndex(self, index, flavor: flavor)
        if r.isBasic { return r.view }
        let (shape, offsets) = try r.advancedOffsets()
        let out = try Tensor.uninitialized(shape: shape, dtype: dtype)
        func gather<T>(_ t: T.Type) {
            let src = Loops.storageBase(self, T.self), dst = Loops.base(out, T.self)
            for (i, o) in offsets.enumerated() { dst[i] = src[o] }
        }
        switch dtype {
        case .float32: gather(Float.self)
        case .float64: gather(Double.self)
        case .int64: gather(Int64.self)
        case .bool: gather(Bool.self)
        }
        return out
    }

    /// `self[index]` for one entry.
    public subscript(_ index: TensorIndex...) -> Tensor {
        get throws { try get(index) }
    }

    /// `self[index] = value`, broadcasting `value` to the indexed region and converting it to
    /// `self`'s dtype. Shared-write: every view of the storage sees the change. With integer
    /// arrays, a position named twice keeps the last value written.
    public func set(_ index: [TensorIndex], to value: Operand, flavor: Flavor = .numpy) throws {
        let r = try ResolvedIndex(self, index, flavor: flavor)
        if r.isBasic {
            switch value {
            case .scalar(let s): r.view.fill(s)
            case .tensor(let v): try r.view.assign(from: v)
            }
            return
        }
        let (shape, offsets) = try r.advancedOffsets()
        let src = try Tensor.valueForScatter(value, shape: shape, dtype: dtype, sharing: self)
        func scatter<T>(_ t: T.Type) {
            let dst = Loops.storageBase(self, T.self), p = Loops.base(src, T.self)
            for (i, o) in offsets.enumerated() { dst[o] = p[i] }
        }
        switch dtype {
        case .float32: scatter(Float.self)
        case .float64: scatter(Double.self)
        case .int64: scatter(Int64.self)
        case .bool: scatter(Bool.self)
        }
    }

    /// `self[index] = value` with a scalar value. Shared-write.
    public func set(_ index: [TensorIndex], to value: Scalar, flavor: Flavor = .numpy) throws {
        try set(index, to: .scalar(value), flavor: flavor)
    }

    /// `self[index] = value` with a tensor value. Shared-write.
    public func set(_ index: [TensorIndex], to value: Tensor, flavor: Flavor = .numpy) throws {
        try set(index, to: .tensor(value), flavor: flavor)
    }

    /// Copy-on-write `self[index] = value`: when the storage is shared with another tensor,
    /// `self` first gets its own copy, so no other tensor sees the change.
    public mutating func update(_ index: [TensorIndex], with value: Operand, flavor: Flavor = .numpy) throws {
        if !isKnownUniquelyReferenced(&storage) { self = try copy() }
        try set(index, to: value, flavor: flavor)
    }

    /// The value of an advanced assignment, broadcast to `shape`, contiguous, in `dtype`.
    private static func valueForScatter(_ value: Operand, shape: [Int], dtype: DType,
                                        sharing target: Tensor) throws -> Tensor {
        switch value {
        case .scalar(let s):
            return try Tensor.full(shape, s, dtype: dtype)
        case .tensor(let v):
            let e: Tensor
            do { e = try v.expand(to: shape) } catch {
                throw TensorError.assignShape(value: v.shape, target: shape, advanced: true)
            }
            return try e.astype(dtype)
        }
    }

    /// The gradient of `get(index)`: zeros of `inputShape` with `grad` added at the indexed
    /// positions, accumulating where an integer array names a position more than once
    /// (scatter-add). `grad` has the shape `get(index)` returned.
    public static func indexBackward(grad: Tensor, index: [TensorIndex], inputShape: [Int],
                                     flavor: Flavor = .numpy) throws -> Tensor {
        let out = try Tensor.zeros(inputShape, dtype: grad.dtype)
        let r = try ResolvedIndex(out, index, flavor: flavor)
        if r.isBasic {
            try r.view.applyInPlace(.add, .tensor(grad), flavor: flavor)
            return out
        }
        let (shape, offsets) = try r.advancedOffsets()
        let g = try grad.expand(to: shape).contiguous()
        func accumulate<T>(_ t: T.Type, _ add: (T, T) -> T) {
            let dst = Loops.storageBase(out, T.self), p = Loops.base(g, T.self)
            for (i, o) in offsets.enumerated() { dst[o] = add(dst[o], p[i]) }
        }
        switch grad.dtype {
        case .float32: accumulate(Float.self, +)
        case .float64: accumulate(Double.self, +)
        case .int64: accumulate(Int64.self, &+)
        case .bool: accumulate(Bool.self) { $0 || $1 }
        }
        return out
    }

    /// The positions of nonzero elements, one int64 array per dimension, in row-major order
    /// (NumPy `nonzero`; PyTorch `nonzero(as_tuple=True)`).
    public func nonzero() throws -> [Tensor] {
        var hits: [Int] = []
        for i in 0..<count where boolElement(at: i) { hits.append(i) }
        var out: [Tensor] = []
        let dims = Swift.max(ndim, 1)
        for d in 0..<dims {
            let size = ndim == 0 ? 1 : shape[d]
            var inner = 1
            if ndim > 0 { for e in (d + 1)..<ndim { inner &*= shape[e] } }
            out.append(try Tensor(hits.map { Int64(($0 / inner) % Swift.max(size, 1)) }, shape: [hits.count]))
        }
        return out
    }
}
