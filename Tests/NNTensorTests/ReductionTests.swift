import Testing
@testable import NNTensor

/// Reductions against NumPy 2.4 / PyTorch 2.15 (Fixtures/ops/reduction.json).
struct ReductionTests {
    struct Case: Decodable {
        let op: String
        let a: ArrayFixture
        let axes: [Int]?
        let axis: Int?
        let keepdims: Bool?
        let correction: Double?
        let numpy: Outcome?
        let torch: TorchOutcome?
    }

    /// PyTorch outcomes are a value/error, or values + indices for `max(dim)`.
    struct TorchOutcome: Decodable {
        let value: ArrayFixture?
        let error: String?
        let values: ArrayFixture?
        let indices: ArrayFixture?
        var outcome: Outcome { Outcome(value: value, error: error, type: nil) }
    }

    func run(_ c: Case, _ x: Tensor, _ flavor: Flavor) throws -> Tensor {
        let keep = c.keepdims ?? false
        switch c.op {
        case "sum": return try x.sum(axes: c.axes, keepdims: keep)
        case "prod": return try x.prod(axes: c.axes, keepdims: keep)
        case "max": return try x.max(axes: c.axes, keepdims: keep)
        case "min": return try x.min(axes: c.axes, keepdims: keep)
        case "mean": return try x.mean(axes: c.axes, keepdims: keep, flavor: flavor)
        case "any": return try x.any(axes: c.axes, keepdims: keep)
        case "all": return try x.all(axes: c.axes, keepdims: keep)
        case "var": return try x.variance(axes: c.axes, correction: c.correction ?? 0, keepdims: keep, flavor: flavor)
        case "std": return try x.std(axes: c.axes, correction: c.correction ?? 0, keepdims: keep, flavor: flavor)
        case "argmax": return try x.argmax(axis: c.axis, keepdims: keep)
        case "argmin": return try x.argmin(axis: c.axis, keepdims: keep)
        case "cumsum": return try x.cumsum(axis: c.axis)
        case "softmax": return try x.softmax(axis: c.axis ?? 0, flavor: flavor)
        case "logSoftmax": return try x.logSoftmax(axis: c.axis ?? 0, flavor: flavor)
        case "logsumexp": return try x.logsumexp(axes: c.axes, keepdims: keep, flavor: flavor)
        default: throw FixtureError.missing(c.op)
        }
    }

    @Test func reductionsMatchNumPyAndPyTorch() throws {
        let cases = try loadFixture("reduction.json", as: [Case].self)
        #expect(cases.count > 500)
        for c in cases {
            let x = try c.a.tensor()
            let context = "\(c.op) \(c.a.dtype)\(c.a.shape) axes \(String(describing: c.axes ?? c.axis.map { [$0] })) keepdims \(c.keepdims ?? false) ddof \(c.correction ?? 0)"
            if c.op == "maxWithIndices", let t = c.torch, let v = t.values, let i = t.indices {
                let (values, indices) = try x.maxWithIndices(axis: c.axis ?? 0)
                expectMatches(values, v, context)
                expectMatches(indices, i, context)
                continue
            }
            // Float32 sums are pairwise in NumPy and PyTorch too, but blocked differently.
            let rtol: Double? = c.a.dtype == "float32" ? 1e-5 : 1e-12
            check(c.numpy, .numpy, rtol: rtol, atol: 1e-12, "\(context) [numpy]") { try run(c, x, .numpy) }
            check(c.torch?.outcome, .torch, rtol: rtol, atol: 1e-6, "\(context) [torch]") { try run(c, x, .torch) }
        }
    }

    @Test func emptyReductionsThrowLikeNumPyAndPyTorch() throws {
        let empty = try Tensor.zeros([0, 3], dtype: .float64)
        expectTensorError("zero-size array to reduction operation maximum which has no identity", .numpy, "max") {
            try empty.max()
        }
        expectTensorError("max(): Expected reduction dim 0 to have non-zero size.", .torch, "max(dim=0)") {
            try empty.max(axes: [0])
        }
        expectTensorError("attempt to get argmax of an empty sequence", .numpy, "argmax") { try empty.argmax() }
        // Sums of nothing are the identity; the mean of nothing is NaN (NumPy warns).
        #expect(try empty.sum().doubleElement(at: 0) == 0)
        #expect(try empty.sum(axes: [0]).shape == [3])
        #expect(try empty.mean(flavor: .numpy).doubleElement(at: 0).isNaN)
    }

    @Test func axisErrors() throws {
        let x = try Tensor.zeros([2, 3], dtype: .float32)
        expectTensorError("axis 2 is out of bounds for array of dimension 2", .numpy, "sum axis 2") { try x.sum(axes: [2]) }
        expectTensorError("Dimension out of range (expected to be in range of [-2, 1], but got 2)", .torch, "sum dim 2") {
            try x.sum(axes: [2])
        }
        expectTensorError("duplicate value in 'axis'", .numpy, "repeated") { try x.sum(axes: [0, 0]) }
        expectTensorError("dim 0 appears multiple times in the list of dims", .torch, "repeated") { try x.sum(axes: [0, -2]) }
        expectTensorError("mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: Long",
                          .torch, "integer mean") { try Tensor([Int64(1), 2]).mean(flavor: .torch) }
    }

    @Test func sumOfOneMillionFloat32IsAccurate() throws {
        // Pairwise summation: one million copies of 0.1f sum to 100000 within float32 rounding
        // of the block sums (np.float32(0.1) * 1e6 = 100000.0015; NumPy's np.sum gives 100000.0).
        let x = try Tensor.full([1_000_000], .float(0.1), dtype: .float32)
        let s = try x.sum().doubleElement(at: 0)
        #expect(abs(s - 100_000.0015) < 0.1)
    }

    @Test func columnAndStridedReductions() throws {
        // np.arange(12.).reshape(3, 4).T.sum(axis=1) == [12, 15, 18, 21]
        let x = try Tensor.arange(stop: .int(12), flavor: .numpy).astype(.float64).reshape([3, 4])
        #expect(try x.T.sum(axes: [1]).scalars(as: Double.self) == [12, 15, 18, 21])
        #expect(try x.sum(axes: [0]).scalars(as: Double.self) == [12, 15, 18, 21])
        // x[:, ::2].sum(axis=0) == [12, 18]; x[::-1].max(axis=1) == [11, 7, 3]
        #expect(try x.get([.all, .slice(start: nil, stop: nil, step: 2)]).sum(axes: [0]).scalars(as: Double.self) == [12, 18])
        #expect(try x.flip(axes: [0]).max(axes: [1]).scalars(as: Double.self) == [11, 7, 3])
    }
}

extension ReductionTests {
    @Test func sumToShapeUndoesBroadcasting() throws {
        // g of shape (2, 3, 4) summed back to (3, 1): np.ones((2,3,4)).sum(axis=(0,2))[:, None] == 8
        let g = try Tensor.ones([2, 3, 4], dtype: .float32)
        let r = try g.sum(toShape: [3, 1])
        #expect(r.shape == [3, 1])
        #expect(try r.scalars(as: Float.self) == [8, 8, 8])
        #expect(try g.sum(toShape: [4]).scalars(as: Float.self) == [6, 6, 6, 6])
        #expect(try g.sum(toShape: []).scalars(as: Float.self) == [24])
        #expect(throws: TensorError.self) { try g.sum(toShape: [5]) }
    }
}
