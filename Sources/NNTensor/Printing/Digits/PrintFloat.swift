/// One floating-point element as the printers see it, keeping its storage precision.
///
/// The precision matters: the shortest digits that identify a float32 (`0.7310586`) are
/// fewer than those of the same value widened to float64 (`0.7310585975646973`).
enum PrintFloat: Sendable, Equatable {
    /// A single-precision element.
    case float32(Float)
    /// A double-precision element.
    case float64(Double)

    /// The value widened to Double (exact for float32).
    var doubleValue: Double {
        switch self {
        case .float32(let f): return Double(f)
        case .float64(let d): return d
        }
    }

    /// True for every value except NaN and ±infinity.
    var isFinite: Bool { doubleValue.isFinite }

    /// True for NaN.
    var isNaN: Bool { doubleValue.isNaN }

    /// True when the sign bit is set (so also for -0.0).
    var signBit: Bool { doubleValue.sign == .minus }

    /// The magnitude, in the same precision.
    var magnitude: PrintFloat {
        switch self {
        case .float32(let f): return .float32(f.magnitude)
        case .float64(let d): return .float64(d.magnitude)
        }
    }

    /// The value split into an integer significand and a power of two.
    var parts: BinaryFloatParts {
        switch self {
        case .float32(let f): return BinaryFloatParts(f)
        case .float64(let d): return BinaryFloatParts(d)
        }
    }
}

/// A finite binary float written as `significand * 2^exponent`, the form exact decimal
/// conversion works on, with what is needed to know the gaps to its neighbours.
struct BinaryFloatParts {
    /// The integer significand (implicit leading bit included for normal numbers).
    var significand: UInt64
    /// The power of two the significand is scaled by.
    var exponent: Int
    /// The index of the significand's highest set bit.
    var highestBit: Int
    /// True when the gap to the next float below is half the gap above (a power of two).
    var unequalMargins: Bool
    /// The sign bit.
    var isNegative: Bool

    /// Splits a double. NaN and infinity give meaningless parts; callers check first.
    init(_ value: Double) {
        let bits = value.bitPattern
        let fraction = bits & ((1 << 52) - 1)
        let biased = Int((bits >> 52) & 0x7ff)
        isNegative = (bits >> 63) != 0
        if biased != 0 {
            significand = (1 << 52) | fraction
            exponent = biased - 1075
            highestBit = 52
            unequalMargins = biased != 1 && fraction == 0
        } else {
            significand = fraction
            exponent = -1074
            highestBit = fraction == 0 ? 0 : 63 - fraction.leadingZeroBitCount
            unequalMargins = false
        }
    }

    /// Splits a float. NaN and infinity give meaningless parts; callers check first.
    init(_ value: Float) {
        let bits = value.bitPattern
        let fraction = UInt64(bits & ((1 << 23) - 1))
        let biased = Int((bits >> 23) & 0xff)
        isNegative = (bits >> 31) != 0
        if biased != 0 {
            significand = (1 << 23) | fraction
            exponent = biased - 150
            highestBit = 23
            unequalMargins = biased != 1 && fraction == 0
        } else {
            significand = fraction
            exponent = -149
            highestBit = fraction == 0 ? 0 : 63 - fraction.leadingZeroBitCount
            unequalMargins = false
        }
    }
}
