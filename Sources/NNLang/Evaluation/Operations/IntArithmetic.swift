import Foundation

/// Python's arithmetic on nn's 64-bit ints and on floats: floor division and modulo round
/// toward negative infinity, results past 64 bits raise OverflowError, division by zero
/// raises ZeroDivisionError with CPython's messages.
enum Arithmetic {
    /// `a op b` on ints; nil for `@` (not defined on numbers).
    @inline(__always)
    static func int(_ op: BinaryOp, _ a: Int, _ b: Int) throws(ScriptError) -> Value? {
        switch op {
        case .add:
            let (r, o) = a.addingReportingOverflow(b)
            if o { throw ScriptError.intOverflow() }
            return .int(r)
        case .sub:
            let (r, o) = a.subtractingReportingOverflow(b)
            if o { throw ScriptError.intOverflow() }
            return .int(r)
        case .mul:
            let (r, o) = a.multipliedReportingOverflow(by: b)
            if o { throw ScriptError.intOverflow() }
            return .int(r)
        case .div:
            if b == 0 { throw ScriptError.zeroDivision("division by zero") }
            return .float(trueDivide(a, b))
        case .floorDiv:
            if b == 0 { throw ScriptError.zeroDivision("integer division or modulo by zero") }
            return .int(try floorDivide(a, b))
        case .mod:
            if b == 0 { throw ScriptError.zeroDivision("integer modulo by zero") }
            return .int(modulo(a, b))
        case .pow:
            return try power(a, b)
        case .lshift:
            if b < 0 { throw ScriptError.valueError("negative shift count") }
            if a == 0 { return .int(0) }
            if b >= 63 { throw ScriptError.intOverflow() }
            let r = a << b
            if r >> b != a { throw ScriptError.intOverflow() }
            return .int(r)
        case .rshift:
            if b < 0 { throw ScriptError.valueError("negative shift count") }
            return .int(b >= 64 ? (a < 0 ? -1 : 0) : a >> b)
        case .and: return .int(a & b)
        case .or: return .int(a | b)
        case .xor: return .int(a ^ b)
        case .matmul: return nil
        }
    }

    /// `a / b` for ints, correctly rounded when both fit a double exactly.
    static func trueDivide(_ a: Int, _ b: Int) -> Double {
        Double(a) / Double(b)
    }

    /// Python's `//` (rounds toward negative infinity).
    @inline(__always)
    static func floorDivide(_ a: Int, _ b: Int) throws(ScriptError) -> Int {
        if a == Int.min && b == -1 { throw ScriptError.intOverflow() }
        var q = a / b
        if a % b != 0 && ((a < 0) != (b < 0)) { q -= 1 }
        return q
    }

    /// Python's `%` (the result has the divisor's sign).
    @inline(__always)
    static func modulo(_ a: Int, _ b: Int) -> Int {
        if b == -1 { return 0 }
        var r = a % b
        if r != 0 && ((r < 0) != (b < 0)) { r += b }
        return r
    }

    /// `a ** b`: an int for b ≥ 0 (OverflowError past 64 bits), a float for b < 0.
    static func power(_ a: Int, _ b: Int) throws(ScriptError) -> Value {
        if b < 0 {
            if a == 0 { throw ScriptError.zeroDivision("0.0 cannot be raised to a negative power") }
            return .float(Foundation.pow(Double(a), Double(b)))
        }
        var result = 1, base = a, e = b
        while e > 0 {
            if e & 1 == 1 {
                let (r, o) = result.multipliedReportingOverflow(by: base)
                if o { throw ScriptError.intOverflow() }
                result = r
            }
            e >>= 1
            if e > 0 {
                let (sq, o) = base.multipliedReportingOverflow(by: base)
                if o { throw ScriptError.intOverflow() }
                base = sq
            }
        }
        return .int(result)
    }

    /// `a op b` on floats; nil for operators floats do not have.
    @inline(__always)
    static func float(_ op: BinaryOp, _ a: Double, _ b: Double) throws(ScriptError) -> Value? {
        switch op {
        case .add: return .float(a + b)
        case .sub: return .float(a - b)
        case .mul: return .float(a * b)
        case .div:
            if b == 0 { throw ScriptError.zeroDivision("float division by zero") }
            return .float(a / b)
        case .floorDiv:
            if b == 0 { throw ScriptError.zeroDivision("float floor division by zero") }
            return .float(floatDivmod(a, b).0)
        case .mod:
            if b == 0 { throw ScriptError.zeroDivision("float modulo") }
            return .float(floatDivmod(a, b).1)
        case .pow:
            return .float(try floatPower(a, b))
        default:
            return nil
        }
    }

    /// Python's float `divmod`: floor quotient and a remainder with the divisor's sign.
    static func floatDivmod(_ a: Double, _ b: Double) -> (Double, Double) {
        var mod = fmod(a, b)
        var div = (a - mod) / b
        if mod != 0 {
            if (b < 0) != (mod < 0) {
                mod += b
                div -= 1
            }
        } else {
            mod = copysign(0, b)
        }
        var floordiv: Double
        if div != 0 {
            floordiv = floor(div)
            if div - floordiv > 0.5 { floordiv += 1 }
        } else {
            floordiv = copysign(0, a / b)
        }
        return (floordiv, mod)
    }

    /// Python's float `**`: ZeroDivisionError for `0.0 ** -x`, OverflowError when a finite
    /// result overflows, ValueError where Python would return a complex number.
    static func floatPower(_ a: Double, _ b: Double) throws(ScriptError) -> Double {
        if a == 0 && b < 0 {
            throw ScriptError.zeroDivision("0.0 cannot be raised to a negative power")
        }
        if a < 0 && b.isFinite && b != b.rounded() {
            throw ScriptError.valueError("negative number cannot be raised to a fractional power (nn has no complex numbers)")
        }
        let r = Foundation.pow(a, b)
        if r.isInfinite && a.isFinite && b.isFinite {
            throw ScriptError.overflow("(34, 'Numerical result out of range')")
        }
        return r
    }

    /// Exact comparison of an int with a float: -1, 0, 1, or nil when `d` is NaN.
    static func compare(_ i: Int, _ d: Double) -> Int? {
        if d.isNaN { return nil }
        if d == .infinity { return -1 }
        if d == -.infinity { return 1 }
        // Every double ≥ 2^63 exceeds every Int; below -2^63 likewise.
        if d >= 9223372036854775808.0 { return -1 }
        if d < -9223372036854775808.0 { return 1 }
        let t = d.rounded(.towardZero)
        let ti = Int(t)
        if i < ti { return -1 }
        if i > ti { return 1 }
        let frac = d - t
        return frac > 0 ? -1 : frac < 0 ? 1 : 0
    }
}
