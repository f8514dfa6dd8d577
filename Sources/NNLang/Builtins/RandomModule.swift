import Foundation

/// The source of random bits for the `random` module.
///
/// nn has one seeded generator per run (LANGUAGE.md, "Randomness"), owned by the tensor
/// engine; `ScriptRandom.source` is the single point where `random` reaches it, so wiring
/// the shared generator in is one assignment.
protocol RandomSource: AnyObject {
    /// The next 64 random bits.
    func nextBits() -> UInt64
    /// Restarts the sequence from `seed`.
    func reseed(_ seed: UInt64)
}

/// The generator `random` draws from.
enum ScriptRandom {
    /// nn's default seed, so every run prints the same numbers.
    static let defaultSeed: UInt64 = 0
    // The one process-wide generator: scripts run on one interpreter thread at a time.
    nonisolated(unsafe) static var source: RandomSource = EngineRandom()

    /// A uniform double in [0, 1) with 53 random bits.
    static func double() -> Double { Double(source.nextBits() >> 11) * 0x1.0p-53 }

    /// A uniform integer in [0, n) without modulo bias (n > 0).
    static func below(_ n: UInt64) -> UInt64 {
        let limit = UInt64.max - UInt64.max % n
        while true {
            let r = source.nextBits()
            if r < limit { return r % n }
        }
    }

    /// A standard normal sample (Box–Muller).
    static func gauss() -> Double {
        var u = double()
        while u == 0 { u = double() }
        return (-2 * Foundation.log(u)).squareRoot() * Foundation.cos(2 * Double.pi * double())
    }
}

/// xoshiro256** seeded through splitmix64: the stand-in until the shared generator is wired in.
final class Xoshiro256: RandomSource {
    private var s: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init(seed: UInt64) { reseed(seed) }

    func reseed(_ seed: UInt64) {
        var x = seed
        func splitmix() -> UInt64 {
            x &+= 0x9E3779B97F4A7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
        s = (splitmix(), splitmix(), splitmix(), splitmix())
    }

    func nextBits() -> UInt64 {
        func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
        let result = rotl(s.1 &* 5, 7) &* 9
        let t = s.1 << 17
        s.2 ^= s.0
        s.3 ^= s.1
        s.1 ^= s.2
        s.0 ^= s.3
        s.2 ^= t
        s.3 = rotl(s.3, 45)
        return result
    }
}

/// The `random` module (nn's seeded generator; the numbers differ from CPython's).
enum RandomModule {
    @Sendable static func register(_ m: ModuleObject, _ rt: Runtime) throws {
        m.fn("seed", "a=None", doc: "Reseed the generator (None: nn's default seed).") { a, rt in
            let seed: UInt64
            switch a[0] {
            case .none: seed = ScriptRandom.defaultSeed
            case .int(let i): seed = UInt64(bitPattern: Int64(i))
            default: seed = UInt64(bitPattern: Int64(try rt.hash(a[0])))
            }
            ScriptRandom.source.reseed(seed)
            return .none
        }
        m.fn("random", "", doc: "A float in [0, 1).") { _, _ in .float(ScriptRandom.double()) }
        m.fn("uniform", "a, b, /", doc: "A float between a and b.") { a, _ in
            let lo = try a.double(0), hi = try a.double(1)
            return .float(lo + (hi - lo) * ScriptRandom.double())
        }
        m.fn("randint", "a, b, /", doc: "An int in [a, b], both ends included.") { a, _ in
            let lo = try a.int(0), hi = try a.int(1)
            if hi < lo { throw ScriptError.valueError("empty range for randrange() (\(lo), \(hi + 1), \(hi + 1 - lo))") }
            return .int(lo &+ Int(bitPattern: UInt(ScriptRandom.below(UInt64(UInt(bitPattern: hi &- lo)) &+ 1))))
        }
        m.fn("randrange", "start, stop=None, step=1, /", doc: "A random element of range(start, stop, step).") { a, _ in
            var start = try a.int(0), stop = try a.optionalInt(1)
            let step = try a.int(2)
            if stop == nil { stop = start; start = 0 }
            let r = try RangeObject(start: start, stop: stop ?? 0, step: step)
            if r.count == 0 { throw ScriptError.valueError("empty range for randrange()") }
            return .int(r.element(Int(ScriptRandom.below(UInt64(r.count)))))
        }
        m.fn("choice", "seq, /", doc: "A random element of a non-empty sequence.") { a, rt in
            let n = try rt.length(a[0])
            if n == 0 { throw ScriptError.indexError("Cannot choose from an empty sequence") }
            return try rt.getItem(a[0], .int(Int(ScriptRandom.below(UInt64(n)))))
        }
        m.fn("shuffle", "x, /", doc: "Shuffle a list in place.") { a, _ in
            guard case .list(let l) = a[0] else { throw ScriptError.typeError("shuffle() argument must be a list") }
            var i = l.items.count - 1
            while i > 0 {
                let j = Int(ScriptRandom.below(UInt64(i + 1)))
                l.items.swapAt(i, j)
                i -= 1
            }
            return .none
        }
        m.fn("sample", "population, k, /", doc: "k distinct random elements.") { a, rt in
            var pool = try rt.toArray(a[0])
            let k = try a.int(1)
            if k < 0 || k > pool.count { throw ScriptError.valueError("Sample larger than population or is negative") }
            for i in 0..<k { pool.swapAt(i, i + Int(ScriptRandom.below(UInt64(pool.count - i)))) }
            return .list(ListObject(Array(pool.prefix(k))))
        }
        m.fn("choices", "population, weights=None, *, k=1", doc: "k random elements, with replacement.") { a, rt in
            let pool = try rt.toArray(a[0])
            let k = try a.int(2)
            if pool.isEmpty { throw ScriptError.indexError("Cannot choose from an empty sequence") }
            var cumulative: [Double] = []
            if !a.isNone(1) {
                var total = 0.0
                for w in try rt.toArray(a[1]) {
                    guard let d = w.asDouble else { throw ScriptError.typeError("weights must be numbers") }
                    total += d
                    cumulative.append(total)
                }
                if cumulative.count != pool.count { throw ScriptError.valueError("The number of weights does not match the population") }
            }
            var out: [Value] = []
            for _ in 0..<max(0, k) {
                if let total = cumulative.last {
                    let r = ScriptRandom.double() * total
                    out.append(pool[min(pool.count - 1, cumulative.firstIndex { r < $0 } ?? pool.count - 1)])
                } else {
                    out.append(pool[Int(ScriptRandom.below(UInt64(pool.count)))])
                }
            }
            return .list(ListObject(out))
        }
        m.fn("gauss", "mu=0.0, sigma=1.0", doc: "A normal sample.") { a, _ in
            let mu = try a.double(0), sigma = try a.double(1)
            return .float(mu + sigma * ScriptRandom.gauss())
        }
        m.define("normalvariate", m.attribute("gauss") ?? .none)
    }
}
