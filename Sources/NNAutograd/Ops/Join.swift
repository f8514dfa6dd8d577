import NNTensor

/// Joining and splitting along a dimension.
extension Variable {
    /// The variables joined along `dim` (`CatBackward0`); each gets back its slice of the
    /// gradient.
    public static func cat(_ inputs: [Variable], dim: Int = 0) throws -> Variable {
        let out = try Tensor.concatenate(inputs.map(\.data), axis: dim, flavor: .torch)
        guard isRecording(inputs) else { return Variable(out) }
        let axis = try Shape.normalizeAxis(dim, ndim: out.ndim)
        var cuts: [Int] = []
        var position = 0
        for v in inputs.dropLast() {
            position += v.ndim == 0 ? 0 : v.shape[axis]
            cuts.append(position)
        }
        return recorded(out, "CatBackward0", inputs, saves: false) { g in
            try g.split(at: cuts, axis: axis).map { Optional($0) }
        }
    }

    /// The variables (of one shape) stacked along a new dimension `dim` (`StackBackward0`).
    public static func stack(_ inputs: [Variable], dim: Int = 0) throws -> Variable {
        let out = try Tensor.stack(inputs.map(\.data), axis: dim, flavor: .torch)
        guard isRecording(inputs) else { return Variable(out) }
        let axis = try Shape.normalizeAxis(dim, ndim: out.ndim)
        return recorded(out, "StackBackward0", inputs, saves: false) { g in
            var index = [TensorIndex](repeating: .all, count: axis)
            index.append(.int(0))
            return try (0..<inputs.count).map { i in
                index[axis] = .int(i)
                return try g.get(index, flavor: .torch)
            }
        }
    }

    /// Elements `start..<start+length` along `dim`, as a view (`SliceBackward0`, or the name
    /// given).
    public func narrow(dim: Int, start: Int, length: Int) throws -> Variable {
        try narrow(dim: dim, start: start, length: length, name: "SliceBackward0")
    }

    func narrow(dim: Int, start: Int, length: Int, name: String) throws -> Variable {
        let axis = try Shape.normalizeAxis(dim, ndim: ndim)
        var index = [TensorIndex](repeating: .all, count: axis)
        let (stop, overflow) = start.addingReportingOverflow(length)
        guard length >= 0, !overflow else { throw AutogradError.nonPositive(name: "narrow length", value: length) }
        index.append(.slice(start: start, stop: stop, step: 1))
        let out = try data.get(index, flavor: .torch)
        guard Variable.isRecording(self) else { return Variable(out) }
        let inputShape = shape
        return .recorded(out, name, [self], saves: false) { g in
            [try Tensor.indexBackward(grad: g, index: index, inputShape: inputShape, flavor: .torch)]
        }
    }

    /// Pieces of `size` elements along `dim` (the last may be smaller; `SplitBackward0`).
    public func split(size: Int, dim: Int = 0) throws -> [Variable] {
        let axis = try Shape.normalizeAxis(dim, ndim: ndim)
        guard size > 0 else { throw AutogradError.nonPositive(name: "split_size", value: size) }
        let n = shape[axis]
        return try stride(from: 0, to: Swift.max(n, 1), by: size).map { start in
            try narrow(dim: axis, start: start, length: Swift.min(size, n - start), name: "SplitBackward0")
        }
    }

    /// `chunks` pieces of (nearly) equal size along `dim` (`SplitBackward0`).
    public func chunk(_ chunks: Int, dim: Int = 0) throws -> [Variable] {
        guard chunks > 0 else { throw AutogradError.nonPositive(name: "chunk expects `chunks`", value: chunks) }
        let axis = try Shape.normalizeAxis(dim, ndim: ndim)
        let n = shape[axis]
        return try split(size: n == 0 ? 1 : (n - 1) / chunks + 1, dim: axis)
    }
}
