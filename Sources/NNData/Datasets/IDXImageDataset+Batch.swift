import NNTensor

extension IDXImageDataset {
    /// `[images, labels]` for `indices`: float32 `[B, 1, H, W]` through the fused tables (or
    /// int64 `[B, H, W]` without `ToTensor`) and int64 `[B]`. A transform with steps after
    /// the fused prefix goes sample by sample. `spare` tensors of the right shape that no one
    /// else holds are written into instead of allocating new ones.
    public func batch(at indices: [Int], recycling spare: inout [Tensor]) throws -> [Tensor] {
        for i in indices where i < 0 || i >= count { throw DataError.indexOutOfRange(index: i, count: count) }
        guard plan.isFused else {
            return try Collate.batch(indices.map { try sample(at: $0) })
        }
        let b = indices.count, h = images.height, w = images.width
        let labels = try reuse(&spare, at: 1, shape: [b], dtype: .int64)
        try targets.withUnsafeBufferPointer(as: Int64.self) { all in
            try labels.withUnsafeMutableSharedBuffer(as: Int64.self) { out in
                for (k, i) in indices.enumerated() { out[k] = all[i] }
            }
        }
        guard let table = plan.tables?.first else {
            return [try images.gather(indices, shape: [b, h, w]), labels]
        }
        let batch = try reuse(&spare, at: 0, shape: [b, 1, h, w], dtype: .float32)
        try batch.withUnsafeMutableSharedBuffer(as: Float.self) { out in
            images.convert(indices, through: table, into: out)
        }
        return [batch, labels]
    }

    /// `spare[position]` when it has `shape` and `dtype` and no other holder; else a new
    /// uninitialised tensor.
    private func reuse(_ spare: inout [Tensor], at position: Int, shape: [Int], dtype: DType) throws -> Tensor {
        if position < spare.count, spare[position].shape == shape, spare[position].dtype == dtype,
           spare[position].isContiguous, spare[position].hasUniqueStorage() {
            return spare[position]
        }
        return try Tensor.uninitialized(shape: shape, dtype: dtype)
    }
}
