/// Nested Python lists of scalars, as `np.array([[1, 2], [3, 4]])` receives them.
public indirect enum NestedScalars: Sendable {
    case scalar(Scalar)
    case list([NestedScalars])
}

extension Tensor {
    /// A tensor from nested lists, as `np.array` / `torch.tensor` make it: the shape is the
    /// nesting, the dtype (unless given) is bool, int64 or the default float — the highest
    /// kind among the leaves; an empty list gives shape `(0,)` and the default float.
    /// Lists that are not rectangular throw `ragged` naming the depth and lengths.
    public init(nested: NestedScalars, dtype: DType? = nil, flavor: Flavor) throws {
        // The shape follows the first element at every depth.
        var shape: [Int] = []
        var node = nested
        while case .list(let items) = node {
            shape.append(items.count)
            guard let first = items.first else { break }
            node = first
        }
        // Walk every leaf in row-major order, checking the shape (no recursion).
        var leaves: [Scalar] = []
        var category = -1
        var stack: [(items: [NestedScalars], next: Int)] = []
        func visit(_ n: NestedScalars, depth: Int) throws {
            switch n {
            case .scalar(let s):
                if depth != shape.count {
                    throw TensorError.ragged(shape: shape, depth: depth, expected: shape[depth], got: nil)
                }
                leaves.append(s)
                category = Swift.max(category, Promotion.participant(s).categoryOfScalar)
            case .list(let items):
                if depth >= shape.count {
                    throw TensorError.ragged(shape: shape, depth: depth, expected: 0, got: nil)
                }
                if items.count != shape[depth] {
                    throw TensorError.ragged(shape: shape, depth: depth, expected: shape[depth], got: items.count)
                }
                stack.append((items, 0))
            }
        }
        try visit(nested, depth: 0)
        while let top = stack.last {
            if top.next == top.items.count { stack.removeLast(); continue }
            stack[stack.count - 1].next += 1
            try visit(top.items[top.next], depth: stack.count)
        }
        let dt = dtype ?? Promotion.defaultType(category: category < 0 ? 2 : category, flavor: flavor)
        let t = try Tensor.uninitialized(shape: shape, dtype: dt)
        withExtendedLifetime(t) {
            switch dt {
            case .float32:
                let p = Loops.base(t, Float.self)
                for (i, s) in leaves.enumerated() { p[i] = Float(scalar: s) }
            case .float64:
                let p = Loops.base(t, Double.self)
                for (i, s) in leaves.enumerated() { p[i] = Double(scalar: s) }
            case .int64:
                let p = Loops.base(t, Int64.self)
                for (i, s) in leaves.enumerated() { p[i] = Int64(scalar: s) }
            case .bool:
                let p = Loops.base(t, Bool.self)
                for (i, s) in leaves.enumerated() { p[i] = Bool(scalar: s) }
            }
        }
        self = t
    }
}

extension Promotion.Participant {
    /// The category (bool 0, int 1, float 2) of a scalar or tensor participant.
    var categoryOfScalar: Int {
        switch self {
        case .scalar(let d), .tensor(let d, _): return d.category
        }
    }
}
