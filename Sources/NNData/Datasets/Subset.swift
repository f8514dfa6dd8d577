import NNTensor

/// The samples of another dataset at chosen positions (PyTorch's `Subset`, what
/// `randomSplit` returns). Batches go through the base dataset's own batching, so a subset of
/// an image dataset keeps its fused conversion.
public final class Subset: Dataset {
    /// The dataset the samples come from.
    public let base: any Dataset
    /// Positions in `base`, in subset order.
    public let indices: [Int]

    /// A subset of `base` at `indices` (each checked against `base.count`).
    public init(_ base: any Dataset, indices: [Int]) throws {
        for i in indices where i < 0 || i >= base.count { throw DataError.indexOutOfRange(index: i, count: base.count) }
        self.base = base
        self.indices = indices
    }

    /// Number of samples in the subset.
    public var count: Int { indices.count }

    /// Sample `index` of the subset: sample `indices[index]` of the base.
    public func sample(at index: Int) throws -> [SampleField] {
        try base.sample(at: try position(index))
    }

    /// The base's batch at the mapped positions.
    public func batch(at positions: [Int], recycling spare: inout [Tensor]) throws -> [Tensor] {
        try base.batch(at: positions.map(position), recycling: &spare)
    }

    /// The base position of subset sample `index`; throws when `index` is out of range.
    private func position(_ index: Int) throws -> Int {
        if index < 0 || index >= indices.count { throw DataError.indexOutOfRange(index: index, count: indices.count) }
        return indices[index]
    }
}
