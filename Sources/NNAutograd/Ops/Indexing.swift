import NNTensor

/// Reading and writing through NumPy/PyTorch indices.
extension Variable {
    /// `self[index]`: a view for basic indices, a gathered copy for integer arrays and masks.
    /// The gradient scatters (and for repeated positions, accumulates) back into zeros of the
    /// input's shape. The gradient function is named after PyTorch's last indexing step:
    /// `SelectBackward0` (an integer), `SliceBackward0`, `UnsqueezeBackward0` (None),
    /// `AliasBackward0` (nothing but `:` and `...`), `IndexBackward0` (arrays and masks).
    public func index(_ index: [TensorIndex]) throws -> Variable {
        let out = try data.get(index, flavor: .torch)
        guard Variable.isRecording(self) else { return Variable(out) }
        let inputShape = shape
        let name = Variable.indexingName(index)
        return .recorded(out, name, [self], saves: name == "IndexBackward0") { g in
            [try Tensor.indexBackward(grad: g, index: index, inputShape: inputShape, flavor: .torch)]
        }
    }

    /// PyTorch's name for the gradient function of `x[index]`.
    static func indexingName(_ index: [TensorIndex]) -> String {
        var last: String? = nil
        for entry in index {
            switch entry {
            case .mask, .array: return "IndexBackward0"
            case .int: last = "SelectBackward0"
            case .newAxis: last = "UnsqueezeBackward0"
            case .ellipsis: break
            case .slice(let start, let stop, let step):
                if start != nil || stop != nil || (step ?? 1) != 1 { last = "SliceBackward0" }
            }
        }
        if let last { return last }
        if index.count == 1, case .slice = index[0] { return "SliceBackward0" }
        return "AliasBackward0"
    }

    /// A copy of `self` with `self[index] = value` (`CopySlices`): the out-of-place form of
    /// item assignment, which `modifyInPlace` turns into PyTorch's in-place semantics. The
    /// gradient passes to `self` except at the overwritten positions, and to `value` from them.
    public func indexPut(_ index: [TensorIndex], _ value: Variable) throws -> Variable {
        let out = try data.copy()
        try out.set(index, to: .tensor(try value.data.converted(to: dtype)), flavor: .torch)
        guard Variable.isRecording(self, value) else { return Variable(out) }
        let needValue = value.requiresGrad
        return .recorded(out, "CopySlices", [self, value]) { g in
            let gx = try g.copy()
            try gx.set(index, to: .scalar(.float(0)), flavor: .torch)
            return [gx, needValue ? try g.get(index, flavor: .torch) : nil]
        }
    }

    /// A copy of `self` with `self[index] = s` (`CopySlices`).
    public func indexPut(_ index: [TensorIndex], _ s: Scalar) throws -> Variable {
        let out = try data.copy()
        try out.set(index, to: .scalar(s), flavor: .torch)
        guard Variable.isRecording(self) else { return Variable(out) }
        return .recorded(out, "CopySlices", [self]) { g in
            let gx = try g.copy()
            try gx.set(index, to: .scalar(.float(0)), flavor: .torch)
            return [gx]
        }
    }
}
