import NNTensor

/// Reverse-mode differentiation: a topological order of the graph, then one reversed loop.
extension Variable {
    /// Computes the gradient of this variable with respect to every leaf that requires grad
    /// and adds it into the leaves' `grad` (PyTorch's `backward()`).
    ///
    /// `gradient` is the gradient of some scalar with respect to this variable; it may be
    /// omitted only for one-element outputs (it is then 1). Unless `retainGraph`, the tensors
    /// the graph saved are freed afterwards, and a second backward through it is an error.
    public func backward(gradient: Tensor? = nil, retainGraph: Bool = false) throws {
        guard requiresGrad else { throw AutogradError.doesNotRequireGrad }
        let seed: Tensor
        if let gradient {
            if gradient.shape != shape { throw AutogradError.gradientShape(gradient: gradient.shape, output: shape) }
            seed = try gradient.converted(to: dtype)
        } else {
            if count != 1 { throw AutogradError.implicitGradientOfNonScalar }
            seed = try Tensor.ones(shape, dtype: dtype)
        }
        guard let root = gradFn else {
            var g = seed
            try accumulateGrad(&g)
            return
        }
        try Engine.run(root: root, seed: seed, retainGraph: retainGraph)
    }

    /// Adds `g` into `grad`: the first gradient is kept as is when nothing else can see its
    /// storage (else copied); later ones are added in place when the existing gradient owns its
    /// storage, else out of place. `grad` keeps its identity either way.
    func accumulateGrad(_ g: inout Tensor) throws {
        if let existing = grad {
            if existing.data.ownsStorageExclusively() && existing.data.dtype == g.dtype && existing.data.shape == g.shape {
                try existing.data.addInPlace(g)
            } else {
                existing.data = try existing.data.binary(.add, g, flavor: .torch).converted(to: existing.dtype)
            }
        } else {
            let owned = g.ownsStorageExclusively() ? g : try g.copy()
            grad = Variable(owned)
        }
    }
}

/// The backward pass over nodes.
enum Engine {
    static func run(root: Node, seed: Tensor, retainGraph: Bool) throws {
        let order = topologicalOrder(from: root)
        // Leaf gradients are summed over the whole pass, then added into `.grad` once each.
        var leaves: [Variable] = []
        var leafGrads: [Tensor?] = []
        var leafIndex: [ObjectIdentifier: Int] = [:]
        defer { for n in order { n.pendingGrad = nil } }
        root.pendingGrad = seed
        for node in order {
            guard let g = node.pendingGrad else { continue }
            node.pendingGrad = nil
            if let v = node.retainedVariable {
                var kept = g
                try v.accumulateGrad(&kept)
            }
            guard let backward = node.backwardFunction else { throw AutogradError.graphFreed }
            let inputGrads = try backward(g)
            if !retainGraph && node.savesTensors { node.backwardFunction = nil }
            for (i, edge) in node.edges.enumerated() {
                guard let edge, i < inputGrads.count, let ig = inputGrads[i] else { continue }
                switch edge {
                case .node(let next):
                    let fitted = try fit(ig, shape: next.outputShape, dtype: next.outputDType, from: node, index: i)
                    try accumulate(&next.pendingGrad, fitted)
                case .leaf(let v):
                    let fitted = try fit(ig, shape: v.shape, dtype: v.dtype, from: node, index: i)
                    let id = ObjectIdentifier(v)
                    if let k = leafIndex[id] {
                        try accumulate(&leafGrads[k], fitted)
                    } else {
                        leafIndex[id] = leaves.count
                        leaves.append(v)
                        leafGrads.append(fitted)
                    }
                }
            }
        }
        for k in leaves.indices {
            guard var g = leafGrads[k] else { continue }
            leafGrads[k] = nil
            try leaves[k].accumulateGrad(&g)
        }
    }

    /// The nodes reachable from `root`, each before every node it feeds gradients into
    /// (reversed post-order of an iterative depth-first search: no recursion).
    static func topologicalOrder(from root: Node) -> [Node] {
        var postOrder: [Node] = []
        var visited: Set<ObjectIdentifier> = [ObjectIdentifier(root)]
        var stack: [(node: Node, next: Int)] = [(root, 0)]
        while let top = stack.last {
            if top.next < top.node.edges.count {
                stack[stack.count - 1].next += 1
                if case .node(let m)? = top.node.edges[top.next], visited.insert(ObjectIdentifier(m)).inserted {
                    stack.append((m, 0))
                }
            } else {
                stack.removeLast()
                postOrder.append(top.node)
            }
        }
        return postOrder.reversed()
    }

    /// A gradient brought to the shape and dtype its destination expects: broadcast results
    /// are summed down (PyTorch's engine does the same); anything else is a bug in a backward
    /// function and is reported.
    static func fit(_ g: Tensor, shape: [Int], dtype: DType, from node: Node, index: Int) throws -> Tensor {
        var r = g
        if r.shape != shape {
            guard let s = try? r.sum(toShape: shape) else {
                throw AutogradError.invalidGradient(function: node.name, index: index, got: g.shape, expected: shape)
            }
            r = s
        }
        return try r.converted(to: dtype)
    }

    /// `slot += b`, reusing the slot's buffer when nothing else can see it.
    static func accumulate(_ slot: inout Tensor?, _ b: Tensor) throws {
        guard var a = slot else { slot = b; return }
        slot = nil
        if a.ownsStorageExclusively() && a.dtype == b.dtype && a.shape == b.shape {
            try a.addInPlace(b)
            slot = a
        } else {
            slot = try a.binary(.add, b, flavor: .torch)
        }
    }
}
