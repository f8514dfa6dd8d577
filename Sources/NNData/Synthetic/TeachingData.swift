import NNTensor

/// Two-class point clouds for teaching, like TensorFlow Playground's data sets: `xor`,
/// `circles`, `spiral`, `gauss` (Playground's recipes, see TeachingData+Playground.swift) and
/// `moons` (scikit-learn's `make_moons`).
///
/// Each returns `X`, a float tensor `[n, 2]` (float32 unless asked otherwise), and `y`, int64
/// labels `[n]` of 0 and 1 (Playground's −1 and +1 become 0 and 1). The points are shuffled,
/// as Playground shuffles them before splitting train and test. With a `seed` the data come
/// from a generator of their own, the same for every call; without one they are drawn from
/// the shared generator (`Random.generator`), so `torch.manual_seed` decides them.
public enum TeachingData {
    /// A labelled point cloud.
    public struct Points {
        /// Coordinates, `[n, 2]`.
        public let X: Tensor
        /// Labels 0 and 1, int64 `[n]`.
        public let y: Tensor
    }

    /// Collects points, then shuffles them and makes the tensors.
    struct Builder {
        /// x, y of each point.
        var coordinates: [Double] = []
        /// 0 or 1 for each point.
        var labels: [Int64] = []

        /// Adds a point.
        mutating func add(_ x: Double, _ y: Double, label: Int64) {
            coordinates += [x, y]
            labels.append(label)
        }

        /// The points in an order drawn from `g` (Fisher–Yates), as tensors.
        func finish(shuffledWith g: inout RandomGenerator, dtype: DType) throws -> Points {
            var order = Array(0..<labels.count)
            Shuffle.permute(&order, using: &g)
            let xs = order.flatMap { [coordinates[2 * $0], coordinates[2 * $0 + 1]] }
            let X = try Tensor(xs, shape: [labels.count, 2]).astype(dtype)
            return Points(X: X, y: Tensor(order.map { labels[$0] }))
        }
    }

    /// Runs `body` with the generator a call draws from: a new one for `seed`, else the
    /// shared one (written back afterwards).
    static func withGenerator(seed: UInt64?, _ body: (inout RandomGenerator) throws -> Points) rethrows -> Points {
        if let seed {
            var g = RandomGenerator(seed: seed)
            return try body(&g)
        }
        return try body(&Random.generator)
    }

    /// Checks the common arguments: `n ≥ 0`, `noise` finite and ≥ 0, a float dtype.
    static func check(n: Int, noise: Double, dtype: DType) throws {
        if n < 0 { throw DataError.invalidArgument(name: "n", value: "\(n)", requirement: "a non-negative integer") }
        if n > 100_000_000 { throw DataError.invalidArgument(name: "n", value: "\(n)", requirement: "at most 100000000") }
        if !(noise >= 0) || !noise.isFinite {
            throw DataError.invalidArgument(name: "noise", value: "\(noise)", requirement: "a finite number ≥ 0")
        }
        if !dtype.isFloatingPoint {
            throw DataError.invalidArgument(name: "dtype", value: dtype.numpyName, requirement: "float32 or float64")
        }
    }

    /// A uniform sample in `[a, b)` (Playground's `randUniform`).
    static func uniform(_ a: Double, _ b: Double, _ g: inout RandomGenerator) -> Double {
        g.nextDouble() * (b - a) + a
    }
}
