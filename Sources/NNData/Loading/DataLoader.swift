import NNTensor

/// Iterates a dataset in batches (PyTorch's `DataLoader` with the default sampler and
/// collation, in the calling thread).
///
/// Each pass is an `Epoch` made by `makeEpoch()`. With `shuffle`, each epoch draws a new
/// permutation when it starts, as PyTorch draws one per `iter(loader)`: from the loader's own
/// `generator` when it has one (PyTorch's `generator=` argument), else from the shared
/// `Random.generator`, so a seeded script sees the same order every run. `count` is the number of
/// batches: `ceil(n / batchSize)`, or `floor` with `dropLast`.
public final class DataLoader {
    /// The dataset iterated.
    public let dataset: any Dataset
    /// Samples per batch (the last one may be smaller unless `dropLast`).
    public let batchSize: Int
    /// True to draw a new order every epoch.
    public let shuffle: Bool
    /// True to skip a last, incomplete batch.
    public let dropLast: Bool
    /// The loader's own generator; nil draws from the shared one.
    private var generator: RandomGenerator?

    /// A loader over `dataset`; `batchSize` must be positive.
    public init(_ dataset: any Dataset, batchSize: Int = 1, shuffle: Bool = false, dropLast: Bool = false,
                generator: RandomGenerator? = nil) throws {
        if batchSize <= 0 { throw DataError.batchSize(batchSize) }
        self.dataset = dataset
        self.batchSize = batchSize
        self.shuffle = shuffle
        self.dropLast = dropLast
        self.generator = generator
    }

    /// Number of batches in one epoch.
    public var count: Int {
        let n = dataset.count
        return dropLast ? n / batchSize : n / batchSize + (n % batchSize == 0 ? 0 : 1)
    }

    /// Starts an epoch: draws the order now when shuffling.
    public func makeEpoch() -> Epoch {
        var order = Array(0..<dataset.count)
        if shuffle { Shuffle.permute(&order, using: &generator) }
        return Epoch(dataset: dataset, order: order, batchSize: batchSize, batches: count)
    }

    /// One pass over the dataset: `next()` gives each batch, then nil.
    ///
    /// The epoch keeps the last two batches it handed out; when one of them is no longer
    /// held anywhere else its buffers are written with a later batch instead of allocating
    /// new ones (a dataset decides whether it can). A batch that is still held — kept in a
    /// list, viewed, saved by autograd — is never overwritten.
    public struct Epoch {
        /// The dataset iterated.
        private let dataset: any Dataset
        /// Sample positions in visiting order.
        private let order: [Int]
        /// Samples per batch.
        private let batchSize: Int
        /// Number of batches this epoch yields.
        public let batches: Int
        /// Index of the next batch.
        public private(set) var position = 0
        /// The batch handed out last, and the one before it (candidates for reuse).
        private var last: [Tensor] = [], beforeLast: [Tensor] = []

        init(dataset: any Dataset, order: [Int], batchSize: Int, batches: Int) {
            self.dataset = dataset
            self.order = order
            self.batchSize = batchSize
            self.batches = batches
        }

        /// The positions of batch `index` in the dataset (empty past the last batch).
        public func indices(ofBatch index: Int) -> ArraySlice<Int> {
            guard index >= 0, index < batches else { return [] }
            let start = index * batchSize
            return order[start..<min(start + batchSize, order.count)]
        }

        /// The next batch, one tensor per sample field; nil after the last.
        public mutating func next() throws -> [Tensor]? {
            guard position < batches else {
                last = []
                beforeLast = []
                return nil
            }
            var spare = beforeLast
            beforeLast = []
            let batch = try dataset.batch(at: Array(indices(ofBatch: position)), recycling: &spare)
            spare = []
            beforeLast = last
            last = batch
            position += 1
            return batch
        }
    }
}
