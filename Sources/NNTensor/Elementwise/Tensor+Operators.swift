/// Swift operators and named shorthands over `binary`/`unary`.
///
/// Operators follow NumPy's promotion (`.numpy`); on same-dtype or float tensors with float
/// scalars — all the NN code does — both flavours agree. Bindings call `binary(_:_:_:flavor:)`
/// with the flavour of the value they work on.
extension Tensor {
    /// Elementwise sum (NumPy promotion; a Double operand is a weak Python float).
    public static func + (a: Tensor, b: Tensor) throws -> Tensor { try a.binary(.add, b, flavor: .numpy) }
    /// Elementwise difference (NumPy promotion; a Double operand is a weak Python float).
    public static func - (a: Tensor, b: Tensor) throws -> Tensor { try a.binary(.subtract, b, flavor: .numpy) }
    /// Elementwise product (NumPy promotion; a Double operand is a weak Python float).
    public static func * (a: Tensor, b: Tensor) throws -> Tensor { try a.binary(.multiply, b, flavor: .numpy) }
    /// Elementwise true quotient (NumPy promotion; a Double operand is a weak Python float).
    public static func / (a: Tensor, b: Tensor) throws -> Tensor { try a.binary(.divide, b, flavor: .numpy) }

    /// Elementwise sum (NumPy promotion; a Double operand is a weak Python float).
    public static func + (a: Tensor, b: Double) throws -> Tensor { try a.binary(.add, .float(b), flavor: .numpy) }
    /// Elementwise difference (NumPy promotion; a Double operand is a weak Python float).
    public static func - (a: Tensor, b: Double) throws -> Tensor { try a.binary(.subtract, .float(b), flavor: .numpy) }
    /// Elementwise product (NumPy promotion; a Double operand is a weak Python float).
    public static func * (a: Tensor, b: Double) throws -> Tensor { try a.binary(.multiply, .float(b), flavor: .numpy) }
    /// Elementwise true quotient (NumPy promotion; a Double operand is a weak Python float).
    public static func / (a: Tensor, b: Double) throws -> Tensor { try a.binary(.divide, .float(b), flavor: .numpy) }

    /// Elementwise sum (NumPy promotion; a Double operand is a weak Python float).
    public static func + (a: Double, b: Tensor) throws -> Tensor { try b.binary(.add, scalarOnLeft: .float(a), flavor: .numpy) }
    /// Elementwise difference (NumPy promotion; a Double operand is a weak Python float).
    public static func - (a: Double, b: Tensor) throws -> Tensor { try b.binary(.subtract, scalarOnLeft: .float(a), flavor: .numpy) }
    /// Elementwise product (NumPy promotion; a Double operand is a weak Python float).
    public static func * (a: Double, b: Tensor) throws -> Tensor { try b.binary(.multiply, scalarOnLeft: .float(a), flavor: .numpy) }
    /// Elementwise true quotient (NumPy promotion; a Double operand is a weak Python float).
    public static func / (a: Double, b: Tensor) throws -> Tensor { try b.binary(.divide, scalarOnLeft: .float(a), flavor: .numpy) }

    /// Elementwise negation.
    public static prefix func - (a: Tensor) throws -> Tensor { try a.unary(.negative, flavor: .numpy) }

    /// Elementwise `self ** exponent`.
    public func pow(_ exponent: Tensor, flavor: Flavor = .numpy) throws -> Tensor { try binary(.power, exponent, flavor: flavor) }
    /// Elementwise `self ** exponent` with a scalar exponent.
    public func pow(_ exponent: Scalar, flavor: Flavor = .numpy) throws -> Tensor { try binary(.power, exponent, flavor: flavor) }
    /// Elementwise larger of two tensors (NaN propagates).
    public func maximum(_ other: Tensor, flavor: Flavor = .numpy) throws -> Tensor { try binary(.maximum, other, flavor: flavor) }
    /// Elementwise smaller of two tensors (NaN propagates).
    public func minimum(_ other: Tensor, flavor: Flavor = .numpy) throws -> Tensor { try binary(.minimum, other, flavor: flavor) }

    /// `e^x` (integers compute in the default float of `flavor`).
    public func exp(flavor: Flavor = .numpy) throws -> Tensor { try unary(.exp, flavor: flavor) }
    /// Natural logarithm.
    public func log(flavor: Flavor = .numpy) throws -> Tensor { try unary(.log, flavor: flavor) }
    /// Square root.
    public func sqrt(flavor: Flavor = .numpy) throws -> Tensor { try unary(.sqrt, flavor: flavor) }
    /// Hyperbolic tangent.
    public func tanh(flavor: Flavor = .numpy) throws -> Tensor { try unary(.tanh, flavor: flavor) }
    /// The logistic function `1 / (1 + e^-x)`, computed stably.
    public func sigmoid(flavor: Flavor = .numpy) throws -> Tensor { try unary(.sigmoid, flavor: flavor) }
    /// `max(x, 0)` (NaN stays NaN).
    public func relu() throws -> Tensor { try unary(.relu, flavor: .numpy) }
    /// Absolute value.
    public func abs(flavor: Flavor = .numpy) throws -> Tensor { try unary(.absolute, flavor: flavor) }
    /// `x * x`.
    public func square() throws -> Tensor { try unary(.square, flavor: .numpy) }
}

extension Tensor {
    /// Rounds half to even at `decimals` decimal places, as NumPy's `round(x, decimals)`:
    /// `rint(x · 10^d) / 10^d`, or `rint(x / 10^-d) · 10^-d` for negative `d` (so 2.675 may
    /// round either way, as in NumPy). Integers are unchanged for `decimals ≥ 0`.
    public func rounded(decimals: Int, flavor: Flavor) throws -> Tensor {
        if decimals == 0 || (!dtype.isFloatingPoint && decimals > 0) { return try unary(.round, flavor: flavor) }
        var f = 1.0
        for _ in 0..<Swift.min(decimals.magnitude, 400) { f *= 10 }
        let (first, second): (BinaryOp, BinaryOp) = decimals > 0 ? (.multiply, .divide) : (.divide, .multiply)
        let r = try binary(first, .float(f), flavor: flavor).unary(.round, flavor: flavor)
        return try r.binary(second, .float(f), flavor: flavor)
    }
}
