import NNTensor

/// Sums and means over all elements or over dimensions (`keepdim` as PyTorch).
extension Variable {
    /// The sum of all elements (`SumBackward0`), or over `dims` (`SumBackward1`).
    public func sum(dims: [Int]? = nil, keepdim: Bool = false) throws -> Variable {
        let x = data
        let out = try x.sum(axes: dims, keepdims: keepdim)
        guard Variable.isRecording(self) else { return Variable(out) }
        let keptShape = try Variable.keptShape(x.shape, dims)
        return .recorded(out, dims == nil ? "SumBackward0" : "SumBackward1", [self], saves: false) { g in
            [try g.reshape(keptShape).expand(to: x.shape)]
        }
    }

    /// The mean of all elements (`MeanBackward0`), or over `dims` (`MeanBackward1`). Floating
    /// point only, as in PyTorch.
    public func mean(dims: [Int]? = nil, keepdim: Bool = false) throws -> Variable {
        let x = data
        let out = try x.mean(axes: dims, keepdims: keepdim, flavor: .torch)
        guard Variable.isRecording(self) else { return Variable(out) }
        let keptShape = try Variable.keptShape(x.shape, dims)
        let n = Swift.max(x.count / Swift.max(out.count, 1), 1)
        return .recorded(out, dims == nil ? "MeanBackward0" : "MeanBackward1", [self], saves: false) { g in
            [try g.times(1 / Double(n)).reshape(keptShape).expand(to: x.shape)]
        }
    }

    /// `shape` with the reduced dimensions kept as 1 (all of them when `dims` is nil).
    static func keptShape(_ shape: [Int], _ dims: [Int]?) throws -> [Int] {
        guard let dims else { return shape.map { _ in 1 } }
        var kept = shape
        for d in dims {
            let a = try Shape.normalizeAxis(d, ndim: shape.count)
            if a < kept.count { kept[a] = 1 }
        }
        return kept
    }
}
