/// Matrix products: `matmul` (NumPy/PyTorch semantics incl. batching), `gemm` for kernels,
/// `dot`, `outer`.
extension Tensor {
    /// The matrix product with NumPy/PyTorch `matmul` semantics: 1-D·1-D is a dot product,
    /// a 1-D operand is a row (left) or column (right) vector that is removed from the
    /// result, and leading batch dimensions broadcast. Floats go to BLAS GEMM without copying
    /// row- or column-major operands; int64 and bool use a plain loop. PyTorch refuses mixed
    /// dtypes; NumPy promotes.
    public func matmul(_ other: Tensor, flavor: Flavor) throws -> Tensor {
        if ndim == 0 || other.ndim == 0 { throw TensorError.matmulScalar(aDims: ndim, bDims: other.ndim) }
        if flavor == .torch && dtype != other.dtype { throw TensorError.matmulDTypes(a: dtype, b: other.dtype) }
        let dt = Promotion.promoteTypes(dtype, other.dtype, flavor: flavor)
        var a = try converted(to: dt), b = try other.converted(to: dt)
        let k = a.shape[a.ndim - 1]
        let kb = b.ndim == 1 ? b.shape[0] : b.shape[b.ndim - 2]
        if k != kb { throw TensorError.matmul(a: shape, b: other.shape) }
        let aVector = a.ndim == 1, bVector = b.ndim == 1
        if aVector { a = try a.unsqueeze(0) }
        if bVector { b = try b.unsqueeze(1) }
        let m = a.shape[a.ndim - 2], n = b.shape[b.ndim - 1]
        let batch: [Int]
        do {
            batch = try Shape.broadcast(Array(a.shape.dropLast(2)), Array(b.shape.dropLast(2)))
        } catch {
            throw TensorError.matmulBatch(a: shape, b: other.shape)
        }
        let out = try Tensor.uninitialized(shape: batch + [m, n], dtype: dt)
        try Tensor.batchedProduct(a, b, into: out, batch: batch, m: m, n: n, k: k)
        var final = batch
        if !aVector { final.append(m) }
        if !bVector { final.append(n) }
        return final == out.shape ? out : try out.reshape(final)
    }

    /// `out[i] = a[i] @ b[i]` over broadcast batch indices; `out` is fresh and contiguous.
    private static func batchedProduct(_ a: Tensor, _ b: Tensor, into out: Tensor, batch: [Int],
                                       m: Int, n: Int, k: Int) throws {
        if out.count == 0 { return }
        let batchCount = out.count / Swift.max(m * n, 1)
        // Batch offsets of each operand (broadcast dims have stride 0).
        let aBatchStrides = Shape.broadcastStrides(shape: Array(a.shape.dropLast(2)),
                                                   strides: Array(a.strides.dropLast(2)), to: batch)
        let bBatchStrides = Shape.broadcastStrides(shape: Array(b.shape.dropLast(2)),
                                                   strides: Array(b.strides.dropLast(2)), to: batch)
        var a = a, b = b
        let ars = a.strides[a.ndim - 2], acs = a.strides[a.ndim - 1]
        let brs = b.strides[b.ndim - 2], bcs = b.strides[b.ndim - 1]
        var la = BLASOperand(rows: m, cols: k, rs: ars, cs: acs)
        var lb = BLASOperand(rows: k, cols: n, rs: brs, cs: bcs)
        var aStrides = aBatchStrides, bStrides = bBatchStrides
        if a.dtype.isFloatingPoint && la == nil {
            a = try a.copy(); la = BLASOperand(rows: m, cols: k, rs: a.strides[a.ndim - 2], cs: a.strides[a.ndim - 1])
            aStrides = Shape.broadcastStrides(shape: Array(a.shape.dropLast(2)), strides: Array(a.strides.dropLast(2)), to: batch)
        }
        if b.dtype.isFloatingPoint && lb == nil {
            b = try b.copy(); lb = BLASOperand(rows: k, cols: n, rs: b.strides[b.ndim - 2], cs: b.strides[b.ndim - 1])
            bStrides = Shape.broadcastStrides(shape: Array(b.shape.dropLast(2)), strides: Array(b.strides.dropLast(2)), to: batch)
        }
        var index = [Int](repeating: 0, count: batch.count)
        for bi in 0..<batchCount {
            var ao = a.offset, bo = b.offset
            for d in 0..<batch.count { ao &+= index[d] &* aStrides[d]; bo &+= index[d] &* bStrides[d] }
            let co = bi &* m &* n
            let a2 = Tensor(storage: a.storage, shape: [m, k], strides: [a.strides[a.ndim - 2], a.strides[a.ndim - 1]],
                            offset: ao, dtype: a.dtype)
            let b2 = Tensor(storage: b.storage, shape: [k, n], strides: [b.strides[b.ndim - 2], b.strides[b.ndim - 1]],
                            offset: bo, dtype: b.dtype)
            let c2 = Tensor(storage: out.storage, shape: [m, n], strides: [n, 1], offset: co, dtype: out.dtype,
                            count: m * n, isContiguous: true)
            if let la, let lb, gemmBLAS(a2, la, b2, lb, c2, alpha: 1, beta: 0, m: m, n: n, k: k) {
                // done by BLAS
            } else {
                naiveProduct(a2, b2, into: c2, m: m, n: n, k: k)
            }
            var d = batch.count - 1
            while d >= 0 {
                index[d] += 1
                if index[d] < batch[d] { break }
                index[d] = 0
                d -= 1
            }
        }
    }

    /// One GEMM through BLAS for float operands with BLAS-readable layouts; false when the
    /// dtype is not floating point or a size does not fit BLAS integers.
    static func gemmBLAS(_ a: Tensor, _ la: BLASOperand, _ b: Tensor, _ lb: BLASOperand, _ c: Tensor,
                         alpha: Double, beta: Double, m: Int, n: Int, k: Int) -> Bool {
        if m == 0 || n == 0 { return true }
        if k == 0 {
            // BLAS leaves C scaled by beta; do it here so lda checks never see k = 0.
            if beta == 0 { c.zero() } else { try? c.applyInPlace(.multiply, .scalar(.float(beta)), flavor: .torch) }
            return true
        }
        let ldc = c.strides[0]
        switch a.dtype {
        case .float32:
            return BLAS.sgemm(transA: la.transposed, transB: lb.transposed, m: m, n: n, k: k, alpha: Float(alpha),
                              a: Loops.base(a, Float.self), lda: la.ld, b: Loops.base(b, Float.self), ldb: lb.ld,
                              beta: Float(beta), c: Loops.base(c, Float.self), ldc: Swift.max(ldc, Swift.max(n, 1)))
        case .float64:
            return BLAS.dgemm(transA: la.transposed, transB: lb.transposed, m: m, n: n, k: k, alpha: alpha,
                              a: Loops.base(a, Double.self), lda: la.ld, b: Loops.base(b, Double.self), ldb: lb.ld,
                              beta: beta, c: Loops.base(c, Double.self), ldc: Swift.max(ldc, Swift.max(n, 1)))
        default:
            return false
        }
    }

    /// `c = a @ b` by loops (int64, bool, or sizes BLAS cannot take); `c` contiguous.
    static func naiveProduct(_ a: Tensor, _ b: Tensor, into c: Tensor, m: Int, n: Int, k: Int) {
        func run<T>(_ t: T.Type, _ zero: T, _ fma: (T, T, T) -> T) {
            let pa = Loops.storageBase(a, T.self), pb = Loops.storageBase(b, T.self), pc = Loops.base(c, T.self)
            let (ars, acs, brs, bcs) = (a.strides[0], a.strides[1], b.strides[0], b.strides[1])
            for i in 0..<(m * n) { pc[i] = zero }
            for i in 0..<m {
                for p in 0..<k {
                    let av = pa[a.offset &+ i &* ars &+ p &* acs]
                    let rowB = b.offset &+ p &* brs
                    for j in 0..<n { pc[i * n + j] = fma(pc[i * n + j], av, pb[rowB &+ j &* bcs]) }
                }
            }
        }
        switch c.dtype {
        case .float32: run(Float.self, 0) { $0 + $1 * $2 }
        case .float64: run(Double.self, 0) { $0 + $1 * $2 }
        case .int64: run(Int64.self, 0) { $0 &+ $1 &* $2 }
        case .bool: run(Bool.self, false) { $0 || ($1 && $2) }
        }
    }
}
