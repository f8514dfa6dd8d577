import NNTensor

/// Table look-up: rows of a weight matrix selected by integer indices.
extension Variable {
    /// `weight[indices]` for a `[num, dim]` weight and int64 indices of any shape
    /// (`EmbeddingBackward0`); the gradient adds each output row back into its table row,
    /// except for `paddingIndex`, whose row gets none.
    public static func embedding(_ indices: Tensor, weight: Variable, paddingIndex: Int? = nil) throws -> Variable {
        let w = weight.data
        guard w.ndim == 2 else { throw AutogradError.embeddingWeightDims(w.ndim) }
        guard indices.dtype == .int64 else { throw AutogradError.targetDType(indices.dtype) }
        let (rows, dim) = (w.shape[0], w.shape[1])
        let ids = try indices.scalars(as: Int64.self)
        for i in ids where i < 0 || i >= Int64(rows) { throw AutogradError.embeddingIndex }
        let out = try w.get([.array(indices)], flavor: .torch)
        guard isRecording(weight) else { return Variable(out) }
        return recorded(out, "EmbeddingBackward0", [weight]) { g in
            let g2 = try g.reshape([ids.count, dim]).contiguous()
            func run<T: RealElement>(_: T.Type) throws -> Tensor {
                try g2.withUnsafeBufferPointer(as: T.self) { pg in
                    try Tensor(shape: [rows, dim], as: T.self) { out in
                        out.initialize(repeating: 0)
                        for (k, i) in ids.enumerated() where Int(i) != paddingIndex {
                            for d in 0..<dim { out[Int(i) * dim + d] += pg[k * dim + d] }
                        }
                    }
                }
            }
            return [try Kernels.float(g.dtype, op: "embedding_backward", { try run(Float.self) }, { try run(Double.self) })]
        }
    }
}
