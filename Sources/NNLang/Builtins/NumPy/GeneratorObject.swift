import NNTensor

/// `np.random.default_rng(seed)`: a generator with its own stream, independent of
/// `np.random.seed` and of the other generators. Its methods draw with NumPy's `Generator`
/// signatures (`integers` excludes `high` unless `endpoint=True`).
final class GeneratorObject: NativeObject {
    /// This generator's state; swapped into the shared slot while a method draws.
    var state: RandomGenerator

    init(seed: UInt64) { state = RandomGenerator(seed: seed) }

    nonisolated(unsafe) static let type: ClassObject = {
        // Immutable after its thread-safe lazy initialisation.
        let c = ClassObject.native("Generator", module: "numpy.random", doc: "A random generator with its own stream.")
        c.subclassable = false
        draw(c, "random", "size=None", "Uniform samples in [0, 1).") { a, _ in
            try NumpyRandom.uniform(low: 0, high: 1, size: a[0])
        }
        draw(c, "uniform", "low=0.0, high=1.0, size=None", "Uniform samples in [low, high).") { a, _ in
            try NumpyRandom.uniform(low: try a.double(0), high: try a.double(1), size: a[2])
        }
        draw(c, "normal", "loc=0.0, scale=1.0, size=None", "Normal samples.") { a, _ in
            try NumpyRandom.normal(loc: try a.double(0), scale: try a.double(1), size: a[2])
        }
        draw(c, "standard_normal", "size=None", "Standard normal samples.") { a, _ in
            try NumpyRandom.normal(loc: 0, scale: 1, size: a[0])
        }
        draw(c, "integers", "low, high=None, size=None, dtype=None, endpoint=False", "Integers in [low, high).") { a, _ in
            try NumpyRandom.integers(a[0], a[1], size: a[2], endpoint: try a.bool(4))
        }
        draw(c, "choice", "a, size=None, replace=True, p=None", "Random elements of a (or of range(a)).") { a, rt in
            try NumpyRandom.choice(a[0], size: a[1], replace: try a.bool(2), p: a[3], rt)
        }
        draw(c, "permutation", "x", "A shuffled copy, or a permutation of range(x).") { a, _ in
            try NumpyRandom.permutation(a[0])
        }
        draw(c, "shuffle", "x", "Shuffles an array or a list in place.") { a, _ in
            try NumpyRandom.shuffle(a[0])
            return .none
        }
        return c
    }()

    /// Registers a method that draws from the receiver's own stream.
    private static func draw(_ c: ClassObject, _ name: String, _ parameters: String, _ doc: String,
                             _ body: @escaping BuiltinFunction.Body) {
        c.numpy(name, parameters, doc: doc) { a, rt in
            let g = try a.receiver(as: GeneratorObject.self, typeName: "Generator")
            let shared = Random.generator
            Random.generator = g.state
            defer {
                g.state = Random.generator
                Random.generator = shared
            }
            return try body(a, rt)
        }
    }

    override var nativeType: ClassObject { GeneratorObject.type }

    override func repr(_ rt: Runtime) throws -> String { "Generator(Xoshiro256)" }
}
