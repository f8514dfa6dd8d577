/// A Python scalar: the value of `True`, `3` or `2.5` in a script, or one element of a tensor.
///
/// As an operand of a tensor operation a scalar is *weak* (NEP 50 and PyTorch agree): it
/// decides the result's category (bool < integer < floating) but never its width, so
/// `float32 tensor * 0.1` stays float32 and `int64 tensor * 0.5` becomes the default float.
public enum Scalar: Sendable, Hashable, CustomStringConvertible {
    case bool(Bool)
    case int(Int64)
    case float(Double)

    /// The dtype a tensor made from this scalar alone would have under `flavor`.
    public func dtype(flavor: Flavor) -> DType {
        switch self {
        case .bool: return .bool
        case .int: return .int64
        case .float: return flavor.defaultFloat
        }
    }

    /// The value as a Double (bools are 0 and 1).
    public var doubleValue: Double {
        switch self {
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return Double(i)
        case .float(let d): return d
        }
    }

    /// The value as an Int64: floats truncate toward zero; NaN, infinities and values out of
    /// range give `Int64.min` (what NumPy gives on x86-64), never a trap.
    public var int64Value: Int64 {
        switch self {
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return i
        case .float(let d): return Int64(clampingFloat: d)
        }
    }

    /// Python truthiness: nonzero is true, NaN is true.
    public var boolValue: Bool {
        switch self {
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        }
    }

    /// `True`, `3`, `2.5` — Python's `repr` of the scalar (floats use Swift's shortest form).
    public var description: String {
        switch self {
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d):
            if d.isNaN { return "nan" }
            if d.isInfinite { return d < 0 ? "-inf" : "inf" }
            return String(d)
        }
    }
}

extension Int64 {
    /// Converts a float like a C cast on x86-64: truncation toward zero; NaN, infinities and
    /// out-of-range values give `Int64.min`. Never traps.
    public init(clampingFloat d: Double) {
        // 2^63 is exactly representable; every double strictly inside (-2^63, 2^63) truncates
        // into range. -2^63 itself is in range.
        if d >= -9_223_372_036_854_775_808.0 && d < 9_223_372_036_854_775_808.0 {
            self = Int64(d)
        } else {
            self = Int64.min
        }
    }
}
