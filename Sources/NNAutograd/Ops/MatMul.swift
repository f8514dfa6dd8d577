import NNTensor

/// Matrix products: `mm`, `bmm`, `dot`, `mv`, and `matmul` with NumPy/PyTorch's dimension rules.
/// Every product, forward and backward, is one GEMM call per matrix with transpose flags;
/// transposed operands are read in place, never copied.
extension Variable {
    /// `op(a) · op(b)` as a fresh tensor, one GEMM call (2-D operands of one float dtype).
    static func product(_ a: Tensor, _ b: Tensor, transposeA: Bool = false, transposeB: Bool = false) throws -> Tensor {
        guard a.ndim == 2, b.ndim == 2 else { throw TensorError.matmul(a: a.shape, b: b.shape) }
        let m = transposeA ? a.shape[1] : a.shape[0], k = transposeA ? a.shape[0] : a.shape[1]
        let kb = transposeB ? b.shape[1] : b.shape[0], n = transposeB ? b.shape[0] : b.shape[1]
        if k != kb {
            throw TensorError.matmul(a: transposeA ? [m, k] : a.shape, b: transposeB ? [kb, n] : b.shape)
        }
        if a.dtype != b.dtype { throw TensorError.matmulDTypes(a: a.dtype, b: b.dtype) }
        if k == 0 || m == 0 || n == 0 { return try Tensor.zeros([m, n], dtype: a.dtype) }
        let out = try Tensor.uninitialized(shape: [m, n], dtype: a.dtype)
        try Tensor.gemm(a, b, transposeA: transposeA, transposeB: transposeB, into: out)
        return out
    }

    /// The matrix product of two 2-D variables (`MmBackward0`).
    public func mm(_ other: Variable) throws -> Variable {
        let (a, b) = (data, other.data)
        guard a.ndim == 2, b.ndim == 2 else { throw TensorError.matmul(a: a.shape, b: b.shape) }
        let out = try Variable.product(a, b)
        guard Variable.isRecording(self, other) else { return Variable(out) }
        let (needA, needB) = (requiresGrad, other.requiresGrad)
        return .recorded(out, "MmBackward0", [self, other]) { g in
            [needA ? try Variable.product(g, b, transposeB: true) : nil,
             needB ? try Variable.product(a, g, transposeA: true) : nil]
        }
    }

    /// Batched matrix product of 3-D variables `[B, n, k] · [B, k, m]` (`BmmBackward0`).
    public func bmm(_ other: Variable) throws -> Variable {
        let (a, b) = (data, other.data)
        guard a.ndim == 3 else { throw AutogradError.batchMatrixDims(argument: "batch1") }
        guard b.ndim == 3 else { throw AutogradError.batchMatrixDims(argument: "batch2") }
        guard b.shape[0] == a.shape[0], b.shape[1] == a.shape[2] else {
            throw AutogradError.batchMatrixSizes(expected: [a.shape[0], a.shape[2]], got: [b.shape[0], b.shape[1]])
        }
        let out = try Variable.batchProduct(a, b, transposeA: false, transposeB: false)
        guard Variable.isRecording(self, other) else { return Variable(out) }
        let (needA, needB) = (requiresGrad, other.requiresGrad)
        return .recorded(out, "BmmBackward0", [self, other]) { g in
            [needA ? try Variable.batchProduct(g, b, transposeA: false, transposeB: true) : nil,
             needB ? try Variable.batchProduct(a, g, transposeA: true, transposeB: false) : nil]
        }
    }

    /// One GEMM per batch entry of 3-D tensors.
    static func batchProduct(_ a: Tensor, _ b: Tensor, transposeA: Bool, transposeB: Bool) throws -> Tensor {
        var slices: [Tensor] = []
        for i in 0..<a.shape[0] {
            slices.append(try product(a.get([.int(i)]), b.get([.int(i)]), transposeA: transposeA, transposeB: transposeB))
        }
        if slices.isEmpty {
            let m = transposeA ? a.shape[2] : a.shape[1], n = transposeB ? b.shape[1] : b.shape[2]
            return try Tensor.zeros([0, m, n], dtype: a.dtype)
        }
        return try Tensor.stack(slices, axis: 0, flavor: .torch)
    }

    /// The dot product of two 1-D variables (`DotBackward0`).
    public func dot(_ other: Variable) throws -> Variable {
        let (a, b) = (data, other.data)
        let out = try a.matmul(b, flavor: .torch)
        guard Variable.isRecording(self, other) else { return Variable(out) }
        return .recorded(out, "DotBackward0", [self, other]) { g in [try b.times(g), try a.times(g)] }
    }

    /// Matrix times vector `[n, k] · [k]` (`MvBackward0`).
    public func mv(_ other: Variable) throws -> Variable {
        let (a, b) = (data, other.data)
        let out = try a.matmul(b, flavor: .torch)
        guard Variable.isRecording(self, other) else { return Variable(out) }
        let (needA, needB) = (requiresGrad, other.requiresGrad)
        return .recorded(out, "MvBackward0", [self, other]) { g in
            [needA ? try g.reshape([-1, 1]).times(b.reshape([1, -1])) : nil,
             needB ? try Variable.product(a, g.reshape([-1, 1]), transposeA: true).reshape([-1]) : nil]
        }
    }

    /// The matrix product with NumPy/PyTorch's rules (`@`): dot for 1-D·1-D, `mm` for 2-D,
    /// vectors promoted to matrices and back, batch dimensions broadcast.
    public func matmul(_ other: Variable) throws -> Variable {
        let (na, nb) = (ndim, other.ndim)
        if na == 0 || nb == 0 { throw TensorError.matmulScalar(aDims: na, bDims: nb) }
        switch (na, nb) {
        case (1, 1): return try dot(other)
        case (2, 2): return try mm(other)
        case (2, 1): return try mv(other)
        case (1, 2): return try unsqueeze(0).mm(other).squeeze(dim: 0, name: "SqueezeBackward4")
        case (_, 1): return try matmul(other.unsqueeze(1)).squeeze(dim: -1, name: "SqueezeBackward4")
        case (1, _): return try unsqueeze(0).matmul(other).squeeze(dim: -2, name: "SqueezeBackward4")
        default: break
        }
        let (n, k) = (shape[na - 2], shape[na - 1])
        let (kb, m) = (other.shape[nb - 2], other.shape[nb - 1])
        if k != kb { throw TensorError.matmul(a: shape, b: other.shape) }
        if nb == 2 {
            // Fold the batch into the rows: one GEMM.
            let folded = try reshape([-1, k]).mm(other)
            return try folded.reshape(Array(shape.dropLast()) + [m], name: "UnsafeViewBackward0")
        }
        let batch: [Int]
        do { batch = try Shape.broadcast(Array(shape.dropLast(2)), Array(other.shape.dropLast(2))) } catch {
            throw TensorError.matmulBatch(a: shape, b: other.shape)
        }
        let b = batch.reduce(1, *)
        let a3 = try expand(batch + [n, k]).reshape([b, n, k])
        let b3 = try other.expand(batch + [k, m]).reshape([b, k, m])
        return try a3.bmm(b3).reshape(batch + [n, m], name: "UnsafeViewBackward0")
    }
}
