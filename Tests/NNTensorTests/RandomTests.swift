import Testing
@testable import NNTensor

/// The seeded generator: reference vectors, repeatability, distributions, error paths.
/// Serialized because the tests reseed the one process-wide generator.
@Suite(.serialized) struct RandomTests {
    @Test func xoshiroMatchesTheReferenceVectors() {
        // xoshiro256** from state {1, 2, 3, 4} (Blackman & Vigna's reference C code).
        var g = RandomGenerator(state: (1, 2, 3, 4))
        #expect((0..<6).map { _ in g.next() } == [11520, 0, 1_509_978_240, 1_215_971_899_390_074_240,
                                                  1_216_172_134_540_287_360, 607_988_272_756_665_600])
        // SplitMix64 seeding: the first words for seed 1234567 (Vigna's splitmix64.c).
        let s = RandomGenerator(seed: 1_234_567)
        #expect([s.s0, s.s1, s.s2] == [6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423])
    }

    @Test func sameSeedSameNumbers() throws {
        Random.seed(7)
        let a = try Tensor.normal([5], dtype: .float32), b = try Tensor.uniform([3], dtype: .float64)
        let c = try Tensor.randint(low: 0, high: 10, shape: [4]), p = try Tensor.permutation(6)
        Random.seed(7)
        #expect(try Tensor.normal([5], dtype: .float32).equal(a))
        #expect(try Tensor.uniform([3], dtype: .float64).equal(b))
        #expect(try Tensor.randint(low: 0, high: 10, shape: [4]).equal(c))
        #expect(try Tensor.permutation(6).equal(p))
        Random.seed(8)
        #expect(!(try Tensor.normal([5], dtype: .float32).equal(a)))
    }

    @Test func distributionsHaveTheirMoments() throws {
        Random.seed(Random.defaultSeed)
        let n = try Tensor.normal([100_000], mean: 2, std: 3, dtype: .float64)
        #expect(abs(try n.mean(flavor: .numpy).doubleElement(at: 0) - 2) < 0.05)
        #expect(abs(try n.std(correction: 0, flavor: .numpy).doubleElement(at: 0) - 3) < 0.05)
        let u = try Tensor.uniform([100_000], low: -1, high: 1, dtype: .float32)
        #expect(try u.min().doubleElement(at: 0) >= -1 && u.max().doubleElement(at: 0) < 1)
        #expect(abs(try u.mean(flavor: .numpy).doubleElement(at: 0)) < 0.01)
        let r = try Tensor.randint(low: -2, high: 3, shape: [10_000])
        #expect(try r.min().item() == .int(-2) && r.max().item() == .int(2))
        let m = try Tensor.bernoulli([100_000], p: 0.8, dtype: .float32)
        #expect(abs(try m.mean(flavor: .numpy).doubleElement(at: 0) - 0.8) < 0.01)
        // Full-range randint does not trap or bias toward the bounds.
        let wide = try Tensor.randint(low: Int64.min, high: Int64.max, shape: [4])
        #expect(wide.count == 4)
    }

    @Test func permutationsShuffleAndChoice() throws {
        Random.seed(3)
        let p = try Tensor.permutation(50).scalars(as: Int64.self)
        #expect(p.sorted() == Array(0..<50))
        // shuffle reorders rows in place; a view of the tensor sees it (shared-write).
        let x = try Tensor.arange(stop: .int(20), flavor: .numpy).reshape([10, 2])
        let view = try x.get([.all, .int(0)])
        try x.shuffle()
        let rows = try x.scalars(as: Int64.self)
        #expect(stride(from: 0, to: 20, by: 2).map { rows[$0 + 1] - rows[$0] } == [Int64](repeating: 1, count: 10))
        #expect(try view.scalars(as: Int64.self) == stride(from: 0, to: 20, by: 2).map { rows[$0] })
        #expect(rows != Array(0..<20))
        let c = try Tensor.choice(population: 10, size: 10, replace: false).scalars(as: Int64.self)
        #expect(Set(c).count == 10)
        let w = try Tensor.choice(population: 3, size: 1000, p: [0, 0, 1]).scalars(as: Int64.self)
        #expect(Set(w) == [2])
    }

    @Test func randomErrors() throws {
        expectTensorError("low >= high", .numpy, "randint") { try Tensor.randint(low: 5, high: 3, shape: [2]) }
        expectTensorError("random_ expects 'from' to be less than 'to', but got from=5 >= to=3", .torch, "randint") {
            try Tensor.randint(low: 5, high: 3, shape: [2])
        }
        expectTensorError("a must be greater than 0 unless no samples are taken", .numpy, "choice(0)") {
            try Tensor.choice(population: 0, size: 3)
        }
        expectTensorError("Cannot take a larger sample than population when 'replace=False'", .numpy, "choice") {
            try Tensor.choice(population: 3, size: 5, replace: false)
        }
        expectTensorError("probabilities do not sum to 1", .numpy, "p") { try Tensor.choice(population: 3, size: 2, p: [0.5, 0.2, 0.2]) }
        expectTensorError("'a' and 'p' must have same size", .numpy, "p size") { try Tensor.choice(population: 3, size: 2, p: [0.5, 0.5]) }
        #expect(throws: TensorError.probabilityRange(1.5)) { try Tensor.bernoulli([2], p: 1.5, dtype: .float32) }
        #expect(throws: TensorError.self) { try Tensor.normal([2], std: -1, dtype: .float32) }
    }
}
