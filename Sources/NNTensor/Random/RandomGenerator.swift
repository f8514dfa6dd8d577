#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// xoshiro256** (Blackman & Vigna), seeded through SplitMix64: a small, fast generator with
/// a 2^256 − 1 period that passes BigCrush. Integer and uniform streams are bit-identical on
/// every platform for a given seed; normals use libm's `log` and `sqrt` (Marsaglia's polar
/// method), so they are reproducible wherever libm's `log` rounds the same way.
public struct RandomGenerator: Sendable {
    /// The 256-bit state.
    private(set) var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64
    /// The second normal of the last polar-method pair, not yet handed out.
    private var spareNormal: Double?

    /// A generator whose whole stream is determined by `seed`.
    public init(seed: UInt64) {
        var x = seed
        func splitmix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitmix(); s1 = splitmix(); s2 = splitmix(); s3 = splitmix()
        spareNormal = nil
    }

    /// A generator started from an explicit state (not all zero), for reference test vectors.
    init(state: (UInt64, UInt64, UInt64, UInt64)) {
        (s0, s1, s2, s3) = state
        spareNormal = nil
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// A uniform double in [0, 1) with 53 random bits.
    public mutating func nextDouble() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// A uniform float in [0, 1) with 24 random bits.
    public mutating func nextFloat() -> Float { Float(next() >> 40) * 0x1.0p-24 }

    /// A uniform integer in `0..<bound` (bound > 0) without modulo bias (Lemire's method).
    public mutating func next(below bound: UInt64) -> UInt64 {
        if bound == 0 { return 0 }
        var m = next().multipliedFullWidth(by: bound)
        if m.low < bound {
            let threshold = (0 &- bound) % bound
            while m.low < threshold { m = next().multipliedFullWidth(by: bound) }
        }
        return m.high
    }

    /// A standard normal sample (mean 0, standard deviation 1).
    public mutating func nextNormal() -> Double {
        if let s = spareNormal { spareNormal = nil; return s }
        while true {
            let u = 2 * nextDouble() - 1, v = 2 * nextDouble() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 {
                let f = (-2 * log(s) / s).squareRoot()
                spareNormal = v * f
                return u * f
            }
        }
    }
}

/// The process-wide generator behind every random tensor, seeded at start-up with
/// `defaultSeed` so that every run of a script prints the same numbers.
public enum Random {
    /// The seed the generator starts with: 42.
    public static let defaultSeed: UInt64 = 42

    /// The shared generator. `nonisolated(unsafe)` is sound here: nn runs scripts on one
    /// thread, and no tensor kernel touches the generator from another thread.
    nonisolated(unsafe) public static var generator = RandomGenerator(seed: defaultSeed)

    /// Restarts the shared stream (`torch.manual_seed`, `np.random.seed`, `random.seed`).
    public static func seed(_ seed: UInt64) { generator = RandomGenerator(seed: seed) }
}
