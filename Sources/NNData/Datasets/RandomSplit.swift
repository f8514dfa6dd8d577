import NNTensor

/// Splits a dataset into non-overlapping random subsets (PyTorch's `random_split`).
public enum RandomSplit {
    /// Subsets of `dataset` with the given lengths, drawn from one permutation of `generator`
    /// (PyTorch's `generator=` argument; by default the shared `Random.generator`).
    ///
    /// `lengths` follows PyTorch ≥ 1.13: when they sum to 1 (within `math.isclose`) and not
    /// more, they are fractions — each split gets `floor(fraction × count)` samples and the
    /// remainder is dealt one by one to the splits in order; otherwise they are whole
    /// numbers that must sum to `dataset.count`.
    public static func split(_ dataset: any Dataset, lengths: [Double], generator: RandomGenerator? = nil) throws -> [Subset] {
        let sizes = try resolve(lengths, count: dataset.count)
        var order = Array(0..<dataset.count)
        var source = generator
        Shuffle.permute(&order, using: &source)
        var subsets: [Subset] = []
        var start = 0
        for n in sizes {
            subsets.append(try Subset(dataset, indices: Array(order[start..<(start + n)])))
            start += n
        }
        return subsets
    }

    /// Subsets with whole-number lengths that must sum to `dataset.count`.
    public static func split(_ dataset: any Dataset, lengths: [Int], generator: RandomGenerator? = nil) throws -> [Subset] {
        try split(dataset, lengths: lengths.map(Double.init), generator: generator)
    }

    /// The split sizes for `lengths` (fractions or counts) over `count` samples.
    static func resolve(_ lengths: [Double], count: Int) throws -> [Int] {
        let total = lengths.reduce(0, +)
        var sizes: [Int] = []
        if isClose(total, 1) && total <= 1 {
            for (i, f) in lengths.enumerated() {
                if !(f >= 0 && f <= 1) { throw DataError.splitFraction(index: i) }
                sizes.append(Int((Double(count) * f).rounded(.down)))
            }
            let remainder = count - sizes.reduce(0, +)
            if !sizes.isEmpty {
                for i in 0..<max(0, remainder) { sizes[i % sizes.count] += 1 }
            }
        } else {
            for (i, v) in lengths.enumerated() {
                guard v >= 0, v == v.rounded(), v < 9.0e15 else { throw DataError.splitLength(index: i, value: v) }
                sizes.append(Int(v))
            }
        }
        var sum = 0
        for s in sizes {
            let (next, overflow) = sum.addingReportingOverflow(s)
            if overflow { throw DataError.splitSum(lengths: sizes, count: count) }
            sum = next
        }
        if sum != count { throw DataError.splitSum(lengths: sizes, count: count) }
        return sizes
    }

    /// Python's `math.isclose(a, b)` with its default relative tolerance 1e-9.
    private static func isClose(_ a: Double, _ b: Double) -> Bool {
        a == b || abs(a - b) <= 1e-9 * max(abs(a), abs(b))
    }
}
