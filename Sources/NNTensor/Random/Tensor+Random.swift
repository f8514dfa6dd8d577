/// Random tensors drawn from the shared generator (`Random.generator`).
extension Tensor {
    /// Uniform samples in `[low, high)` as a float dtype.
    public static func uniform(_ shape: [Int], low: Double = 0, high: Double = 1, dtype: DType) throws -> Tensor {
        if !low.isFinite || !high.isFinite { throw TensorError.distributionParameter(name: "high - low", value: high - low) }
        let out = try Tensor.uninitialized(shape: shape, dtype: dtype.isFloatingPoint ? dtype : .float64)
        let span = high - low
        switch out.dtype {
        case .float32:
            let p = Loops.base(out, Float.self)
            for i in 0..<out.count { p[i] = Float(low + span * Double(Random.generator.nextFloat())) }
        default:
            let p = Loops.base(out, Double.self)
            for i in 0..<out.count { p[i] = low + span * Random.generator.nextDouble() }
        }
        return try out.converted(to: dtype)
    }

    /// Normal samples with `mean` and standard deviation `std` (≥ 0).
    public static func normal(_ shape: [Int], mean: Double = 0, std: Double = 1, dtype: DType) throws -> Tensor {
        if !(std >= 0) || !std.isFinite { throw TensorError.distributionParameter(name: "scale", value: std) }
        let out = try Tensor.uninitialized(shape: shape, dtype: dtype.isFloatingPoint ? dtype : .float64)
        switch out.dtype {
        case .float32:
            let p = Loops.base(out, Float.self)
            for i in 0..<out.count { p[i] = Float(mean + std * Random.generator.nextNormal()) }
        default:
            let p = Loops.base(out, Double.self)
            for i in 0..<out.count { p[i] = mean + std * Random.generator.nextNormal() }
        }
        return try out.converted(to: dtype)
    }

    /// Uniform integers in `low..<high`.
    public static func randint(low: Int64, high: Int64, shape: [Int], dtype: DType = .int64) throws -> Tensor {
        if low >= high { throw TensorError.randintRange(low: low, high: high) }
        let span = UInt64(bitPattern: high &- low)
        let out = try Tensor(shape: shape, as: Int64.self) { buf in
            for i in 0..<buf.count {
                buf[i] = low &+ Int64(bitPattern: Random.generator.next(below: span))
            }
        }
        return try out.converted(to: dtype)
    }

    /// A random ordering of `0..<n` as int64 (Fisher–Yates).
    public static func permutation(_ n: Int) throws -> Tensor {
        if n < 0 { throw TensorError.negativeDimension(shape: [n]) }
        return try Tensor(shape: [n], as: Int64.self) { buf in
            for i in 0..<n { buf[i] = Int64(i) }
            var i = n - 1
            while i > 0 {
                let j = Int(Random.generator.next(below: UInt64(i + 1)))
                buf.swapAt(i, j)
                i -= 1
            }
        }
    }

    /// Reorders `self` randomly along its first axis, in place (NumPy `shuffle`). Shared-write.
    public func shuffle() throws {
        if ndim == 0 { return }
        let perm = try Tensor.permutation(shape[0])
        try assign(from: try get([.array(perm)]))
    }

    /// `size` positions drawn from `0..<population`, with or without replacement, optionally
    /// with probabilities `p` (NumPy `choice`). The caller gathers values with them.
    public static func choice(population: Int, size: Int, replace: Bool = true,
                              p: [Double]? = nil) throws -> Tensor {
        if size < 0 { throw TensorError.negativeDimension(shape: [size]) }
        if population <= 0 {
            if size == 0 { return try Tensor.zeros([0], dtype: .int64) }
            throw TensorError.choiceEmpty
        }
        if !replace && size > population { throw TensorError.choiceTooMany(population: population, size: size) }
        var cdf: [Double]? = nil
        if let p {
            if p.count != population { throw TensorError.choiceProbabilitiesSize(population: population, given: p.count) }
            var acc = 0.0, c: [Double] = []
            for w in p {
                if !(w >= 0) { throw TensorError.choiceProbabilitiesSum }
                acc += w
                c.append(acc)
            }
            if Swift.abs(acc - 1) > 1.5e-8 { throw TensorError.choiceProbabilitiesSum }
            cdf = c
        }
        func draw(_ cdf: [Double]) -> Int {
            let u = Random.generator.nextDouble() * (cdf.last ?? 1)
            var lo = 0, hi = cdf.count - 1
            while lo < hi {
                let mid = (lo + hi) / 2
                if cdf[mid] > u { hi = mid } else { lo = mid + 1 }
            }
            return lo
        }
        if replace {
            return try Tensor(shape: [size], as: Int64.self) { buf in
                for i in 0..<size {
                    buf[i] = Int64(cdf.map(draw) ?? Int(Random.generator.next(below: UInt64(population))))
                }
            }
        }
        if var weights = p {
            // Without replacement and weighted: draw, then remove the drawn weight.
            return try Tensor(shape: [size], as: Int64.self) { buf in
                for i in 0..<size {
                    var acc = 0.0
                    let c = weights.map { acc += $0; return acc }
                    let k = draw(c)
                    buf[i] = Int64(k)
                    weights[k] = 0
                }
            }
        }
        let perm = try permutation(population)
        return perm.narrowed(axis: 0, start: 0, length: size)
    }

    /// A tensor of 1 (with probability `p`) and 0, in `dtype` — the keep-mask of dropout.
    public static func bernoulli(_ shape: [Int], p: Double, dtype: DType) throws -> Tensor {
        if !(p >= 0 && p <= 1) { throw TensorError.probabilityRange(p) }
        let mask = try Tensor(shape: shape, as: Bool.self) { buf in
            for i in 0..<buf.count { buf[i] = Random.generator.nextDouble() < p }
        }
        return try mask.converted(to: dtype)
    }
}
