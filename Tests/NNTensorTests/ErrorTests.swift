import Testing
@testable import NNTensor

/// Error paths not exercised by the fixture suites, exception names, and a sweep showing that
/// hostile input produces typed errors, never a trap.
struct ErrorTests {
    /// (what, NumPy message, PyTorch message) — messages as NumPy 2.4 / PyTorch 2.15 print them.
    static var messages: [(String, String, String, () throws -> Tensor)] { [
        ("concatenate []", "need at least one array to concatenate", "torch.cat(): expected a non-empty list of Tensors",
         { try Tensor.concatenate([], flavor: .numpy) }),
        ("stack []", "need at least one array to stack", "stack expects a non-empty TensorList",
         { try Tensor.stack([], flavor: .numpy) }),
        ("arange step 0", "division by zero", "step must be nonzero",
         { try Tensor.arange(stop: .int(5), step: .int(0), flavor: .numpy) }),
        ("linspace -1", "Number of samples, -1, must be non-negative.", "number of steps must be non-negative",
         { try Tensor.linspace(start: 0, stop: 1, num: -1, dtype: .float64) }),
        ("-bool", "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.",
         "Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.",
         { try Tensor([true]).unary(.negative, flavor: .numpy) }),
        ("index 5 of 3", "index 5 is out of bounds for axis 0 with size 3", "index 5 is out of bounds for dimension 0 with size 3",
         { try Tensor([1.0, 2, 3]).get([.int(5)]) }),
        ("expand", "operands could not be broadcast together with remapped shapes [original->remapped]: (3,)  and requested shape (4,)",
         "The expanded size of the tensor (4) must match the existing size (3) at non-singleton dimension 0.  Target sizes: [4].  Tensor sizes: [3]",
         { try Tensor([1.0, 2, 3]).expand(to: [4]) }),
        ("too many indices", "too many indices for array: array is 1-dimensional, but 2 were indexed", "too many indices for tensor of dimension 1",
         { try Tensor([1.0]).get([.int(0), .int(0)]) }),
    ] }

    @Test(arguments: messages.indices)
    func messagesInBothWordings(_ i: Int) {
        let (what, np, torch, body) = ErrorTests.messages[i]
        expectTensorError(np, .numpy, what, body)
        expectTensorError(torch, .torch, what, body)
    }

    @Test func exceptionNames() {
        #expect(TensorError.matmul(a: [2, 3], b: [4, 5]).exceptionName(.torch) == "ShapeError")
        #expect(TensorError.indexOutOfRange(index: 5, axis: 0, size: 3).exceptionName(.numpy) == "IndexError")
        #expect(TensorError.axisOutOfRange(axis: 2, ndim: 2).exceptionName(.numpy) == "AxisError")
        #expect(TensorError.axisOutOfRange(axis: 2, ndim: 2).exceptionName(.torch) == "IndexError")
        #expect(TensorError.unsupportedDType(op: "bitwise_and", dtype: .float32).exceptionName(.numpy) == "TypeError")
        #expect(TensorError.allocationTooLarge(shape: [1 << 40], dtype: .float64).exceptionName(.numpy) == "MemoryError")
        #expect(TensorError.randintRange(low: 1, high: 0).exceptionName(.numpy) == "ValueError")
        #expect(TensorError.randintRange(low: 1, high: 0).exceptionName(.torch) == "RuntimeError")
    }

    /// Index entries that stress every bound: huge, negative, empty, reversed.
    static var hostileIndices: [TensorIndex] { [
        .int(Int.max), .int(Int.min), .int(-1), .int(3),
        .slice(start: Int.min, stop: Int.max, step: Int.min), .slice(start: Int.max, stop: Int.min, step: -1),
        .slice(start: nil, stop: nil, step: Int.max), .slice(start: 2, stop: 1, step: 1), .newAxis, .ellipsis,
        .array(Tensor([Int64.min, 0])), .array(Tensor([Int64.max])), .array(Tensor([Int64(-3), 2])),
        .mask(Tensor([true, false, true])), .array(Tensor([0.5])),
    ] }

    @Test func hostileInputNeverTraps() throws {
        let x = try Tensor.arange(stop: .int(24), flavor: .numpy).reshape([3, 2, 4])
        var results = 0, errors = 0
        for a in ErrorTests.hostileIndices {
            for b in ErrorTests.hostileIndices {
                for flavor in [Flavor.numpy, .torch] {
                    do {
                        let r = try x.get([a, b], flavor: flavor)
                        _ = r.toDoubles()
                        try x.copy().set([a, b], to: .int(7), flavor: flavor)
                        results += 1
                    } catch is TensorError {
                        errors += 1
                    }
                }
            }
        }
        #expect(results > 0 && errors > 0)
        // Extreme values through arithmetic, casts and reductions.
        let big = Tensor([Int64.max, Int64.min, -1, 0])
        for op in BinaryOp.allCases {
            for flavor in [Flavor.numpy, .torch] {
                _ = try? big.binary(op, big, flavor: flavor)
                _ = try? big.binary(op, .int(Int64.min), flavor: flavor)
                _ = try? big.binary(op, scalarOnLeft: .float(.nan), flavor: flavor)
            }
        }
        let weird = Tensor([Double.nan, .infinity, -.infinity, 1e308, -1e308])
        #expect(try weird.astype(.int64).scalars(as: Int64.self) == [Int64.min, Int64.min, Int64.min, Int64.min, Int64.min])
        _ = try weird.sum(); _ = try weird.prod(); _ = try weird.softmax(axis: 0, flavor: .torch)
        _ = try big.sum(); _ = try big.prod(); _ = try big.cumsum()
        #expect(throws: TensorError.self) { try Tensor.arange(start: .int(Int64.min), stop: .int(Int64.max), flavor: .numpy) }
        #expect(throws: TensorError.self) { try Tensor.arange(stop: .float(1e300), step: .float(1e-300), flavor: .numpy) }
        #expect(throws: TensorError.self) { try x.reshape([Int.max, 2]) }
        #expect(throws: TensorError.self) { try x.tile([Int.max, 2]) }
        #expect(throws: TensorError.self) { try x.expand(to: [Int.max, 3, 2, 4]) }
        #expect(throws: TensorError.self) { try Tensor.eye(-1, dtype: .float32) }
    }

    @Test func deeplyNestedListsDoNotRecurse() throws {
        // 10,000 levels of [[[…]]]: built and checked iteratively.
        var n = NestedScalars.scalar(.int(1))
        for _ in 0..<10_000 { n = .list([n]) }
        let t = try Tensor(nested: n, flavor: .numpy)
        #expect(t.ndim == 10_000 && t.count == 1)
    }
}

extension ErrorTests {
    @Test func degenerateSizesDoNotOverflow() throws {
        // Empty batch with huge matrix dimensions; empty advanced index over a huge broadcast view.
        let a = try Tensor.zeros([0, 1, 3], dtype: .float32).expand(to: [0, 1 << 40, 3])
        let b = try Tensor.zeros([3, 1], dtype: .float32).expand(to: [3, 1 << 40])
        #expect(try a.matmul(b, flavor: .numpy).count == 0)
        let wide = try Tensor.zeros([1, 3], dtype: .float32).expand(to: [1 << 40, 3])
        #expect(try wide.get([.all, .array(Tensor([Int64]()))]).shape == [1 << 40, 0])
        #expect(try Tensor.zeros([5], dtype: .float32).chunk(Int.max).count == 5)
        #expect(throws: TensorError.self) { try Tensor.zeros([0], dtype: .float32).split(sections: Int.max) }
        #expect(throws: TensorError.self) {
            try Tensor.arange(start: .int(0), stop: .int(Int64.min), step: .int(-1), flavor: .numpy)
        }
    }
}
