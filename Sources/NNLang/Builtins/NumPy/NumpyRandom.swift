import NNTensor

/// `np.random`: the legacy functions (`seed rand randn randint uniform normal random
/// permutation shuffle choice`) drawing from nn's one seeded generator, and
/// `default_rng(seed)`, a `Generator` with its own stream. nn's generator is not NumPy's
/// Mersenne Twister or PCG64: the same seed gives different numbers than NumPy, but every run
/// of a script gives the same ones.
enum NumpyRandom {
    @Sendable static func register(_ m: ModuleObject, _ rt: Runtime) throws {
        m.numpy("seed", "seed=None", doc: "Restarts the generator from seed.") { a, _ in
            Random.seed(try seedValue(a[0]))
            return .none
        }
        m.type(GeneratorObject.type)
        m.numpy("default_rng", "seed=None", doc: "A Generator with its own stream, started from seed.") { a, _ in
            .native(GeneratorObject(seed: try seedValue(a[0])))
        }
        registerDraws(m)
        m.numpy("shuffle", "x", doc: "Shuffles an array (along its first axis) or a list in place.") { a, _ in
            try shuffle(a[0])
            return .none
        }
    }

    /// Registers the legacy drawing functions.
    static func registerDraws(_ m: ModuleObject) {
        m.numpy("rand", "*shape", doc: "Uniform samples in [0, 1) of the given shape.") { a, _ in
            sized(try Tensor.uniform(try shape(a.varArgs), dtype: .float64), scalar: a.varArgs.isEmpty)
        }
        m.numpy("randn", "*shape", doc: "Standard normal samples of the given shape.") { a, _ in
            sized(try Tensor.normal(try shape(a.varArgs), dtype: .float64), scalar: a.varArgs.isEmpty)
        }
        m.numpy("random", "size=None", doc: "Uniform samples in [0, 1).") { a, _ in
            try uniform(low: 0, high: 1, size: a[0])
        }
        m.numpy("random_sample", "size=None", doc: "Uniform samples in [0, 1).") { a, _ in
            try uniform(low: 0, high: 1, size: a[0])
        }
        m.numpy("uniform", "low=0.0, high=1.0, size=None", doc: "Uniform samples in [low, high).") { a, _ in
            try uniform(low: try a.double(0), high: try a.double(1), size: a[2])
        }
        m.numpy("normal", "loc=0.0, scale=1.0, size=None", doc: "Normal samples with mean loc and standard deviation scale.") { a, _ in
            try normal(loc: try a.double(0), scale: try a.double(1), size: a[2])
        }
        m.numpy("randint", "low, high=None, size=None, dtype=None", doc: "Integers in [low, high) (or [0, low)).") { a, _ in
            try integers(a[0], a[1], size: a[2], endpoint: false)
        }
        m.numpy("permutation", "x", doc: "A shuffled copy of an array, or a permutation of range(x).") { a, _ in
            try permutation(a[0])
        }
        m.numpy("choice", "a, size=None, replace=True, p=None", doc: "Random elements of a (or of range(a)).") { a, rt in
            try choice(a[0], size: a[1], replace: try a.bool(2), p: a[3], rt)
        }
    }

    /// A seed argument: None is nn's default seed; ints must be in [0, 2**32) as in NumPy.
    static func seedValue(_ v: Value) throws -> UInt64 {
        if v.isNone { return Random.defaultSeed }
        guard let n = NumpyArguments.intLike(v) else {
            throw ScriptError.typeError("Cannot cast scalar from dtype('\(v.typeName)') to dtype('int64') according to the rule 'safe'")
        }
        guard n >= 0 && n < 1 << 32 else { throw ScriptError.valueError("Seed must be between 0 and 2**32 - 1") }
        return UInt64(n)
    }

    /// The shape of `rand(2, 3)`-style arguments.
    static func shape(_ args: [Value]) throws -> [Int] {
        try NumpyArguments.shape(varArgs: args, function: "rand")
    }

    /// A `size=` argument: nil for None (one scalar draw).
    static func size(_ v: Value) throws -> [Int]? {
        v.isNone ? nil : try NumpyArguments.shape(v, function: "size")
    }

    /// A draw as an array, or its single element when no size was asked for.
    static func sized(_ t: Tensor, scalar: Bool) -> Value {
        scalar ? TensorConversion.value(t.element(at: 0)) : ArrayObject.array(t)
    }

    static func uniform(low: Double, high: Double, size v: Value) throws -> Value {
        let s = try size(v)
        return sized(try Tensor.uniform(s ?? [], low: low, high: high, dtype: .float64), scalar: s == nil)
    }

    static func normal(loc: Double, scale: Double, size v: Value) throws -> Value {
        if scale < 0 { throw ScriptError.valueError("scale < 0") }
        let s = try size(v)
        return sized(try Tensor.normal(s ?? [], mean: loc, std: scale, dtype: .float64), scalar: s == nil)
    }

    /// `randint(low, high)` (high excluded) or `integers(low, high, endpoint=True)`.
    static func integers(_ lowValue: Value, _ highValue: Value, size v: Value, endpoint: Bool) throws -> Value {
        guard let first = NumpyArguments.intLike(lowValue) else {
            throw ScriptError.typeError("'\(lowValue.typeName)' object cannot be interpreted as an integer")
        }
        var low = 0, high = first
        if !highValue.isNone { (low, high) = (first, try NumpyArguments.dimension(highValue)) }
        if endpoint {
            let (h, o) = high.addingReportingOverflow(1)
            if o { throw ScriptError.valueError("high is out of bounds for int64") }
            high = h
        }
        if low >= high { throw ScriptError.valueError("low >= high") }
        let s = try size(v)
        return sized(try Tensor.randint(low: Int64(low), high: Int64(high), shape: s ?? []), scalar: s == nil)
    }

    static func permutation(_ v: Value) throws -> Value {
        if let n = NumpyArguments.intLike(v) { return ArrayObject.array(try Tensor.permutation(n)) }
        let t = try NumpyArguments.array(v)
        guard let n = t.shape.first else { throw ScriptError.indexError("x must be an integer or at least 1-dimensional") }
        return ArrayObject.array(try t.get([.array(try Tensor.permutation(n))]))
    }

    static func shuffle(_ v: Value) throws {
        switch v {
        case .native(let n as ArrayObject): try n.tensor.shuffle()
        case .list(let l):
            let order = try Tensor.permutation(l.items.count)
            let old = l.items
            l.items = (0..<old.count).map { old[Int(order.int64Element(at: $0))] }
        default:
            throw ScriptError.typeError("shuffle() expects an array or a list, not '\(v.typeName)'")
        }
    }

    static func choice(_ population: Value, size v: Value, replace: Bool, p: Value, _ rt: Runtime) throws -> Value {
        let pool: Tensor?
        let count: Int
        if let n = NumpyArguments.intLike(population) {
            if n < 0 { throw ScriptError.valueError("a must be a positive integer unless no samples are taken") }
            (pool, count) = (nil, n)
        } else {
            let t = try NumpyArguments.array(population)
            guard t.ndim == 1 else { throw ScriptError.valueError("a must be 1-dimensional") }
            (pool, count) = (t, t.count)
        }
        let probabilities = p.isNone ? nil : try NumpyArguments.array(p, dtype: .float64).toDoubles()
        let s = try size(v)
        var total = 1
        for d in s ?? [] { total = total.multipliedReportingOverflow(by: d).overflow ? Int.max : total * d }
        let picks = try Tensor.choice(population: count, size: total, replace: replace, p: probabilities)
        let chosen = try pool.map { try $0.get([.array(picks)]) } ?? picks
        return sized(try chosen.reshape(s ?? [1]), scalar: s == nil)
    }
}
