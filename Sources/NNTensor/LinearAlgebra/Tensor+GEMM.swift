/// GEMM on tensors for other modules' kernels, plus NumPy's `dot` and `outer`.
extension Tensor {
    /// `c = alpha · op(a) · op(b) + beta · c`, written into `c`'s existing storage
    /// (shared-write): Linear layers do forward and backward as single calls, e.g.
    /// `gemm(x, w, transposeB: true, into: y)` or `gemm(gy, x, transposeA: true, beta: 1,
    /// into: w.grad)`. `a`, `b`, `c` are 2-D of one float dtype (int64 works through a loop);
    /// row- and column-major operands go to BLAS without copies; `c` needs unit column stride.
    public static func gemm(_ a: Tensor, _ b: Tensor, transposeA: Bool = false, transposeB: Bool = false,
                            alpha: Double = 1, beta: Double = 0, into c: Tensor) throws {
        guard a.ndim == 2, b.ndim == 2, c.ndim == 2 else {
            throw TensorError.matmul(a: a.shape, b: b.shape)
        }
        if a.dtype != b.dtype || a.dtype != c.dtype {
            throw TensorError.matmulDTypes(a: a.dtype, b: a.dtype == b.dtype ? c.dtype : b.dtype)
        }
        let opA = transposeA ? try a.transpose(0, 1) : a
        let opB = transposeB ? try b.transpose(0, 1) : b
        let (m, k) = (opA.shape[0], opA.shape[1])
        let n = opB.shape[1]
        if opB.shape[0] != k { throw TensorError.matmul(a: opA.shape, b: opB.shape) }
        if c.shape != [m, n] { throw TensorError.assignShape(value: [m, n], target: c.shape, advanced: false) }
        var x = opA, y = opB
        var lx = BLASOperand(rows: m, cols: k, rs: x.strides[0], cs: x.strides[1])
        var ly = BLASOperand(rows: k, cols: n, rs: y.strides[0], cs: y.strides[1])
        if lx == nil { x = try x.copy(); lx = BLASOperand(rows: m, cols: k, rs: x.strides[0], cs: x.strides[1]) }
        if ly == nil { y = try y.copy(); ly = BLASOperand(rows: k, cols: n, rs: y.strides[0], cs: y.strides[1]) }
        let cUsable = (c.strides[1] == 1 || n <= 1) && c.strides[0] >= Swift.max(n, 1) || m <= 1 && c.strides[1] == 1
        if cUsable && c.storage !== x.storage && c.storage !== y.storage, let lx, let ly,
           gemmBLAS(x, lx, y, ly, c, alpha: alpha, beta: beta, m: m, n: n, k: k) {
            return
        }
        // Fallback: product into a temporary, then combine.
        let p = try Tensor.uninitialized(shape: [m, n], dtype: c.dtype)
        naiveProduct(x, y, into: p, m: m, n: n, k: k)
        if alpha != 1 { try p.applyInPlace(.multiply, .scalar(.float(alpha)), flavor: .torch) }
        if beta == 0 {
            try c.assign(from: p)
        } else {
            if beta != 1 { try c.applyInPlace(.multiply, .scalar(.float(beta)), flavor: .torch) }
            try c.applyInPlace(.add, .tensor(p), flavor: .torch)
        }
    }

    /// NumPy `dot`: scalars multiply; 1-D and 2-D operands follow `matmul`; for N-D it sums
    /// over the last axis of `self` and the second-to-last of `other`.
    public func dot(_ other: Tensor, flavor: Flavor) throws -> Tensor {
        if ndim == 0 || other.ndim == 0 { return try binary(.multiply, other, flavor: flavor) }
        let k = shape[ndim - 1]
        let otherAxis = other.ndim == 1 ? 0 : other.ndim - 2
        if other.shape[otherAxis] != k {
            throw TensorError.dotAlignment(a: shape, b: other.shape, aAxis: ndim - 1, bAxis: otherAxis)
        }
        if ndim <= 2 && other.ndim <= 2 { return try matmul(other, flavor: flavor) }
        // Move the summed axis of `other` first and flatten both sides to matrices.
        var order = Array(0..<other.ndim)
        order.remove(at: otherAxis)
        order.insert(otherAxis, at: 0)
        let b2 = try other.permute(order).reshape([k, -1])
        let a2 = try reshape([-1, k])
        let result = try a2.matmul(b2, flavor: flavor)
        var final = Array(shape.dropLast())
        final += Array(other.shape[..<otherAxis]) + Array(other.shape[(otherAxis + 1)...])
        return try result.reshape(final)
    }

    /// The outer product of the flattened operands: `out[i, j] = a[i] * b[j]`.
    public func outer(_ other: Tensor, flavor: Flavor) throws -> Tensor {
        let a = try reshape([-1, 1]), b = try other.reshape([1, -1])
        return try a.binary(.multiply, b, flavor: flavor)
    }
}
