import Testing
@testable import NNTensor

/// Tensors (including strided views) print through the formatters exactly as NumPy 2.4 and
/// PyTorch 2.15 print the same values; expected strings were produced with those libraries.
@Suite struct TensorPrintingTests {
    @Test func numpyFloat64VectorPrintsLikeNumPy() throws {
        // np.array([-5, -2, 0, 2, 5]) passed through 1/(1+exp(-z)) (seed 004).
        let z = try Tensor(nested: .list([-5, -2, 0, 2, 5].map { .scalar(.float(Double($0))) }),
                           dtype: .float64, flavor: .numpy)
        let e = try z.unary(.negative, flavor: .numpy).unary(.exp, flavor: .numpy)
        let d = try Tensor.binary(.add, .scalar(.float(1)), .tensor(e), flavor: .numpy)
        let s = try Tensor.binary(.divide, .scalar(.float(1)), .tensor(d), flavor: .numpy)
        #expect(s.numpyStr() == "[0.00669285 0.11920292 0.5        0.88079708 0.99330715]")
        #expect(s.numpyRepr() == "array([0.00669285, 0.11920292, 0.5       , 0.88079708, 0.99330715])")
    }

    @Test func transposedViewPrintsInLogicalOrder() throws {
        // np.array([[1, 2], [3, 4]]).T  → [[1 3]\n [2 4]]
        let a = try Tensor(nested: .list([.list([.scalar(.int(1)), .scalar(.int(2))]),
                                          .list([.scalar(.int(3)), .scalar(.int(4))])]), flavor: .numpy)
        let t = try a.transpose(0, 1)
        #expect(t.numpyStr() == "[[1 3]\n [2 4]]")
        #expect(t.torchRepr() == "tensor([[1, 3],\n        [2, 4]])")
    }

    @Test func torchSuffixesAndDtypes() throws {
        // torch.tensor([0.5, 1.0]) and torch.tensor([0.5, 1.0], dtype=torch.float64)
        let f32 = try Tensor(nested: .list([.scalar(.float(0.5)), .scalar(.float(1))]), dtype: .float32, flavor: .torch)
        #expect(f32.torchRepr() == "tensor([0.5000, 1.0000])")
        #expect(f32.torchRepr(suffixes: ["requires_grad=True"]) == "tensor([0.5000, 1.0000], requires_grad=True)")
        #expect(try f32.astype(.float64).torchRepr() == "tensor([0.5000, 1.0000], dtype=torch.float64)")
    }
}
