import NNTensor

/// Reshaping views: reshape/view/flatten, squeeze/unsqueeze, expand. Their gradients reshape
/// (or sum) the incoming gradient back; none saves a tensor.
extension Variable {
    /// The same elements with another shape (one entry may be -1): a view when the layout
    /// allows (`ViewBackward0`), else a copy (`UnsafeViewBackward0`).
    public func reshape(_ newShape: [Int]) throws -> Variable {
        let out = try data.reshape(newShape)
        return reshaped(out, name: out.sharesStorage(with: data) ? "ViewBackward0" : "UnsafeViewBackward0")
    }

    /// `reshape` recorded under a given gradient-function name (compositions that PyTorch
    /// names after their last step).
    func reshape(_ newShape: [Int], name: String) throws -> Variable {
        reshaped(try data.reshape(newShape), name: name)
    }

    /// Like `reshape`, but never copies: throws when the layout does not allow a view
    /// (`ViewBackward0`).
    public func view(_ newShape: [Int]) throws -> Variable {
        reshaped(try data.view(newShape), name: "ViewBackward0")
    }

    /// Dimensions `start...end` merged into one (`ViewBackward0` when a view).
    public func flatten(start: Int = 0, end: Int = -1) throws -> Variable {
        let out = try data.flatten(start: start, end: end)
        return reshaped(out, name: out.sharesStorage(with: data) ? "ViewBackward0" : "UnsafeViewBackward0")
    }

    /// Every size-1 dimension removed (`SqueezeBackward0`).
    public func squeeze() throws -> Variable {
        reshaped(try data.squeeze(axes: nil, flavor: .torch), name: "SqueezeBackward0")
    }

    /// Dimension `dim` removed when its size is 1, else unchanged (`SqueezeBackward1`).
    public func squeeze(dim: Int) throws -> Variable {
        try squeeze(dim: dim, name: "SqueezeBackward1")
    }

    func squeeze(dim: Int, name: String) throws -> Variable {
        reshaped(try data.squeeze(axes: [dim], flavor: .torch), name: name)
    }

    /// A size-1 dimension inserted at `dim` (`UnsqueezeBackward0`).
    public func unsqueeze(_ dim: Int) throws -> Variable {
        reshaped(try data.unsqueeze(dim), name: "UnsqueezeBackward0")
    }

    /// `out` (same elements as `self`, another shape) recorded with a reshaping gradient.
    private func reshaped(_ out: Tensor, name: String) -> Variable {
        guard Variable.isRecording(self) else { return Variable(out) }
        let inputShape = shape
        return .recorded(out, name, [self], saves: false) { g in [try g.reshape(inputShape)] }
    }

    /// A broadcast view with `shape` (-1 keeps a dimension; `ExpandBackward0`). The gradient
    /// sums over the repeated dimensions.
    public func expand(_ target: [Int]) throws -> Variable {
        let out = try data.expand(to: target)
        guard Variable.isRecording(self) else { return Variable(out) }
        let inputShape = shape
        return .recorded(out, "ExpandBackward0", [self], saves: false) { g in [try g.sum(toShape: inputShape)] }
    }
}
