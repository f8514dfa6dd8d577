import NNTensor

/// A dataset over tensors that share their first dimension: sample `i` is `(t0[i], t1[i], …)`
/// (PyTorch's `TensorDataset`). Batches are gathered with one indexing per tensor.
public final class TensorDataset: Dataset {
    /// The tensors, in the order given.
    public let tensors: [Tensor]
    /// Their common first dimension.
    public let count: Int

    /// Wraps `tensors`; they must be at least one, none 0-d, all with the same first size.
    public init(_ tensors: [Tensor]) throws {
        guard let first = tensors.first else { throw DataError.tensorDatasetEmpty }
        for (i, t) in tensors.enumerated() where t.ndim == 0 { throw DataError.tensorDatasetScalar(position: i) }
        if tensors.contains(where: { $0.shape[0] != first.shape[0] }) {
            throw DataError.tensorDatasetSizes(sizes: tensors.map { $0.shape[0] })
        }
        self.tensors = tensors
        self.count = first.shape[0]
    }

    /// Views of row `index` of every tensor.
    public func sample(at index: Int) throws -> [SampleField] {
        try tensors.map { .tensor(try $0.get([.int(index)])) }
    }

    /// Rows `indices` of every tensor (one gather each).
    public func batch(at indices: [Int], recycling spare: inout [Tensor]) throws -> [Tensor] {
        let positions = Tensor(indices.map(Int64.init))
        return try tensors.map { try $0.get([.array(positions)], flavor: .torch) }
    }
}
