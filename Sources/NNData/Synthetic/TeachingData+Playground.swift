#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NNTensor

/// TensorFlow Playground's four classification sets (src/dataset.ts in tensorflow/playground),
/// with its `noise` scale: Playground's slider 0–50 % is `noise` 0–0.5.
///
/// An odd `n` gives the first class the extra point (Playground makes `n + 1` points then).
extension TeachingData {
    /// XOR: `x`, `y` uniform in [−5, 5], each pushed 0.3 away from 0; the label is 1 when
    /// `x·y ≥ 0` for the point moved by uniform noise in `[−5, 5]·noise` (the point itself is
    /// stored without the noise, so noise blurs the labels near the axes, as in Playground).
    public static func xor(n: Int = 500, noise: Double = 0, seed: UInt64? = nil, dtype: DType = .float32) throws -> Points {
        try check(n: n, noise: noise, dtype: dtype)
        return try withGenerator(seed: seed) { g in
            var b = Builder()
            for _ in 0..<n {
                var x = uniform(-5, 5, &g)
                x += x > 0 ? 0.3 : -0.3
                var y = uniform(-5, 5, &g)
                y += y > 0 ? 0.3 : -0.3
                let nx = uniform(-5, 5, &g) * noise, ny = uniform(-5, 5, &g) * noise
                b.add(x, y, label: (x + nx) * (y + ny) >= 0 ? 1 : 0)
            }
            return try b.finish(shuffledWith: &g, dtype: dtype)
        }
    }

    /// Circles: half the points at radius uniform in [0, 2.5], half in [3.5, 5], at a uniform
    /// angle; the label is 1 when the point moved by uniform noise in `[−5, 5]·noise` lies
    /// within radius 2.5 (so with no noise: inner disc 1, outer ring 0).
    public static func circles(n: Int = 500, noise: Double = 0, seed: UInt64? = nil, dtype: DType = .float32) throws -> Points {
        try check(n: n, noise: noise, dtype: dtype)
        return try withGenerator(seed: seed) { g in
            var b = Builder()
            for (count, low, high) in [(n - n / 2, 0.0, 2.5), (n / 2, 3.5, 5.0)] {
                for _ in 0..<count {
                    let r = uniform(low, high, &g), angle = uniform(0, 2 * .pi, &g)
                    let x = r * sin(angle), y = r * cos(angle)
                    let nx = uniform(-5, 5, &g) * noise, ny = uniform(-5, 5, &g) * noise
                    let inside = ((x + nx) * (x + nx) + (y + ny) * (y + ny)).squareRoot() < 2.5
                    b.add(x, y, label: inside ? 1 : 0)
                }
            }
            return try b.finish(shuffledWith: &g, dtype: dtype)
        }
    }

    /// Spiral: two arms of `m` points each; point `i` at radius `5i/m` and angle
    /// `1.75 · 2π · i/m` (plus π for the second arm, label 0), each coordinate moved by
    /// uniform noise in `[−1, 1]·noise`. The first arm is label 1.
    public static func spiral(n: Int = 500, noise: Double = 0, seed: UInt64? = nil, dtype: DType = .float32) throws -> Points {
        try check(n: n, noise: noise, dtype: dtype)
        return try withGenerator(seed: seed) { g in
            var b = Builder()
            for (count, delta, label) in [(n - n / 2, 0.0, Int64(1)), (n / 2, Double.pi, Int64(0))] {
                let m = Double(count)
                for i in 0..<count {
                    let r = Double(i) / m * 5
                    let t = 1.75 * Double(i) / m * 2 * .pi + delta
                    let x = r * sin(t) + uniform(-1, 1, &g) * noise
                    let y = r * cos(t) + uniform(-1, 1, &g) * noise
                    b.add(x, y, label: label)
                }
            }
            return try b.finish(shuffledWith: &g, dtype: dtype)
        }
    }

    /// Gauss: two normal clouds around (2, 2) (label 1) and (−2, −2) (label 0) whose variance
    /// grows linearly with the noise, from 0.5 at noise 0 to 4 at noise 0.5.
    public static func gauss(n: Int = 500, noise: Double = 0, seed: UInt64? = nil, dtype: DType = .float32) throws -> Points {
        try check(n: n, noise: noise, dtype: dtype)
        let sd = (0.5 + 7 * noise).squareRoot()
        return try withGenerator(seed: seed) { g in
            var b = Builder()
            for (count, c, label) in [(n - n / 2, 2.0, Int64(1)), (n / 2, -2.0, Int64(0))] {
                for _ in 0..<count {
                    let x = c + sd * g.nextNormal(), y = c + sd * g.nextNormal()
                    b.add(x, y, label: label)
                }
            }
            return try b.finish(shuffledWith: &g, dtype: dtype)
        }
    }
}
