import NNData
import NNTensor

/// nn's own 2-D teaching datasets in `datasets` (TensorFlow Playground's `xor`, `circles`,
/// `spiral`, `gauss`, and scikit-learn's `moons`): each returns `(X, y)` as torch tensors,
/// `X` float32 `[n, 2]` and `y` int64 labels 0/1 `[n]` (`X.numpy()` gives NumPy arrays).
/// Without `seed` they draw from nn's seeded generator, so `torch.manual_seed` decides them.
enum TeachingSets {
    static func register(_ m: ModuleObject) {
        let sets: [(String, String, (Int, Double, UInt64?) throws -> TeachingData.Points)] = [
            ("xor", "Points in the four quadrants; the label is whether x·y > 0 (needs a hidden layer).",
             { try TeachingData.xor(n: $0, noise: $1, seed: $2) }),
            ("circles", "A disc of one class inside a ring of the other.", { try TeachingData.circles(n: $0, noise: $1, seed: $2) }),
            ("spiral", "Two interleaved spirals.", { try TeachingData.spiral(n: $0, noise: $1, seed: $2) }),
            ("gauss", "Two Gaussian clouds.", { try TeachingData.gauss(n: $0, noise: $1, seed: $2) }),
            ("moons", "Two interleaving half circles (scikit-learn's make_moons).", { try TeachingData.moons(n: $0, noise: $1, seed: $2) }),
        ]
        for (name, doc, make) in sets {
            m.fn(name, "n=500, noise=0.0, seed=None", doc: doc + " Returns (X, y): float32 [n, 2] and int64 labels 0/1.") { a, _ in
                var seed: UInt64?
                if !a.isNone(2) {
                    let s = try a.int(2)
                    guard s >= 0 else { throw ScriptError.valueError("seed must be a non-negative integer, got \(s)") }
                    seed = UInt64(s)
                }
                let points = try TensorErrors.torch { try make(try a.int(0), try a.double(1), seed) }
                return .tuple([.tensor(points.X), .tensor(points.y)])
            }
        }
    }
}
