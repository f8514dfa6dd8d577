import Testing
@testable import NNTensor

/// Indexing and assignment against NumPy 2.4 / PyTorch 2.15 (Fixtures/ops/indexing.json).
struct IndexingTests {
    /// One index entry as the fixture spells it.
    struct Entry: Decodable {
        let int: Int?
        let slice: [Int?]?
        let newaxis: Bool?
        let ellipsis: Bool?
        let array: ArrayFixture?
        let mask: ArrayFixture?

        func index() throws -> TensorIndex {
            if let int { return .int(int) }
            if let slice { return .slice(start: slice[0], stop: slice[1], step: slice[2]) }
            if newaxis == true { return .newAxis }
            if ellipsis == true { return .ellipsis }
            if let array { return .array(try array.tensor()) }
            if let mask { return .mask(try mask.tensor()) }
            throw FixtureError.missing("index entry")
        }
    }

    /// A value to assign: a number or an array.
    enum Value: Decodable {
        case number(Double), array(ArrayFixture)
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let d = try? c.decode(Double.self) { self = .number(d) } else { self = .array(try c.decode(ArrayFixture.self)) }
        }
    }

    struct Case: Decodable {
        let a: ArrayFixture
        let index: [Entry]
        let value: Value?
        let numpy: Outcome?
        let torch: Outcome?
    }

    @Test func indexingMatchesNumPyAndPyTorch() throws {
        let cases = try loadFixture("indexing.json", as: [Case].self)
        #expect(cases.count > 50)
        for c in cases {
            let index = try c.index.map { try $0.index() }
            let context = "\(index) value \(String(describing: c.value))"
            for (flavor, outcome) in [(Flavor.numpy, c.numpy), (.torch, c.torch)] {
                // PyTorch accepts `x[..., ...]`; nn rejects it in both flavours, as NumPy does.
                if flavor == .torch && c.index.filter({ $0.ellipsis == true }).count > 1 { continue }
                check(outcome, flavor, "\(context) [\(flavor)]") {
                    let x = try c.a.tensor()
                    guard let value = c.value else { return try x.get(index, flavor: flavor) }
                    switch value {
                    case .number(let d): try x.set(index, to: .float(d), flavor: flavor)
                    case .array(let a): try x.set(index, to: try a.tensor(), flavor: flavor)
                    }
                    return x
                }
            }
        }
    }

    @Test func basicIndexingGivesViewsAdvancedGivesCopies() throws {
        let a = try Tensor.arange(stop: .int(12), flavor: .numpy).reshape([3, 4])
        #expect(try a.get([.int(1)]).sharesStorage(with: a))
        #expect(try a.get([.all, .slice(start: nil, stop: nil, step: -1)]).sharesStorage(with: a))
        #expect(try a.get([.newAxis, .ellipsis, .int(0)]).sharesStorage(with: a))
        #expect(!(try a.get([.array(Tensor([Int64(0), 2]))]).sharesStorage(with: a)))
        #expect(!(try a.get([.mask(a.binary(.greater, .int(5), flavor: .numpy))]).sharesStorage(with: a)))
    }

    @Test func writesThroughABasicViewReachTheBase() throws {
        // Python: b = a[0:2]; b[0] = 9  changes a[0].
        let a = Tensor([1.0, 2, 3, 4])
        let b = try a.get([.slice(start: 0, stop: 2, step: nil)])
        try b.set([.int(0)], to: .float(9))
        #expect(try a.scalars(as: Double.self) == [9, 2, 3, 4])
        // a[a > 2] = 0 through a mask.
        try a.set([.mask(a.binary(.greater, .int(2), flavor: .numpy))], to: .int(0))
        #expect(try a.scalars(as: Double.self) == [0, 2, 0, 0])
        // Overlapping self-assignment: a[1:] = a[:-1] (NumPy gives [0, 0, 2, 0]).
        try a.set([.slice(start: 1, stop: nil, step: nil)], to: try a.get([.slice(start: nil, stop: -1, step: nil)]))
        #expect(try a.scalars(as: Double.self) == [0, 0, 2, 0])
    }

    @Test func indexBackwardAccumulatesRepeatedPositions() throws {
        // torch: x = zeros(3, requires_grad); x[[0, 0, 2]].sum().backward() → grad [2, 0, 1]
        let g = try Tensor.ones([3], dtype: .float32)
        let idx = [TensorIndex.array(Tensor([Int64(0), 0, 2]))]
        #expect(try Tensor.indexBackward(grad: g, index: idx, inputShape: [3]).scalars(as: Float.self) == [2, 0, 1])
        // Basic index: x[1:, ::2] of a (3, 4) input; grad of ones lands on those positions.
        let basic: [TensorIndex] = [.slice(start: 1, stop: nil, step: nil), .slice(start: nil, stop: nil, step: 2)]
        let gb = try Tensor.indexBackward(grad: try Tensor.ones([2, 2], dtype: .float64), index: basic, inputShape: [3, 4])
        #expect(try gb.scalars(as: Double.self) == [0, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0])
        // Mask and 2-D integer arrays: x[[[0, 1], [1, 1]]] on a (2, 3) input, grad of ones.
        let rows = try Tensor([Int64(0), 1, 1, 1], shape: [2, 2])
        let gm = try Tensor.indexBackward(grad: try Tensor.ones([2, 2, 3], dtype: .float32), index: [.array(rows)], inputShape: [2, 3])
        #expect(try gm.scalars(as: Float.self) == [1, 1, 1, 3, 3, 3])
    }

    @Test func copyOnWriteUpdateLeavesOtherCopiesAlone() throws {
        let a = Tensor([1.0, 2, 3])
        var b = a
        try b.update([.int(0)], with: .scalar(.float(7)))
        #expect(try a.scalars(as: Double.self) == [1, 2, 3])
        #expect(try b.scalars(as: Double.self) == [7, 2, 3])
        // A unique tensor is updated in place (no copy).
        var c = try Tensor.zeros([2], dtype: .float64)
        let before = ObjectIdentifier(c.storage)
        try c.update([.int(1)], with: .scalar(.float(5)))
        #expect(ObjectIdentifier(c.storage) == before)
    }

    @Test func nonzeroIsRowMajor() throws {
        // np.nonzero([[0, 3], [4, 0]]) == ([0, 1], [1, 0])
        let m = try Tensor([Int64(0), 3, 4, 0], shape: [2, 2])
        let nz = try m.nonzero()
        #expect(try nz.map { try $0.scalars(as: Int64.self) } == [[0, 1], [1, 0]])
    }
}
