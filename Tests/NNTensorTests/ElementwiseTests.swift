import Testing
@testable import NNTensor

/// Binary and unary elementwise operations against NumPy 2.4 and PyTorch 2.15 results
/// (Fixtures/ops/binary.json, unary.json, made by generate.py).
struct ElementwiseTests {
    struct BinaryCase: Decodable {
        let op: String
        let a: ArrayFixture
        let b: ArrayFixture?
        let scalar: ArrayFixture.Element?
        let scalarKind: String?
        let scalarOnLeft: Bool?
        let numpy: Outcome?
        let torch: Outcome?

        var scalarValue: Scalar? {
            guard let scalar, let scalarKind else { return nil }
            switch scalarKind {
            case "bool": return .bool(scalar.scalar.boolValue)
            case "int": return .int(scalar.scalar.int64Value)
            default: return .float(scalar.scalar.doubleValue)
            }
        }
    }

    @Test func binaryOpsMatchNumPyAndPyTorch() throws {
        let cases = try loadFixture("binary.json", as: [BinaryCase].self)
        #expect(cases.count > 1000)
        for c in cases {
            guard let op = BinaryOp(rawValue: c.op) else { Issue.record("unknown op \(c.op)"); continue }
            let a = try c.a.tensor()
            for (flavor, outcome) in [(Flavor.numpy, c.numpy), (.torch, c.torch)] {
                // NumPy's int8 results for bool // bool etc. are not reproduced (nn has no int8).
                if let v = outcome?.value, v.dtype == "int8" || v.dtype == "float16" { continue }
                let context = "\(c.op) \(c.a.dtype)\(c.a.shape) with \(c.b.map { "\($0.dtype)\($0.shape)" } ?? "scalar \(String(describing: c.scalarValue)) left=\(c.scalarOnLeft ?? false)") [\(flavor)]"
                // Float32 transcendental results may differ from NumPy's SIMD loops by an ulp.
                let rtol: Double? = op == .power ? 1e-5 : nil
                check(outcome, flavor, rtol: rtol, context) {
                    if let b = c.b { return try a.binary(op, try b.tensor(), flavor: flavor) }
                    let s = c.scalarValue ?? .int(0)
                    return c.scalarOnLeft == true ? try a.binary(op, scalarOnLeft: s, flavor: flavor)
                        : try a.binary(op, s, flavor: flavor)
                }
            }
        }
    }

    struct UnaryCase: Decodable {
        let op: String
        let a: ArrayFixture
        let numpy: Outcome?
        let torch: Outcome?
    }

    @Test func unaryOpsMatchNumPyAndPyTorch() throws {
        let cases = try loadFixture("unary.json", as: [UnaryCase].self)
        for c in cases {
            guard let op = UnaryOp(rawValue: c.op) else { Issue.record("unknown op \(c.op)"); continue }
            let a = try c.a.tensor()
            for (flavor, outcome) in [(Flavor.numpy, c.numpy), (.torch, c.torch)] {
                // NumPy's float16/int8 results for bool input are not reproduced (nn has none).
                if let v = outcome?.value, v.dtype == "float16" || v.dtype == "int8" { continue }
                check(outcome, flavor, rtol: c.a.dtype == "float32" || flavor == .torch ? 1e-5 : 1e-12,
                      "\(c.op) \(c.a.dtype) [\(flavor)]") {
                    try a.unary(op, flavor: flavor)
                }
            }
        }
    }

    struct PromotionCase: Decodable {
        let a: String
        let aZeroDim: Bool
        let b: String?
        let bZeroDim: Bool?
        let scalar: String?
        let numpy: String
        let torch: String
    }

    @Test func promotionTableMatchesNumPyAndPyTorch() throws {
        let cases = try loadFixture("promotion.json", as: [PromotionCase].self)
        #expect(cases.count == 88)
        for c in cases {
            guard let da = DType(rawValue: c.a) else { continue }
            let pa = Promotion.Participant.tensor(da, zeroDim: c.aZeroDim)
            let pb: Promotion.Participant
            if let b = c.b, let db = DType(rawValue: b) {
                pb = .tensor(db, zeroDim: c.bZeroDim ?? false)
            } else {
                pb = .scalar(c.scalar == "bool" ? .bool : c.scalar == "int" ? .int64 : .float64)
            }
            let context = "\(c.a)\(c.aZeroDim ? "(0-d)" : "") with \(c.b ?? "scalar " + (c.scalar ?? ""))\(c.bZeroDim == true ? "(0-d)" : "")"
            #expect(Promotion.resultType(pa, pb, flavor: .numpy).rawValue == c.numpy, "numpy: \(context)")
            #expect(Promotion.resultType(pa, pb, flavor: .torch).rawValue == c.torch, "torch: \(context)")
        }
    }

    @Test func weakScalarsKeepTheTensorWidth() throws {
        // NEP 50 and PyTorch: float32 * 0.1 stays float32; int64 * 0.5 is the default float.
        let f = Tensor([Float(1), 2])
        let i = Tensor([Int64(1), 2])
        #expect(try f.binary(.multiply, .float(0.1), flavor: .numpy).dtype == .float32)
        #expect(try i.binary(.multiply, .float(0.5), flavor: .numpy).dtype == .float64)
        #expect(try i.binary(.multiply, .float(0.5), flavor: .torch).dtype == .float32)
        #expect(try i.binary(.divide, i, flavor: .torch).dtype == .float32)
        #expect(try i.binary(.divide, i, flavor: .numpy).dtype == .float64)
        // Two Python scalars give a 0-d tensor.
        let s = try Tensor.binary(.add, .scalar(.int(2)), .scalar(.float(0.5)), flavor: .torch)
        #expect(s.shape == [] && s.dtype == .float32 && s.doubleElement(at: 0) == 2.5)
    }

    @Test func integerDivisionByZeroAndOverflowDoNotTrap() throws {
        // NumPy: 5 // 0 == 0 and 5 % 0 == 0 (with a warning); int64 arithmetic wraps.
        let a = Tensor([Int64(5), -5, Int64.min, Int64.max])
        let z = Tensor([Int64(0), 0, -1, 1])
        #expect(try a.binary(.floorDivide, z, flavor: .numpy).scalars(as: Int64.self) == [0, 0, Int64.min, Int64.max])
        #expect(try a.binary(.remainder, z, flavor: .numpy).scalars(as: Int64.self) == [0, 0, 0, 0])
        #expect(try a.binary(.add, .int(1), flavor: .numpy).scalars(as: Int64.self) == [6, -4, Int64.min + 1, Int64.min])
        #expect(try a.unary(.negative, flavor: .numpy).scalars(as: Int64.self) == [-5, 5, Int64.min, -Int64.max])
        #expect(try a.unary(.absolute, flavor: .numpy).scalars(as: Int64.self) == [5, 5, Int64.min, Int64.max])
    }

    @Test func roundIsHalfToEven() throws {
        // np.round([0.5, 1.5, 2.5, -0.5, -1.5, 3.7]) == [0, 2, 2, -0, -2, 4]
        let r = try [0.5, 1.5, 2.5, -0.5, -1.5, 3.7].tensor.unary(.round, flavor: .numpy)
        #expect(try r.scalars(as: Double.self) == [0, 2, 2, -0.0, -2, 4])
    }

    @Test func sigmoidIsStableForLargeInputs() throws {
        // torch.sigmoid(torch.tensor([-1000., 0., 1000.], dtype=torch.float64)) == [0, 0.5, 1]
        let s = try [-1000, 0, 1000].tensor.unary(.sigmoid, flavor: .numpy)
        #expect(try s.scalars(as: Double.self) == [0, 0.5, 1])
    }
}

extension ElementwiseTests {
    @Test func roundToDecimals() throws {
        // np.round([1.234567, -2.5551, 12345.678], 2) and (…, -2)
        let x = [1.234567, -2.5551, 12345.678].tensor
        #expect(try x.rounded(decimals: 2, flavor: .numpy).scalars(as: Double.self) == [1.23, -2.56, 12345.68])
        #expect(try x.rounded(decimals: -2, flavor: .numpy).scalars(as: Double.self) == [0, -0.0, 12300])
    }
}
