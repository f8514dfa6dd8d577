import NNTensor

/// The affine map of a Linear layer, and `addmm`.
extension Variable {
    /// `x · wᵀ + b` for `x` of shape `[..., in]`, `w` of `[out, in]`, `b` of `[out]`.
    ///
    /// Forward is one GEMM with the bias added by `beta = 1` into a broadcast copy of it;
    /// backward is one GEMM per gradient (`dx = g · w`, `dw = gᵀ · x`, both with transpose flags,
    /// no transposed copies) and a column sum for `db`. The gradient function is
    /// `AddmmBackward0` (`MmBackward0` without bias) for 2-D input and `UnsafeViewBackward0`
    /// otherwise, as PyTorch names them.
    public static func linear(_ input: Variable, weight: Variable, bias: Variable?) throws -> Variable {
        let x = input.data, w = weight.data
        if x.ndim == 0 || w.ndim != 2 { throw AutogradError.linearScalar(inputDims: x.ndim, weightDims: w.ndim) }
        let inFeatures = x.shape[x.ndim - 1]
        let rows = x.ndim == 1 ? 1 : x.count / Swift.max(inFeatures, 1)
        let (outFeatures, wIn) = (w.shape[0], w.shape[1])
        if inFeatures != wIn { throw TensorError.matmul(a: [rows, inFeatures], b: [wIn, outFeatures]) }
        if x.dtype != w.dtype { throw AutogradError.matrixDTypes(a: x.dtype, b: w.dtype) }
        let x2 = x.ndim == 2 ? x : try x.reshape([rows, inFeatures])
        let out2: Tensor
        if let bias {
            let b = try bias.data.converted(to: w.dtype)
            if b.shape != [outFeatures] { throw TensorError.broadcast(shapes: [[rows, outFeatures], b.shape]) }
            out2 = try Tensor.uninitialized(shape: [rows, outFeatures], dtype: w.dtype)
            try out2.assign(from: b)
            if rows > 0 && inFeatures > 0 {
                try Tensor.gemm(x2, w, transposeB: true, beta: 1, into: out2)
            }
        } else {
            out2 = try product(x2, w, transposeB: true)
        }
        let outShape = Array(x.shape.dropLast()) + [outFeatures]
        let out = x.ndim == 2 ? out2 : try out2.reshape(outShape)
        let inputs = bias.map { [input, weight, $0] } ?? [input, weight]
        guard isRecording(inputs) else { return Variable(out) }
        let name = x.ndim == 2 ? (bias == nil ? "MmBackward0" : "AddmmBackward0") : "UnsafeViewBackward0"
        let (needX, needW, needB) = (input.requiresGrad, weight.requiresGrad, bias?.requiresGrad ?? false)
        let xShape = x.shape
        return recorded(out, name, inputs) { g in
            let g2 = g.ndim == 2 ? g : try g.reshape([rows, outFeatures])
            let gx = needX ? try product(g2, w).reshape(xShape) : nil
            let gw = needW ? try product(g2, x2, transposeA: true) : nil
            let gb = needB ? try g2.sum(axes: [0]) : nil
            return [gx, gw, gb]
        }
    }

    /// `beta · input + alpha · (mat1 · mat2)` with `input` broadcast to the product's shape
    /// (`AddmmBackward0`).
    public static func addmm(_ input: Variable, _ mat1: Variable, _ mat2: Variable,
                             beta: Double = 1, alpha: Double = 1) throws -> Variable {
        let (a, b) = (mat1.data, mat2.data)
        guard a.ndim == 2, b.ndim == 2 else { throw TensorError.matmul(a: a.shape, b: b.shape) }
        let p = try product(a, b)
        let outShape = p.shape
        let c = try input.data.converted(to: p.dtype).expand(to: outShape)
        let out = try Tensor.uninitialized(shape: outShape, dtype: p.dtype)
        try out.assign(from: c)
        if beta != 1 { try out.mulInPlace(.float(beta)) }
        try out.addInPlace(p, alpha: alpha)
        guard isRecording([input, mat1, mat2]) else { return Variable(out) }
        let (needA, needB) = (mat1.requiresGrad, mat2.requiresGrad)
        return recorded(out, "AddmmBackward0", [input, mat1, mat2]) { g in
            [beta == 1 ? g : try g.times(beta),
             needA ? try product(g, b, transposeB: true).times(alpha) : nil,
             needB ? try product(a, g, transposeA: true).times(alpha) : nil]
        }
    }
}
