import Testing
@testable import NNTensor

/// Broadcasting rules and the two mutation regimes (shared-write vs copy-on-write).
struct BroadcastAndInPlaceTests {
    /// (a, b, result or nil when they do not broadcast) — from np.broadcast_shapes (NumPy 2.4).
    static let table: [([Int], [Int], [Int]?)] = [
        ([2, 3], [3], [2, 3]), ([3, 1], [1, 4], [3, 4]), ([], [2, 2], [2, 2]), ([5, 1, 4], [3, 1], [5, 3, 4]),
        ([1], [0], [0]), ([2, 0], [1], [2, 0]), ([4, 1, 3], [2, 1], [4, 2, 3]), ([2, 3], [4], nil),
        ([2, 1], [8, 4, 3], nil), ([0], [2], nil), ([3], [3, 3], [3, 3]), ([1, 1, 1], [5], [1, 1, 5]),
    ]

    @Test(arguments: table.indices)
    func broadcastShapes(_ i: Int) throws {
        let (a, b, expected) = BroadcastAndInPlaceTests.table[i]
        if let expected {
            #expect(try Shape.broadcast(a, b) == expected)
            #expect(try Shape.broadcast(b, a) == expected)
            // The same through an operation on real tensors.
            let x = try Tensor.ones(a, dtype: .float32), y = try Tensor.ones(b, dtype: .float32)
            #expect(try (x + y).shape == expected)
        } else {
            #expect(throws: TensorError.broadcast(shapes: [a, b])) { try Shape.broadcast(a, b) }
        }
    }

    @Test func broadcastErrorWording() throws {
        let x = try Tensor.zeros([2, 3], dtype: .float32), y = try Tensor.zeros([4], dtype: .float32)
        expectTensorError("operands could not be broadcast together with shapes (2,3) (4,) ", .numpy, "np") {
            try x.binary(.add, y, flavor: .numpy)
        }
        expectTensorError("The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1", .torch, "torch") {
            try x.binary(.add, y, flavor: .torch)
        }
        #expect(TensorError.broadcast(shapes: [[2, 3], [4]]).exceptionName(.numpy) == "ShapeError")
    }

    @Test func inPlaceOpsWriteThroughViews() throws {
        // NumPy: x = [1, 2, 3]; y = x[::2]; y += 10 → x == [11, 2, 13]
        let x = Tensor([1.0, 2, 3])
        let y = try x.get([.slice(start: nil, stop: nil, step: 2)])
        try y.applyInPlace(.add, .scalar(.int(10)), flavor: .numpy)
        #expect(try x.scalars(as: Double.self) == [11, 2, 13])
        // add_ with alpha, as SGD does: p -= lr * g.
        let p = Tensor([Float(1), 2, 3]), g = Tensor([Float(10), 20, 30])
        let alias = try p.reshape([3, 1])
        try p.addInPlace(g, alpha: -0.1)
        #expect(try alias.scalars(as: Float.self) == [0, 0, 0])
        // fill / zero / assign (copy_ broadcasts the source).
        let m = try Tensor.zeros([2, 3], dtype: .float32)
        let row = try m.get([.int(1)])
        try m.assign(from: Tensor([Float(1), 2, 3]))
        #expect(try row.scalars(as: Float.self) == [1, 2, 3])
        row.fill(.float(7))
        #expect(try m.scalars(as: Float.self) == [1, 2, 3, 7, 7, 7])
        m.zero()
        #expect(try row.scalars(as: Float.self) == [0, 0, 0])
        // In place with itself transposed: a += a.T reads the original values (buffered).
        let a = try Tensor([1.0, 2, 3, 4], shape: [2, 2])
        try a.applyInPlace(.add, .tensor(a.T), flavor: .numpy)
        #expect(try a.scalars(as: Double.self) == [2, 5, 5, 8])
        // Integer target, float result: refused (same_kind), with NumPy's and PyTorch's words.
        let i = try Tensor.zeros([3], dtype: .int64)
        #expect(throws: TensorError.inPlaceCast(op: "add", from: .float64, to: .int64)) {
            try i.applyInPlace(.add, .tensor(Tensor([0.5])), flavor: .numpy)
        }
        #expect(TensorError.inPlaceCast(op: "add", from: .float32, to: .int64).message(.torch)
                == "result type Float can't be cast to the desired output type Long")
        #expect(TensorError.inPlaceCast(op: "add", from: .float64, to: .int64).message(.numpy)
                == "Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'")
        // The other operand may not grow the target.
        let t = try Tensor.zeros([3], dtype: .float32)
        #expect(throws: TensorError.inPlaceBroadcast(target: [3], shape: [2, 3])) {
            try t.applyInPlace(.add, .tensor(try Tensor.zeros([2, 3], dtype: .float32)), flavor: .torch)
        }
        #expect(TensorError.inPlaceBroadcast(target: [3], shape: [2, 3]).message(.numpy)
                == "non-broadcastable output operand with shape (3,) doesn't match the broadcast shape (2,3)")
        #expect(TensorError.inPlaceBroadcast(target: [3], shape: [2, 3]).message(.torch)
                == "output with shape [3] doesn't match the broadcast shape [2, 3]")
    }

    @Test func valueSemanticsForSwiftCopies() throws {
        // Operations never change their inputs; a Swift copy shares storage until a
        // copy-on-write mutation.
        let a = Tensor([1.0, 2])
        _ = try a + a
        #expect(try a.scalars(as: Double.self) == [1, 2])
        var b = a
        #expect(b.sharesStorage(with: a))
        try b.withUnsafeMutableBufferPointer(as: Double.self) { $0[1] = 5 }
        #expect(!b.sharesStorage(with: a))
        #expect(try a.scalars(as: Double.self) == [1, 2])
    }

    @Test func whereClipAndClose() throws {
        // np.where([True, False, True], [1, 2, 3], 0.5) == [1., 0.5, 3.]
        let c = Tensor([true, false, true])
        let w = try Tensor.where(c, .tensor(Tensor([Int64(1), 2, 3])), .scalar(.float(0.5)), flavor: .numpy)
        #expect(w.dtype == .float64)
        #expect(try w.scalars(as: Double.self) == [1, 0.5, 3])
        expectTensorError("where expected condition to be a boolean tensor, but got a tensor with dtype Float", .torch, "where") {
            try Tensor.where(Tensor([Float(1)]), .scalar(.int(1)), .scalar(.int(2)), flavor: .torch)
        }
        // np.clip([-2, 0.5, 3, nan], 0, 1) == [0, 0.5, 1, nan]
        let x = Tensor([-2.0, 0.5, 3, .nan])
        let clipped = try x.clip(min: .scalar(.int(0)), max: .scalar(.int(1)), flavor: .numpy).scalars(as: Double.self)
        #expect(clipped[0..<3] == [0, 0.5, 1] && clipped[3].isNaN)
        // np.isclose([1, 1e-9, inf, nan], [1 + 1e-6, 0, inf, nan]) == [True, True, True, False]
        let p = Tensor([1.0, 1e-9, .infinity, .nan]), q = Tensor([1 + 1e-6, 0, .infinity, .nan])
        #expect(try p.isclose(q).scalars(as: Bool.self) == [true, true, true, false])
        #expect(try p.isclose(q, equalNaN: true).scalars(as: Bool.self) == [true, true, true, true])
        #expect(!(try p.allclose(q)))
        #expect(Tensor([1.0, 2]).equal(Tensor([Int64(1), 2])))
        #expect(!Tensor([1.0, 2]).equal(Tensor([1.0])))
    }
}
