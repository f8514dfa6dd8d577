import Testing
@testable import NNTensor

/// Creation (arange, linspace, eye, nested lists) and dtype conversion against NumPy 2.4 /
/// PyTorch 2.15 (Fixtures/ops/creation.json, astype.json).
struct CreationTests {
    /// A nested Python value from JSON.
    indirect enum Nested: Decodable {
        case bool(Bool), int(Int64), double(Double), list([Nested])
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let b = try? c.decode(Bool.self) { self = .bool(b) }
            else if let i = try? c.decode(Int64.self) { self = .int(i) }
            else if let d = try? c.decode(Double.self) { self = .double(d) }
            else { self = .list(try c.decode([Nested].self)) }
        }
        var nested: NestedScalars {
            switch self {
            case .bool(let b): return .scalar(.bool(b))
            case .int(let i): return .scalar(.int(i))
            case .double(let d): return .scalar(.float(d))
            case .list(let l): return .list(l.map(\.nested))
            }
        }
    }

    struct Case: Decodable {
        let op: String
        let start: Double?, stop: Double?, step: Double?
        let num: Int?, endpoint: Bool?
        let n: Int?, m: Int?, k: Int?
        let value: Nested?
        let numpy: Outcome?
        let torch: Outcome?
    }

    /// A JSON number as the Python scalar it was written as (integral values as ints).
    func scalar(_ d: Double) -> Scalar { d == d.rounded() && abs(d) < 1e15 ? .int(Int64(d)) : .float(d) }

    @Test func creationMatchesNumPyAndPyTorch() throws {
        let cases = try loadFixture("creation.json", as: [Case].self)
        for c in cases {
            for (flavor, outcome) in [(Flavor.numpy, c.numpy), (.torch, c.torch)] {
                check(outcome, flavor, rtol: 1e-6, "\(c.op) \(String(describing: c.value)) \(c.start ?? 0)..\(c.stop ?? 0) [\(flavor)]") {
                    switch c.op {
                    case "arange":
                        return try Tensor.arange(start: scalar(c.start ?? 0), stop: scalar(c.stop ?? 0),
                                                 step: scalar(c.step ?? 1), flavor: flavor)
                    case "linspace":
                        return try Tensor.linspace(start: c.start ?? 0, stop: c.stop ?? 0, num: c.num ?? 0,
                                                   endpoint: c.endpoint ?? true, dtype: flavor.defaultFloat)
                    case "eye":
                        return try Tensor.eye(c.n ?? 0, c.m, k: c.k ?? 0, dtype: .float64)
                    default:
                        return try Tensor(nested: c.value?.nested ?? .list([]), flavor: flavor)
                    }
                }
            }
        }
    }

    struct AstypeCase: Decodable {
        let a: ArrayFixture
        let dtype: String
        let numpy: Outcome
    }

    @Test func astypeFollowsNumPyCasting() throws {
        for c in try loadFixture("astype.json", as: [AstypeCase].self) {
            guard let dt = DType(rawValue: c.dtype) else { continue }
            check(c.numpy, .numpy, rtol: 0, "\(c.a.dtype) → \(c.dtype)") { try c.a.tensor().astype(dt) }
        }
    }

    @Test func factoriesAndLikes() throws {
        let z = try Tensor.zeros([2, 3], dtype: .float32)
        #expect(z.shape == [2, 3] && z.dtype == .float32 && z.toDoubles() == [0, 0, 0, 0, 0, 0])
        #expect(try z.onesLike().toDoubles() == [1, 1, 1, 1, 1, 1])
        #expect(try z.fullLike(.float(2.5), dtype: .float64).toDoubles() == [2.5, 2.5, 2.5, 2.5, 2.5, 2.5])
        #expect(try Tensor.full([2], .bool(true), dtype: .int64).scalars(as: Int64.self) == [1, 1])
        expectTensorError("negative dimensions are not allowed", .numpy, "zeros(-1)") { try Tensor.zeros([-1], dtype: .float64) }
        expectTensorError("Trying to create tensor with negative dimension -1: [-1, 2]", .torch, "zeros(-1, 2)") {
            try Tensor.zeros([-1, 2], dtype: .float32)
        }
        #expect(throws: TensorError.self) { try Tensor.zeros([1 << 40, 1 << 40], dtype: .float64) }
        #expect(throws: TensorError.self) { try Tensor.zeros([1 << 20, 1 << 20, 1 << 20], dtype: .float64) }
    }

    @Test func rawAccessAndItem() throws {
        let t = try Tensor(shape: [2, 2], as: Float.self) { buf in
            for i in 0..<buf.count { buf[i] = Float(i) * 1.5 }
        }
        #expect(try t.scalars(as: Float.self) == [0, 1.5, 3, 4.5])
        #expect(try t.T.scalars(as: Float.self) == [0, 3, 1.5, 4.5])
        #expect(throws: TensorError.elementType(expected: .float64, actual: .float32)) { try t.scalars(as: Double.self) }
        #expect(try t.get([.int(1), .int(0)]).item() == .float(3))
        expectTensorError("a Tensor with 4 elements cannot be converted to Scalar", .torch, "item") {
            _ = try t.item(); return t
        }
        // Copy-on-write raw access does not disturb another holder of the storage.
        var u = t
        try u.withUnsafeMutableBufferPointer(as: Float.self) { $0[0] = 42 }
        #expect(t.floatElement(at: 0) == 0 && u.floatElement(at: 0) == 42)
        // Shared-write raw access is seen through every view.
        let view = try t.reshape([4])
        try t.withUnsafeMutableSharedBuffer(as: Float.self) { $0[3] = -1 }
        #expect(view.floatElement(at: 3) == -1)
        #expect(throws: TensorError.notContiguous(op: "withUnsafeMutableSharedBuffer")) {
            try t.T.withUnsafeMutableSharedBuffer(as: Float.self) { _ in }
        }
    }
}
