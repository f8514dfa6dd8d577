/// Tensors made from a shape and a value: zeros, ones, full, eye, and the `_like` forms.
extension Tensor {
    /// A tensor of `shape` with every element `value` (converted to `dtype`).
    public static func full(_ shape: [Int], _ value: Scalar, dtype: DType) throws -> Tensor {
        let t = try uninitialized(shape: shape, dtype: dtype)
        t.fill(value)
        return t
    }

    /// A tensor of zeros.
    public static func zeros(_ shape: [Int], dtype: DType) throws -> Tensor {
        let t = try uninitialized(shape: shape, dtype: dtype)
        withExtendedLifetime(t) {
            _ = t.storage.withRaw { $0.initializeMemory(as: UInt8.self, repeating: 0, count: t.byteCount) }
        }
        return t
    }

    /// A tensor of ones.
    public static func ones(_ shape: [Int], dtype: DType) throws -> Tensor {
        try full(shape, .int(1), dtype: dtype)
    }

    /// The identity-like matrix: ones on diagonal `k` of an `n`×`m` matrix (`m` defaults to `n`).
    public static func eye(_ n: Int, _ m: Int? = nil, k: Int = 0, dtype: DType) throws -> Tensor {
        let cols = m ?? n
        let t = try zeros([n, cols], dtype: dtype)
        for i in 0..<Swift.max(n, 0) {
            let (j, o) = i.addingReportingOverflow(k)
            if o || j < 0 || j >= cols { continue }
            t.setElement(.int(1), at: i * cols + j)
        }
        return t
    }

    /// Zeros with `self`'s shape and `dtype` (default: `self`'s dtype).
    public func zerosLike(dtype: DType? = nil) throws -> Tensor { try Tensor.zeros(shape, dtype: dtype ?? self.dtype) }

    /// Ones with `self`'s shape and `dtype` (default: `self`'s dtype).
    public func onesLike(dtype: DType? = nil) throws -> Tensor { try Tensor.ones(shape, dtype: dtype ?? self.dtype) }

    /// `value` everywhere, with `self`'s shape and `dtype` (default: `self`'s dtype).
    public func fullLike(_ value: Scalar, dtype: DType? = nil) throws -> Tensor {
        try Tensor.full(shape, value, dtype: dtype ?? self.dtype)
    }

    /// Evenly spaced values in `[start, stop)` with `step`, as `np.arange`/`torch.arange`.
    /// The dtype, unless given, is int64 when all three are integers and the default float
    /// otherwise. NumPy gives an empty result when `step` points away from `stop`; PyTorch
    /// refuses. Integer bounds are computed exactly.
    public static func arange(start: Scalar = .int(0), stop: Scalar, step: Scalar = .int(1),
                              dtype: DType? = nil, flavor: Flavor) throws -> Tensor {
        let allInts = [start, stop, step].allSatisfy { if case .float = $0 { return false } else { return true } }
        let dt = dtype ?? (allInts ? .int64 : flavor.defaultFloat)
        if step.doubleValue == 0 { throw TensorError.arangeZeroStep }
        let (s0, s1, st) = (start.doubleValue, stop.doubleValue, step.doubleValue)
        if flavor == .torch && s1 != s0 && ((s1 - s0) > 0) != (st > 0) {
            throw TensorError.arangeDirection(start: s0, stop: s1, step: st)
        }
        var n: Int
        if allInts {
            let (a, b, c) = (start.int64Value, stop.int64Value, step.int64Value)
            let (span, o) = b.subtractingReportingOverflow(a)
            if o { throw TensorError.allocationTooLarge(shape: [Int.max], dtype: dt) }
            // ceil(span / c) for either sign of c (Int64.min / -1 would overflow: too large anyway).
            let (quotient, qo) = span.dividedReportingOverflow(by: c)
            if qo { throw TensorError.allocationTooLarge(shape: [Int.max], dtype: dt) }
            var q = quotient
            if span % c != 0 && ((span < 0) == (c < 0)) { q += 1 }
            n = Int(Swift.max(q, 0))
            let t = try uninitialized(shape: [n], dtype: dt)
            let ints = try Tensor(shape: [n], as: Int64.self) { buf in
                var v = a
                for i in 0..<n { buf[i] = v; v = v &+ c }
            }
            Tensor.convert(ints, into: t)
            return t
        }
        let q = ((s1 - s0) / st).rounded(.up)
        if q.isNaN || q >= Double(Int.max) { throw TensorError.allocationTooLarge(shape: [Int.max], dtype: dt) }
        n = Swift.max(Int(Swift.max(q, 0)), 0)
        let values = try Tensor(shape: [n], as: Double.self) { buf in
            for i in 0..<n { buf[i] = s0 + Double(i) * st }
        }
        return try values.converted(to: dt)
    }

    /// `num` evenly spaced values from `start` to `stop` (inclusive when `endpoint`), computed
    /// in double precision as NumPy does, then stored as `dtype`.
    public static func linspace(start: Double, stop: Double, num: Int, endpoint: Bool = true,
                                dtype: DType) throws -> Tensor {
        if num < 0 { throw TensorError.linspaceCount(num) }
        let div = endpoint ? num - 1 : num
        let step = div > 0 ? (stop - start) / Double(div) : 0
        let values = try Tensor(shape: [num], as: Double.self) { buf in
            for i in 0..<num { buf[i] = start + Double(i) * step }
            if endpoint && num > 1 { buf[num - 1] = stop }
        }
        return try values.converted(to: dtype)
    }
}
