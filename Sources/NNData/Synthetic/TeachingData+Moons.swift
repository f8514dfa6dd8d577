#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NNTensor

extension TeachingData {
    /// Two interleaving half circles, scikit-learn's `make_moons`: `n/2` points evenly
    /// spaced on the upper half of the unit circle (label 0), `n - n/2` on the lower half
    /// circle centred at (1, 0.5) (label 1), then normal noise of standard deviation `noise` added to
    /// every coordinate.
    public static func moons(n: Int = 500, noise: Double = 0, seed: UInt64? = nil, dtype: DType = .float32) throws -> Points {
        try check(n: n, noise: noise, dtype: dtype)
        return try withGenerator(seed: seed) { g in
            var b = Builder()
            let outer = n / 2, inner = n - n / 2
            for i in 0..<outer {
                let t = outer > 1 ? Double.pi * Double(i) / Double(outer - 1) : 0
                b.add(cos(t) + noise * g.nextNormal(), sin(t) + noise * g.nextNormal(), label: 0)
            }
            for i in 0..<inner {
                let t = inner > 1 ? Double.pi * Double(i) / Double(inner - 1) : 0
                b.add(1 - cos(t) + noise * g.nextNormal(), 1 - sin(t) - 0.5 + noise * g.nextNormal(), label: 1)
            }
            return try b.finish(shuffledWith: &g, dtype: dtype)
        }
    }
}
