/// Selection and comparison helpers: `where`, `clip`, `isclose`, `allclose`, `equal`.
extension Tensor {
    /// `cond ? x : y` elementwise with broadcasting of all three. NumPy takes the truth value
    /// of any dtype; PyTorch requires a bool condition. The result dtype promotes `x` and `y`.
    public static func `where`(_ cond: Tensor, _ x: Operand, _ y: Operand, flavor: Flavor) throws -> Tensor {
        if flavor == .torch && cond.dtype != .bool { throw TensorError.whereCondition(dtype: cond.dtype) }
        let rt = Promotion.resultType(x.participant, y.participant, flavor: flavor)
        func materialise(_ o: Operand) throws -> Tensor {
            switch o {
            case .tensor(let t): return try t.converted(to: rt)
            case .scalar(let s): return Tensor(scalar: s, dtype: rt)
            }
        }
        let c = try cond.converted(to: .bool), a = try materialise(x), b = try materialise(y)
        let shape: [Int]
        do { shape = try Shape.broadcast([c.shape, a.shape, b.shape]) } catch {
            throw TensorError.broadcast(shapes: [cond.shape, a.shape, b.shape])
        }
        let out = try Tensor.uninitialized(shape: shape, dtype: rt)
        switch rt {
        case .float32: Loops.zip3(c, a, b, out) { (k: Bool, p: Float, q: Float) in k ? p : q }
        case .float64: Loops.zip3(c, a, b, out) { (k: Bool, p: Double, q: Double) in k ? p : q }
        case .int64: Loops.zip3(c, a, b, out) { (k: Bool, p: Int64, q: Int64) in k ? p : q }
        case .bool: Loops.zip3(c, a, b, out) { (k: Bool, p: Bool, q: Bool) in k ? p : q }
        }
        return out
    }

    /// Limits every element to `[min, max]` (either bound may be absent), as
    /// `minimum(maximum(x, min), max)`; NaN stays NaN. Bounds are weak scalars or tensors.
    public func clip(min lower: Operand?, max upper: Operand?, flavor: Flavor) throws -> Tensor {
        var r = self
        if let lower { r = try Tensor.binary(.maximum, .tensor(r), lower, flavor: flavor) }
        if let upper { r = try Tensor.binary(.minimum, .tensor(r), upper, flavor: flavor) }
        if lower == nil && upper == nil { r = try copy() }
        return r
    }

    /// `|a − b| ≤ atol + rtol·|b|` elementwise (NumPy's `isclose`; not symmetric). Equal
    /// infinities are close; NaNs are close to each other only with `equalNaN`.
    public func isclose(_ other: Tensor, rtol: Double = 1e-5, atol: Double = 1e-8,
                        equalNaN: Bool = false) throws -> Tensor {
        let a = try converted(to: .float64), b = try other.converted(to: .float64)
        let out = try Tensor.uninitialized(shape: try Shape.broadcast(a.shape, b.shape), dtype: .bool)
        Loops.zip(a, b, out) { (x: Double, y: Double) -> Bool in
            if x.isNaN || y.isNaN { return equalNaN && x.isNaN && y.isNaN }
            if x.isInfinite || y.isInfinite { return x == y }
            return Swift.abs(x - y) <= atol + rtol * Swift.abs(y)
        }
        return out
    }

    /// True when every element `isclose` (shapes must broadcast).
    public func allclose(_ other: Tensor, rtol: Double = 1e-5, atol: Double = 1e-8,
                         equalNaN: Bool = false) throws -> Bool {
        let c = try isclose(other, rtol: rtol, atol: atol, equalNaN: equalNaN)
        for i in 0..<c.count where !c.boolElement(at: i) { return false }
        return true
    }

    /// True when both tensors have the same shape and equal elements (NumPy `array_equal`,
    /// PyTorch `equal`); dtypes may differ. NaN is never equal.
    public func equal(_ other: Tensor) -> Bool {
        if shape != other.shape { return false }
        guard let eq = try? binary(.equal, other, flavor: .numpy) else { return false }
        for i in 0..<eq.count where !eq.boolElement(at: i) { return false }
        return true
    }
}
