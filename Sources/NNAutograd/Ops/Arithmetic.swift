import NNTensor

/// `+ − × ÷`, negation and powers, with broadcasting (the engine sums each gradient back to
/// its input's shape) and PyTorch's type promotion.
extension Variable {
    /// `self + alpha·other` (`AddBackward0`).
    public func add(_ other: Variable, alpha: Double = 1) throws -> Variable {
        let b = alpha == 1 ? other.data : try other.data.binary(.multiply, .float(alpha), flavor: .torch)
        let out = try data.binary(.add, b, flavor: .torch)
        guard Variable.isRecording(self, other) else { return Variable(out) }
        return .recorded(out, "AddBackward0", [self, other], saves: false) { g in
            [g, alpha == 1 ? g : try g.times(alpha)]
        }
    }

    /// `self + s` (`AddBackward0`).
    public func add(_ s: Scalar) throws -> Variable {
        let out = try data.binary(.add, s, flavor: .torch)
        guard Variable.isRecording(self) else { return Variable(out) }
        return .recorded(out, "AddBackward0", [self], saves: false) { g in [g] }
    }

    /// `self − other` (`SubBackward0`).
    public func sub(_ other: Variable) throws -> Variable {
        let out = try data.binary(.subtract, other.data, flavor: .torch)
        guard Variable.isRecording(self, other) else { return Variable(out) }
        let needOther = other.requiresGrad
        return .recorded(out, "SubBackward0", [self, other], saves: false) { g in
            [g, needOther ? try g.negated() : nil]
        }
    }

    /// `self − s` (`SubBackward0`).
    public func sub(_ s: Scalar) throws -> Variable {
        let out = try data.binary(.subtract, s, flavor: .torch)
        guard Variable.isRecording(self) else { return Variable(out) }
        return .recorded(out, "SubBackward0", [self], saves: false) { g in [g] }
    }

    /// `s − self` (`RsubBackward1`).
    public func rsub(_ s: Scalar) throws -> Variable {
        let out = try data.binary(.subtract, scalarOnLeft: s, flavor: .torch)
        guard Variable.isRecording(self) else { return Variable(out) }
        return .recorded(out, "RsubBackward1", [self], saves: false) { g in [try g.negated()] }
    }

    /// `self · other` (`MulBackward0`).
    public func mul(_ other: Variable) throws -> Variable {
        let (x, y) = (data, other.data)
        let out = try x.binary(.multiply, y, flavor: .torch)
        guard Variable.isRecording(self, other) else { return Variable(out) }
        let (needX, needY) = (requiresGrad, other.requiresGrad)
        return .recorded(out, "MulBackward0", [self, other]) { g in
            [needX ? try g.times(y) : nil, needY ? try g.times(x) : nil]
        }
    }

    /// `self · s` (`MulBackward0`).
    public func mul(_ s: Scalar) throws -> Variable {
        let out = try data.binary(.multiply, s, flavor: .torch)
        guard Variable.isRecording(self) else { return Variable(out) }
        return .recorded(out, "MulBackward0", [self]) { g in [try g.times(s.doubleValue)] }
    }

    /// `self / other` (`DivBackward0`).
    public func div(_ other: Variable) throws -> Variable {
        let (x, y) = (data, other.data)
        let out = try x.binary(.divide, y, flavor: .torch)
        guard Variable.isRecording(self, other) else { return Variable(out) }
        let (needX, needY) = (requiresGrad, other.requiresGrad)
        return .recorded(out, "DivBackward0", [self, other]) { g in
            [needX ? try g.over(y) : nil, needY ? try g.times(out).over(y).negated() : nil]
        }
    }

    /// `self / s` (`DivBackward0`).
    public func div(_ s: Scalar) throws -> Variable {
        let out = try data.binary(.divide, s, flavor: .torch)
        guard Variable.isRecording(self) else { return Variable(out) }
        return .recorded(out, "DivBackward0", [self]) { g in [try g.times(1 / s.doubleValue)] }
    }

    /// `s / self`, which PyTorch computes as `reciprocal(self) · s` (`MulBackward0`).
    public func rdiv(_ s: Scalar) throws -> Variable {
        let x = data
        let out = try x.binary(.divide, scalarOnLeft: s, flavor: .torch)
        guard Variable.isRecording(self) else { return Variable(out) }
        return .recorded(out, "MulBackward0", [self]) { g in [try g.times(out).over(x).negated()] }
    }

    /// `−self` (`NegBackward0`).
    public func neg() throws -> Variable {
        let out = try data.unary(.negative, flavor: .torch)
        guard Variable.isRecording(self) else { return Variable(out) }
        return .recorded(out, "NegBackward0", [self], saves: false) { g in [try g.negated()] }
    }

    /// `self ** p` for a scalar exponent (`PowBackward0`); the gradient of `x ** 0` is 0.
    public func pow(_ p: Scalar) throws -> Variable {
        let x = data
        let out = try x.binary(.power, p, flavor: .torch)
        guard Variable.isRecording(self) else { return Variable(out) }
        let e = p.doubleValue
        return .recorded(out, "PowBackward0", [self]) { g in
            if e == 0 { return [try g.zerosLike()] }
            let d = try x.binary(.power, .float(e - 1), flavor: .torch).times(e)
            return [try g.times(d)]
        }
    }

    /// `self²` (PyTorch records it as `PowBackward0`).
    public func square() throws -> Variable { try pow(.int(2)) }

    /// `self ** other` elementwise (`PowBackward1`). Where `self` is 0 and the exponent is not
    /// negative, the exponent's gradient is 0 (not NaN), as PyTorch masks it.
    public func pow(_ other: Variable) throws -> Variable {
        let (x, y) = (data, other.data)
        let out = try x.binary(.power, y, flavor: .torch)
        guard Variable.isRecording(self, other) else { return Variable(out) }
        let (needX, needY) = (requiresGrad, other.requiresGrad)
        return .recorded(out, "PowBackward1", [self, other]) { g in
            var gx: Tensor? = nil, gy: Tensor? = nil
            if needX {
                let d = try y.times(x.binary(.power, try y.binary(.subtract, .int(1), flavor: .torch), flavor: .torch))
                let zeroExponent = try y.binary(.equal, .int(0), flavor: .torch)
                gx = try Tensor.where(zeroExponent, .scalar(.float(0)), .tensor(g.times(d)), flavor: .torch)
            }
            if needY {
                let raw = try g.times(out).times(x.log(flavor: .torch))
                let mask = try x.binary(.equal, .int(0), flavor: .torch)
                    .binary(.logicalAnd, y.binary(.greaterEqual, .int(0), flavor: .torch), flavor: .torch)
                gy = try Tensor.where(mask, .scalar(.float(0)), .tensor(raw), flavor: .torch)
            }
            return [gx, gy]
        }
    }

    /// `s ** self` (`PowBackward2`).
    public func rpow(_ s: Scalar) throws -> Variable {
        let out = try data.binary(.power, scalarOnLeft: s, flavor: .torch)
        guard Variable.isRecording(self) else { return Variable(out) }
        let base = s.doubleValue
        return .recorded(out, "PowBackward2", [self]) { g in
            if base == 0 { return [try g.zerosLike()] }
            return [try g.times(out).times(naturalLog(base))]
        }
    }
}

/// The natural logarithm of a Double (at module level, where `Variable.log()` cannot shadow it).
@inline(__always)
func naturalLog(_ x: Double) -> Double { Double.log(x) }
