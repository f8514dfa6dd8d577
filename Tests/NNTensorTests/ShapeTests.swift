import Testing
@testable import NNTensor

/// Shape operations against NumPy 2.4 / PyTorch 2.15 (Fixtures/ops/shape.json).
struct ShapeTests {
    struct Params: Decodable {
        let shape: [Int]?
        let axes: [Int]?
        let a: Int?
        let b: Int?
        let axis: Int?
        let start: Int?
        let end: Int?
        let reps: [Int]?
        let repeats: Int?
    }

    struct Case: Decodable {
        let op: String
        let a: ArrayFixture?
        let list: [ArrayFixture]?
        let params: Params?
        let axis: Int?
        let numpy: Outcome?
        let torch: Outcome?
    }

    func run(_ c: Case, _ flavor: Flavor) throws -> Tensor {
        let p = c.params
        if let list = c.list {
            let ts = try list.map { try $0.tensor() }
            return c.op == "stack" ? try Tensor.stack(ts, axis: c.axis ?? 0, flavor: flavor)
                : try Tensor.concatenate(ts, axis: c.axis ?? 0, flavor: flavor)
        }
        guard let x = try c.a?.tensor() else { throw FixtureError.missing("a") }
        switch c.op {
        case "reshape": return try x.reshape(p?.shape ?? [])
        case "permute": return try x.permute(p?.axes ?? [])
        case "transpose": return try x.transpose(p?.a ?? 0, p?.b ?? 0)
        case "T": return x.T
        case "unsqueeze": return try x.unsqueeze(p?.axis ?? 0)
        case "flatten": return try x.flatten(start: p?.start ?? 0, end: p?.end ?? -1)
        case "flip": return try x.flip(axes: p?.axes)
        case "tile": return try x.tile(p?.reps ?? [])
        case "repeatElements": return try x.repeatElements(p?.repeats ?? 1, axis: p?.axis)
        case "expand": return try x.expand(to: p?.shape ?? [])
        case "squeeze": return try x.squeeze(axes: p?.axes, flavor: flavor)
        default: throw FixtureError.missing(c.op)
        }
    }

    @Test func shapeOpsMatchNumPyAndPyTorch() throws {
        let cases = try loadFixture("shape.json", as: [Case].self)
        for c in cases {
            let context = "\(c.op) \(String(describing: c.params)) axis \(String(describing: c.axis))"
            // NumPy's swapaxes names its argument ("axis2: axis 3 is out of bounds …"); nn's
            // message is the plain axis error.
            let numpy = c.numpy.map { o in
                Outcome(value: o.value, error: o.error.map { $0.hasPrefix("axis2: ") ? String($0.dropFirst(7)) : $0 }, type: o.type)
            }
            check(numpy, .numpy, "\(context) [numpy]") { try run(c, .numpy) }
            check(c.torch, .torch, "\(context) [torch]") { try run(c, .torch) }
        }
    }

    @Test func viewsShareStorageAndReshapeCopiesOnlyWhenNeeded() throws {
        let x = try Tensor.arange(stop: .int(6), flavor: .numpy).reshape([2, 3])
        #expect(try x.reshape([3, 2]).sharesStorage(with: x))
        #expect(x.T.sharesStorage(with: x))
        #expect(try x.unsqueeze(0).sharesStorage(with: x))
        #expect(try x.expand(to: [4, 2, 3]).sharesStorage(with: x))
        #expect(try x.flip(axes: [1]).sharesStorage(with: x))
        // x.T is not contiguous: reshape copies, view refuses (PyTorch's message).
        #expect(!(try x.T.reshape([6]).sharesStorage(with: x)))
        #expect(try x.T.reshape([6]).scalars(as: Int64.self) == [0, 3, 1, 4, 2, 5])
        expectTensorError("view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.", .torch, "view") {
            try x.T.view([6])
        }
        // A transposed view of a transposed view can be viewed again (PyTorch computeStride).
        #expect(try x.T.view([3, 1, 2]).sharesStorage(with: x))
        #expect(try x.get([.all, .slice(start: 0, stop: 2, step: nil)]).view([2, 2, 1]).shape == [2, 2, 1])
    }

    @Test func splitAndChunk() throws {
        let x = try Tensor.arange(stop: .int(10), flavor: .numpy)
        // np.split(np.arange(10), [3, 7]) → [0 1 2], [3 4 5 6], [7 8 9]
        #expect(try x.split(at: [3, 7]).map { try $0.scalars(as: Int64.self) } == [[0, 1, 2], [3, 4, 5, 6], [7, 8, 9]])
        // torch.arange(10).chunk(3) → sizes 4, 4, 2; split(4) the same.
        #expect(try x.chunk(3).map(\.count) == [4, 4, 2])
        #expect(try x.split(size: 4).map(\.count) == [4, 4, 2])
        #expect(try x.split(sections: 5).map(\.count) == [2, 2, 2, 2, 2])
        expectTensorError("array split does not result in an equal division", .numpy, "split 3") { try x.split(sections: 3)[0] }
    }

    @Test func reshapeErrors() throws {
        let x = try Tensor.zeros([2, 3], dtype: .float64)
        expectTensorError("cannot reshape array of size 6 into shape (4,)", .numpy, "(4,)") { try x.reshape([4]) }
        expectTensorError("cannot reshape array of size 6 into shape (4)", .numpy, "(-1, 4)") { try x.reshape([-1, 4]) }
        expectTensorError("shape '[4]' is invalid for input of size 6", .torch, "[4]") { try x.reshape([4]) }
        expectTensorError("can only specify one unknown dimension", .numpy, "-1 -1") { try x.reshape([-1, -1]) }
        expectTensorError("negative dimensions are not allowed", .numpy, "-2") { try x.reshape([-2, -3]) }
    }
}
