import Testing
@testable import NNTensor

/// Matrix products against NumPy 2.4 / PyTorch 2.15 (Fixtures/ops/matmul.json) and the GEMM
/// entry point's transpose/accumulate contract.
struct MatMulTests {
    struct Case: Decodable {
        let op: String
        let a: ArrayFixture
        let b: ArrayFixture
        let numpy: Outcome?
        let torch: Outcome?
    }

    @Test func productsMatchNumPyAndPyTorch() throws {
        let cases = try loadFixture("matmul.json", as: [Case].self)
        for c in cases {
            let a = try c.a.tensor(), b = try c.b.tensor()
            let context = "\(c.op) \(c.a.dtype)\(c.a.shape) @ \(c.b.shape)"
            for (flavor, raw) in [(Flavor.numpy, c.numpy), (.torch, c.torch)] {
                // nn words the mm error as LANGUAGE.md does, without PyTorch 2.x's "mm: " prefix.
                let outcome = raw.map { o in
                    Outcome(value: o.value, error: o.error.map { $0.hasPrefix("mm: ") ? String($0.dropFirst(4)) : $0 }, type: o.type)
                }
                check(outcome, flavor, rtol: 1e-6, "\(context) [\(flavor)]") {
                    switch c.op {
                    case "matmul": return try a.matmul(b, flavor: flavor)
                    // (a.T).T is a column-major view: BLAS reads it with the transpose flag.
                    case "matmulTransposed": return try a.T.copy().T.matmul(b.T.copy().T, flavor: flavor)
                    case "dot": return try a.dot(b, flavor: flavor)
                    default: return try a.outer(b, flavor: flavor)
                    }
                }
            }
        }
    }

    @Test func lectureProduct() throws {
        // Seed 001: np.dot([[1, 2], [3, 4]], [[5, 6], [7, 8]]) == [[19, 22], [43, 50]].
        for dt in [DType.float32, .float64, .int64] {
            let a = try Tensor([1.0, 2, 3, 4], shape: [2, 2]).astype(dt)
            let b = try Tensor([5.0, 6, 7, 8], shape: [2, 2]).astype(dt)
            #expect(try a.matmul(b, flavor: .numpy).toDoubles() == [19, 22, 43, 50])
        }
    }

    @Test func gemmTransposesAndAccumulates() throws {
        // x (2x3), w (4x3): y = x @ w.T, computed with transposeB on w's storage.
        let x = try Tensor([Float(1), 2, 3, 4, 5, 6], shape: [2, 3])
        let w = try Tensor((0..<12).map { Float($0) * 0.5 - 2 }, shape: [4, 3])
        let y = try Tensor.zeros([2, 4], dtype: .float32)
        try Tensor.gemm(x, w, transposeB: true, into: y)
        // NumPy: (x @ w.T).ravel() == [-8, 1, 10, 19, -21.5, 1, 23.5, 46]
        #expect(try y.scalars(as: Float.self) == [-8, 1, 10, 19, -21.5, 1, 23.5, 46])
        // Accumulate: y = 2 * x @ w.T + 1 * y  → 3 * (x @ w.T)
        try Tensor.gemm(x, w, transposeB: true, alpha: 2, beta: 1, into: y)
        // NumPy: (3 * x @ w.T).ravel()
        #expect(try y.scalars(as: Float.self) == [-24, 3, 30, 57, -64.5, 3, 70.5, 138])
        // Weight gradient: gw = gy.T @ x with transposeA (gy is 2x4); NumPy: ones((4,2)) @ x.
        let gw = try Tensor.zeros([4, 3], dtype: .float32)
        let gy = try Tensor.ones([2, 4], dtype: .float32)
        try Tensor.gemm(gy, x, transposeA: true, into: gw)
        #expect(try gw.scalars(as: Float.self) == [5, 7, 9, 5, 7, 9, 5, 7, 9, 5, 7, 9])
        // The result is seen through a view of the output (shared-write).
        let row = try gw.get([.int(0)])
        try Tensor.gemm(gy, x, transposeA: true, beta: 1, into: gw)
        #expect(try row.scalars(as: Float.self) == [10, 14, 18])
    }

    @Test func shapeErrorsNameBothShapes() throws {
        let a = try Tensor.zeros([64, 784], dtype: .float32), b = try Tensor.zeros([128, 10], dtype: .float32)
        expectTensorError("mat1 and mat2 shapes cannot be multiplied (64x784 and 128x10)", .torch, "torch mm") {
            try a.matmul(b, flavor: .torch)
        }
        expectTensorError("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 128 is different from 784)",
                          .numpy, "numpy matmul") { try a.matmul(b, flavor: .numpy) }
        #expect(TensorError.matmul(a: [64, 784], b: [128, 10]).exceptionName(.torch) == "ShapeError")
        let s = Tensor(scalar: .float(2), dtype: .float32)
        expectTensorError("both arguments to matmul need to be at least 1D, but they are 2D and 0D", .torch, "0-d") {
            try a.matmul(s, flavor: .torch)
        }
        expectTensorError("expected m1 and m2 to have the same dtype, but got: long int != float", .torch, "dtypes") {
            try Tensor([Int64(1)]).matmul(Tensor([Float(1)]), flavor: .torch)
        }
    }
}

extension MatMulTests {
    @Test func openBLASCoreReport() {
        // The core name is whatever OpenBLAS chose; a suggestion only exists for the generic one.
        #expect(!BLAS.coreName.isEmpty)
        if let s = BLAS.suggestedCoreType {
            #expect(BLAS.coreName == "Prescott")
            #expect(["Cooperlake", "SkylakeX", "Haswell"].contains(s))
        }
    }
}
