import NNTensor
import Testing
@testable import NNData

/// A dataset whose sample i is (tensor [i, -i], label i % 3), recording what `batch` is
/// handed as spare buffers.
final class SpyDataset: Dataset {
    let count: Int
    /// For each `batch` call: how many spare tensors came and whether the first was unique.
    var spares: [(count: Int, unique: Bool)] = []
    init(count: Int) { self.count = count }
    func sample(at index: Int) throws -> [SampleField] {
        [.tensor(Tensor([Float(index), Float(-index)])), .scalar(.int(Int64(index % 3)))]
    }
    func batch(at indices: [Int], recycling spare: inout [Tensor]) throws -> [Tensor] {
        let unique = spare.isEmpty ? false : spare[0].hasUniqueStorage()
        spares.append((spare.count, unique))
        return try Collate.batch(indices.map { try sample(at: $0) })
    }
}

/// Every batch of one epoch.
func epoch(_ loader: DataLoader) throws -> [[Tensor]] {
    var e = loader.makeEpoch()
    var out: [[Tensor]] = []
    while let b = try e.next() { out.append(b) }
    return out
}

/// The first-field values of a batch list, as sample indices (SpyDataset's first column).
func sampleOrder(_ batches: [[Tensor]]) throws -> [Int] {
    try batches.flatMap { b in try b[0].scalars(as: Float.self).enumerated().filter { $0.offset % 2 == 0 }.map { Int($0.element) } }
}

@Suite struct LoaderTests {
    /// Counts from PyTorch 2.15: `len(DataLoader(range(n), batch_size=b, drop_last=d))`.
    @Test(arguments: [(10, 3, false, 4), (10, 3, true, 3), (9, 3, true, 3), (2, 5, true, 0), (0, 4, false, 0)])
    func batchCounts(n: Int, batch: Int, dropLast: Bool, expected: Int) throws {
        let loader = try DataLoader(SpyDataset(count: n), batchSize: batch, dropLast: dropLast)
        #expect(loader.count == expected)
        let batches = try epoch(loader)
        #expect(batches.count == expected)
        #expect(batches.map { $0[0].shape[0] } == (0..<expected).map { min(batch, n - $0 * batch) })
    }

    @Test func inOrderWithoutShuffle() throws {
        let batches = try epoch(try DataLoader(SpyDataset(count: 7), batchSize: 3))
        #expect(try sampleOrder(batches) == Array(0..<7))
        #expect(batches[0][0].shape == [3, 2] && batches[2][0].shape == [1, 2])
        let e = try DataLoader(SpyDataset(count: 7), batchSize: 3).makeEpoch()
        #expect(Array(e.indices(ofBatch: 2)) == [6] && e.indices(ofBatch: 3).isEmpty && e.indices(ofBatch: -1).isEmpty)
        #expect(try batches[1][1].scalars(as: Int64.self) == [0, 1, 2])
        #expect(batches[1][1].dtype == .int64)
    }

    @Test func badBatchSize() {
        #expect(throws: DataError.batchSize(0)) { try DataLoader(SpyDataset(count: 3), batchSize: 0) }
        #expect(DataError.batchSize(0).message == "batch_size should be a positive integer value, but got batch_size=0")
    }

    /// Fisher–Yates as `np.random.permutation` specifies it (i from n-1 down to 1, j uniform
    /// in 0...i), written out here as the reference for the loader's order.
    static func referencePermutations(_ n: Int, count: Int, seed: UInt64) -> [[Int]] {
        var g = RandomGenerator(seed: seed)
        return (0..<count).map { _ in
            var p = Array(0..<n)
            for i in stride(from: n - 1, to: 0, by: -1) { p.swapAt(i, Int(g.next(below: UInt64(i + 1)))) }
            return p
        }
    }

    /// Each epoch draws a new permutation when it starts; a seeded generator repeats.
    @Test func shuffleIsSeededAndNewEachEpoch() throws {
        let loader = try DataLoader(SpyDataset(count: 50), batchSize: 8, shuffle: true, generator: RandomGenerator(seed: 7))
        let first = try sampleOrder(try epoch(loader)), second = try sampleOrder(try epoch(loader))
        #expect([first, second] == Self.referencePermutations(50, count: 2, seed: 7))
        #expect(first != second)

        let again = try DataLoader(SpyDataset(count: 50), batchSize: 8, shuffle: true, generator: RandomGenerator(seed: 7))
        #expect(try sampleOrder(try epoch(again)) == first)
    }

    /// Without its own generator a loader draws from the shared one: each epoch a valid,
    /// different permutation. (Exact values are not checked here: other test suites in this
    /// process may draw from the shared generator at the same time.)
    @Test func shuffleDrawsFromTheSharedGenerator() throws {
        let loader = try DataLoader(SpyDataset(count: 64), batchSize: 5, shuffle: true)
        let first = try sampleOrder(try epoch(loader)), second = try sampleOrder(try epoch(loader))
        #expect(first.sorted() == Array(0..<64) && second.sorted() == Array(0..<64))
        #expect(first != second && first != Array(0..<64))
    }

    @Test func dropLastWithShuffleSkipsTheRemainder() throws {
        let batches = try epoch(try DataLoader(SpyDataset(count: 10), batchSize: 4, shuffle: true, dropLast: true,
                                               generator: RandomGenerator(seed: 3)))
        #expect(batches.map { $0[0].shape[0] } == [4, 4])
        #expect(Set(try sampleOrder(batches)).count == 8)
    }

    /// Batches handed out two steps ago come back as spare buffers; they are unique only when
    /// the caller let go of them.
    @Test func spareBuffersAreOfferedAndOnlyFreeOnesAreUnique() throws {
        let dropping = SpyDataset(count: 12)
        var e = try DataLoader(dropping, batchSize: 2).makeEpoch()
        while try e.next() != nil {}
        #expect(dropping.spares.map(\.count) == [0, 0, 2, 2, 2, 2])
        #expect(dropping.spares.dropFirst(2).allSatisfy { $0.unique })

        let keeping = SpyDataset(count: 12)
        let kept = try epoch(try DataLoader(keeping, batchSize: 2))
        #expect(kept.count == 6 && keeping.spares.allSatisfy { !$0.unique })
    }

    /// The image dataset writes into a free spare buffer and never into one still held.
    @Test func imageBatchesReuseOnlyFreeBuffers() throws {
        let root = try TestFiles.folder()
        try IDXDatasetTests.writeSplits(in: root, gzip: false)
        let ds = try IDXImageDataset.mnist(root: root, transform: .toTensor)
        func address(_ t: Tensor) throws -> UInt {
            try t.withUnsafeBufferPointer(as: Float.self) { UInt(bitPattern: $0.baseAddress) }
        }
        var spare = [try Tensor.zeros([2, 1, 2, 3], dtype: .float32), try Tensor.zeros([2], dtype: .int64)]
        let old = try address(spare[0])
        let reused = try ds.batch(at: [0, 1], recycling: &spare)
        #expect(try address(reused[0]) == old)  // spare is still alive, so equal means reused

        let held = spare[0]
        let fresh = try ds.batch(at: [2, 3], recycling: &spare)
        #expect(try address(fresh[0]) != old)
        #expect(try held.scalars(as: Float.self) == reused[0].scalars(as: Float.self))

        // Across a whole epoch, batches kept by the caller keep their values.
        let loader = try DataLoader(ds, batchSize: 2)
        let kept = try epoch(loader)
        let expected = TestFiles.pixels(count: 5, h: 2, w: 3).map { Float($0) / 255 }
        #expect(try kept.flatMap { try $0[0].scalars(as: Float.self) } == expected)
    }

    @Test func tensorDatasetGathersRows() throws {
        let x = try Tensor((0..<12).map(Double.init), shape: [4, 3])
        let y = Tensor([Int64(1), 0, 1, 1])
        let ds = try TensorDataset([x, y])
        #expect(ds.count == 4)
        let s = try ds.item(-1)
        guard case .tensor(let row) = s[0], case .tensor(let label) = s[1] else { Issue.record("fields"); return }
        #expect(try row.scalars(as: Double.self) == [9, 10, 11] && label.shape == [] && label.int64Element(at: 0) == 1)
        let b = try ds.batch(at: [2, 0])
        #expect(try b[0].shape == [2, 3] && b[0].scalars(as: Double.self) == [6, 7, 8, 0, 1, 2])
        #expect(try b[1].scalars(as: Int64.self) == [1, 1])

        #expect(throws: DataError.tensorDatasetSizes(sizes: [4, 3])) { try TensorDataset([x, Tensor([1.0, 2, 3])]) }
        #expect(throws: DataError.tensorDatasetEmpty) { try TensorDataset([]) }
        #expect(throws: DataError.tensorDatasetScalar(position: 1)) {
            try TensorDataset([x, Tensor(scalar: .int(1), dtype: .int64)])
        }
        #expect(DataError.tensorDatasetSizes(sizes: [4, 3]).message == "Size mismatch between tensors: their first dimensions are 4, 3")
    }

    /// Split sizes from PyTorch 2.15: `[len(s) for s in random_split(range(n), lengths)]`.
    @Test(arguments: [
        (10, [0.25, 0.25, 0.5], [3, 2, 5]), (30, [0.3, 0.3, 0.4], [9, 9, 12]), (5, [0.5, 0.5], [3, 2]),
        (7, [0.1, 0.9], [1, 6]), (3, [0.2, 0.2, 0.2, 0.2, 0.2], [1, 1, 1, 0, 0]), (10, [3, 7], [3, 7]),
    ])
    func randomSplitSizes(n: Int, lengths: [Double], expected: [Int]) throws {
        let parts = try RandomSplit.split(SpyDataset(count: n), lengths: lengths)
        #expect(parts.map(\.count) == expected)
        #expect(parts.flatMap(\.indices).sorted() == Array(0..<n))
    }

    @Test func randomSplitIsOnePermutation() throws {
        let base = SpyDataset(count: 20)
        let parts = try RandomSplit.split(base, lengths: [15, 5], generator: RandomGenerator(seed: 11))
        let perm = Self.referencePermutations(20, count: 1, seed: 11)[0]
        #expect(parts[0].indices == Array(perm[..<15]) && parts[1].indices == Array(perm[15...]))

        // A subset batches through its base and is itself loadable.
        let b = try parts[1].batch(at: [0, 1])
        #expect(try sampleOrder([b]) == Array(perm[15..<17]))
        #expect(try DataLoader(parts[0], batchSize: 4).count == 4)
        #expect(throws: DataError.indexOutOfRange(index: 5, count: 5)) { try parts[1].item(5) }
    }

    @Test func randomSplitErrors() {
        let ds = SpyDataset(count: 10)
        #expect(throws: DataError.splitSum(lengths: [3, 4], count: 10)) { try RandomSplit.split(ds, lengths: [3, 4]) }
        #expect(throws: DataError.splitFraction(index: 0)) { try RandomSplit.split(ds, lengths: [1.5, -0.5]) }
        #expect(throws: DataError.splitLength(index: 0, value: 2.5)) { try RandomSplit.split(ds, lengths: [2.5, 7.5]) }
        #expect(throws: DataError.splitLength(index: 1, value: -1)) { try RandomSplit.split(ds, lengths: [11, -1]) }
        #expect(DataError.splitSum(lengths: [3, 4], count: 10).message
            == "Sum of input lengths does not equal the length of the input dataset! (lengths [3, 4] sum to 7, the dataset has 10 samples)")
    }

    @Test func collateErrors() throws {
        let a: [SampleField] = [.tensor(Tensor([Float(1)])), .scalar(.int(1))]
        #expect(throws: DataError.collateFieldCount(index: 1, expected: 2, got: 1)) { try Collate.batch([a, [a[0]]]) }
        #expect(throws: DataError.collateKinds(field: 1, first: "an int", other: "a float")) {
            try Collate.batch([a, [a[0], .scalar(.float(1))]])
        }
        #expect(throws: TensorError.stackShapes(index: 1, first: [1], shape: [2])) {
            try Collate.batch([a, [.tensor(Tensor([Float(1), 2])), .scalar(.int(0))]])
        }
        let floats = try Collate.batch([[.scalar(.float(0.5))], [.scalar(.float(2))]])
        #expect(try floats[0].dtype == .float64 && floats[0].scalars(as: Double.self) == [0.5, 2])
    }
}
