/// Dtype conversion and contiguous copies.
extension Tensor {
    /// A copy converted to `dtype` with NumPy's casting: float → int truncates toward zero
    /// (NaN, infinities and out-of-range values give `Int64.min`), nonzero (and NaN) → true,
    /// float64 → float32 rounds to nearest. Always copies; the result is contiguous.
    public func astype(_ dtype: DType) throws -> Tensor {
        let out = try uninitializedLike(dtype: dtype)
        Tensor.convert(self, into: out)
        return out
    }

    /// `self` when it already has `dtype`, else `astype(dtype)`.
    public func converted(to dtype: DType) throws -> Tensor {
        dtype == self.dtype ? self : try astype(dtype)
    }

    /// `self` when contiguous, else a contiguous copy. (Throws only when a broadcast view is
    /// too large to materialise.)
    public func contiguous() throws -> Tensor {
        if isContiguous { return self }
        return try astype(dtype)
    }

    /// A contiguous copy that shares nothing with `self` (PyTorch `clone`, NumPy `copy`).
    public func copy() throws -> Tensor { try astype(dtype) }

    /// Writes `src` (broadcast to `dst`'s shape) into `dst`, converting element types.
    /// Both must be valid; shapes must broadcast (checked by callers).
    static func convert(_ src: Tensor, into dst: Tensor) {
        switch (src.dtype, dst.dtype) {
        case (.float32, .float32): Loops.map(src, dst) { (x: Float) in x }
        case (.float32, .float64): Loops.map(src, dst) { (x: Float) in Double(x) }
        case (.float32, .int64): Loops.map(src, dst) { (x: Float) in Int64(clampingFloat: Double(x)) }
        case (.float32, .bool): Loops.map(src, dst) { (x: Float) in x != 0 }
        case (.float64, .float32): Loops.map(src, dst) { (x: Double) in Float(x) }
        case (.float64, .float64): Loops.map(src, dst) { (x: Double) in x }
        case (.float64, .int64): Loops.map(src, dst) { (x: Double) in Int64(clampingFloat: x) }
        case (.float64, .bool): Loops.map(src, dst) { (x: Double) in x != 0 }
        case (.int64, .float32): Loops.map(src, dst) { (x: Int64) in Float(x) }
        case (.int64, .float64): Loops.map(src, dst) { (x: Int64) in Double(x) }
        case (.int64, .int64): Loops.map(src, dst) { (x: Int64) in x }
        case (.int64, .bool): Loops.map(src, dst) { (x: Int64) in x != 0 }
        case (.bool, .float32): Loops.map(src, dst) { (x: Bool) -> Float in x ? 1 : 0 }
        case (.bool, .float64): Loops.map(src, dst) { (x: Bool) -> Double in x ? 1 : 0 }
        case (.bool, .int64): Loops.map(src, dst) { (x: Bool) -> Int64 in x ? 1 : 0 }
        case (.bool, .bool): Loops.map(src, dst) { (x: Bool) in x }
        }
    }

    /// A contiguous tensor holding `self`'s elements with the storage not shared with any
    /// other tensor view of a different layout; used before handing out raw buffers.
    func makeUniqueContiguous() throws -> Tensor {
        var t = self
        if t.isContiguous && t.offset == 0 && isKnownUniquelyReferenced(&t.storage)
            && t.storage.header.byteCount == t.count &* t.dtype.itemSize {
            return t
        }
        return try astype(dtype)
    }
}
