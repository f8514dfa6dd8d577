import NNTensor

/// Random orderings for loaders and splits.
enum Shuffle {
    /// Reorders `values` with Fisher–Yates drawing from `generator`, exactly as
    /// `Tensor.permutation` draws from the shared one (so a loader over the shared generator
    /// orders `0..<n` as `np.random.permutation(n)` would from the same state).
    static func permute(_ values: inout [Int], using generator: inout RandomGenerator) {
        var i = values.count - 1
        while i > 0 {
            let j = Int(generator.next(below: UInt64(i + 1)))
            values.swapAt(i, j)
            i -= 1
        }
    }

    /// Reorders `values` with `generator` when given, else with the shared `Random.generator`.
    static func permute(_ values: inout [Int], using generator: inout RandomGenerator?) {
        if var g = generator {
            permute(&values, using: &g)
            generator = g
        } else {
            permute(&values, using: &Random.generator)
        }
    }
}
