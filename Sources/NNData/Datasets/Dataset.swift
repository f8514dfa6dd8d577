import NNTensor

/// One field of a sample: a tensor (an image, a feature row) or a number (a class label).
///
/// A sample is a list of fields — `(image, label)` for an image dataset, one field per tensor
/// for a `TensorDataset`. Batching stacks tensors along a new first dimension and turns
/// numbers into a 1-D tensor (ints → int64, floats → float64, bools → bool), as PyTorch's
/// `default_collate` does.
public enum SampleField {
    /// A tensor field.
    case tensor(Tensor)
    /// A number field (`.int` for a class label).
    case scalar(Scalar)
}

/// Anything a `DataLoader` can iterate: a number of samples and access to each of them.
///
/// Conformers implement `count` and `sample(at:)`. Those that can build a batch faster than
/// sample by sample (one pass over a byte store, one gather per tensor) also implement
/// `batch(at:recycling:)`; the default collates the samples.
public protocol Dataset: AnyObject {
    /// Number of samples.
    var count: Int { get }

    /// The sample at `index`, which the caller has checked lies in `0..<count`.
    func sample(at index: Int) throws -> [SampleField]

    /// The samples at `indices` (each in `0..<count`), batched field by field.
    ///
    /// `spare` may hold the tensors of an earlier batch that the caller no longer hands out;
    /// an implementation may write the new batch into them when they are uniquely
    /// referenced and of the right shape and dtype, instead of allocating.
    func batch(at indices: [Int], recycling spare: inout [Tensor]) throws -> [Tensor]
}

extension Dataset {
    /// Collates the samples one by one (the generic path).
    public func batch(at indices: [Int], recycling spare: inout [Tensor]) throws -> [Tensor] {
        try Collate.batch(indices.map { try sample(at: $0) })
    }

    /// The samples at `indices`, batched (no buffer reuse); indices are checked.
    public func batch(at indices: [Int]) throws -> [Tensor] {
        for i in indices where i < 0 || i >= count { throw DataError.indexOutOfRange(index: i, count: count) }
        var none: [Tensor] = []
        return try batch(at: indices, recycling: &none)
    }

    /// The sample at a Python-style index: negative indices count from the end.
    public func item(_ index: Int) throws -> [SampleField] {
        try sample(at: try resolveIndex(index))
    }

    /// `index` in `0..<count`, with negatives counted from the end; throws `indexOutOfRange`.
    public func resolveIndex(_ index: Int) throws -> Int {
        let i = index < 0 ? index &+ count : index
        if i < 0 || i >= count { throw DataError.indexOutOfRange(index: index, count: count) }
        return i
    }
}
