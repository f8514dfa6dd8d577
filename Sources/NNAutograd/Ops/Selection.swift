import NNTensor

/// Elementwise choices: maximum, minimum, where, clamp.
extension Variable {
    /// Elementwise larger value (`MaximumBackward0`); ties split the gradient in half.
    public func maximum(_ other: Variable) throws -> Variable {
        try extremum(other, .greater, "MaximumBackward0")
    }

    /// Elementwise smaller value (`MinimumBackward0`); ties split the gradient in half.
    public func minimum(_ other: Variable) throws -> Variable {
        try extremum(other, .less, "MinimumBackward0")
    }

    private func extremum(_ other: Variable, _ wins: BinaryOp, _ name: String) throws -> Variable {
        let (x, y) = (data, other.data)
        let out = try x.binary(wins == .greater ? .maximum : .minimum, y, flavor: .torch)
        guard Variable.isRecording(self, other) else { return Variable(out) }
        return .recorded(out, name, [self, other]) { g in
            let dt = g.dtype
            let xWins = try Tensor.indicator(x.compare(wins, y), dtype: dt)
            let tie = try Tensor.indicator(x.compare(.equal, y), dtype: dt).times(0.5)
            let share = try xWins.plus(tie)
            let gx = try g.times(share)
            return [gx, try g.minus(gx)]
        }
    }

    /// `cond ? a : b` elementwise with broadcasting (`WhereBackward0`); `cond` is a bool tensor.
    public static func `where`(_ cond: Tensor, _ a: Variable, _ b: Variable) throws -> Variable {
        let out = try Tensor.where(cond, .tensor(a.data), .tensor(b.data), flavor: .torch)
        guard isRecording(a, b) else { return Variable(out) }
        return .recorded(out, "WhereBackward0", [a, b]) { g in
            let zero = Scalar.float(0)
            return [try Tensor.where(cond, .tensor(g), .scalar(zero), flavor: .torch),
                    try Tensor.where(cond, .scalar(zero), .tensor(g), flavor: .torch)]
        }
    }

    /// `cond ? a : s` (`WhereBackward0`).
    public static func `where`(_ cond: Tensor, _ a: Variable, _ s: Scalar) throws -> Variable {
        let out = try Tensor.where(cond, .tensor(a.data), .scalar(s), flavor: .torch)
        guard isRecording(a) else { return Variable(out) }
        return .recorded(out, "WhereBackward0", [a]) { g in
            [try Tensor.where(cond, .tensor(g), .scalar(.float(0)), flavor: .torch)]
        }
    }

    /// `cond ? s : b` (`WhereBackward0`).
    public static func `where`(_ cond: Tensor, _ s: Scalar, _ b: Variable) throws -> Variable {
        let out = try Tensor.where(cond, .scalar(s), .tensor(b.data), flavor: .torch)
        guard isRecording(b) else { return Variable(out) }
        return .recorded(out, "WhereBackward0", [b]) { g in
            [try Tensor.where(cond, .scalar(.float(0)), .tensor(g), flavor: .torch)]
        }
    }

    /// Limits every element to `[min, max]` (either may be absent; `ClampBackward1`). The
    /// gradient passes where `min ≤ x ≤ max`.
    public func clamp(min lower: Double? = nil, max upper: Double? = nil) throws -> Variable {
        let x = data
        let out = try x.clip(min: lower.map { .scalar(.float($0)) }, max: upper.map { .scalar(.float($0)) }, flavor: .torch)
        guard Variable.isRecording(self) else { return Variable(out) }
        return .recorded(out, "ClampBackward1", [self]) { g in
            var mask = try Tensor.full(x.shape, .bool(true), dtype: .bool)
            if let lower { mask = try mask.binary(.logicalAnd, x.binary(.greaterEqual, .float(lower), flavor: .torch), flavor: .torch) }
            if let upper { mask = try mask.binary(.logicalAnd, x.binary(.lessEqual, .float(upper), flavor: .torch), flavor: .torch) }
            return [try g.times(Tensor.indicator(mask, dtype: g.dtype))]
        }
    }
}
