import Foundation

/// Built-in numeric functions: abs, round, divmod, pow, bin, hex, oct.
extension BuiltinsModule {
    static func registerNumbers(_ m: ModuleObject) {
        m.fn("abs", "x, /", doc: "The absolute value of a number.") { a, rt in
            switch a[0] {
            case .int(let i):
                if i == Int.min { throw ScriptError.intOverflow() }
                return .int(abs(i))
            case .float(let d): return .float(abs(d))
            case .bool(let b): return .int(b ? 1 : 0)
            case .instance(let inst) where inst.cls.lookup("__abs__") != nil:
                return try rt.callMethod(a[0], "__abs__")
            case .native:
                return try rt.callMethod(a[0], "__abs__")
            default:
                throw ScriptError.typeError("bad operand type for abs(): '\(a[0].typeName)'")
            }
        }
        m.fn("round", "number, ndigits=None", doc: "Round half to even; an int without ndigits.") { a, rt in
            try round(a[0], a[1], rt)
        }
        m.fn("divmod", "x, y, /", doc: "The pair (x // y, x % y).") { a, rt in
            let numeric = a[0].asNumber != nil && a[1].asNumber != nil
            if !numeric, !(a[0].isObjectLike || a[1].isObjectLike) {
                throw ScriptError.typeError("unsupported operand type(s) for divmod(): '\(a[0].typeName)' and '\(a[1].typeName)'")
            }
            if numeric, a[1].asNumber == 0 {
                let floats = a[0].isFloat || a[1].isFloat
                throw ScriptError.zeroDivision(floats ? "float divmod()" : "integer division or modulo by zero")
            }
            return .tuple([try rt.binary(.floorDiv, a[0], a[1]), try rt.binary(.mod, a[0], a[1])])
        }
        m.fn("pow", "base, exp, mod=None", doc: "base ** exp, or base ** exp % mod for ints.") { a, rt in
            if a.isNone(2) { return try rt.binary(.pow, a[0], a[1]) }
            guard case .int(var base) = a[0].boolAsInt, case .int(var e) = a[1].boolAsInt, case .int(let mod) = a[2].boolAsInt else {
                throw ScriptError.typeError("pow() 3rd argument not allowed unless all arguments are integers")
            }
            if mod == 0 { throw ScriptError.valueError("pow() 3rd argument cannot be 0") }
            if e < 0 { throw ScriptError.valueError("pow() negative exponent with a modulus is not supported in nn") }
            var result = 1 % mod
            base = Arithmetic.modulo(base, mod)
            while e > 0 {
                if e & 1 == 1 { result = mulmod(result, base, mod) }
                base = mulmod(base, base, mod)
                e >>= 1
            }
            return .int(Arithmetic.modulo(result, mod))
        }
        m.fn("bin", "number, /", doc: "Binary text of an int: '0b101'.") { a, _ in .string(radixText(try a.int(0), 2, "0b")) }
        m.fn("oct", "number, /", doc: "Octal text of an int: '0o17'.") { a, _ in .string(radixText(try a.int(0), 8, "0o")) }
        m.fn("hex", "number, /", doc: "Hexadecimal text of an int: '0x1f'.") { a, _ in .string(radixText(try a.int(0), 16, "0x")) }
    }

    static func radixText(_ n: Int, _ radix: Int, _ prefix: String) -> String {
        (n < 0 ? "-" : "") + prefix + String(n.magnitude, radix: radix)
    }

    /// a * b mod m without overflow, for |a|, |b| < |m| (so the quotient fits).
    static func mulmod(_ a: Int, _ b: Int, _ m: Int) -> Int {
        m.dividingFullWidth(a.multipliedFullWidth(by: b)).remainder
    }

    /// `round(number, ndigits)`.
    static func round(_ x: Value, _ nd: Value, _ rt: Runtime) throws(ScriptError) -> Value {
        switch x {
        case .int, .bool:
            let i = x.boolAsInt
            guard case .int(let v) = i else { return i }
            if nd.isNone { return .int(v) }
            guard let n = nd.asIndex else { throw ScriptError.typeError("'\(nd.typeName)' object cannot be interpreted as an integer") }
            if n >= 0 { return .int(v) }
            if n < -18 { return .int(0) }
            var p = 1
            for _ in 0..<(-n) { p *= 10 }
            let q = try Arithmetic.floorDivide(v, p), r = v - q * p
            var rounded = q
            if 2 * r > p || (2 * r == p && q % 2 != 0) { rounded += 1 }
            let (res, o) = rounded.multipliedReportingOverflow(by: p)
            if o { throw ScriptError.intOverflow() }
            return .int(res)
        case .float(let d):
            if nd.isNone {
                if d.isNaN { throw ScriptError.valueError("cannot convert float NaN to integer") }
                if d.isInfinite { throw ScriptError.overflow("cannot convert float infinity to integer") }
                let r = d.rounded(.toNearestOrEven)
                guard r >= -9.223372036854775808e18 && r < 9.223372036854775808e18 else { throw ScriptError.intOverflow() }
                return .int(Int(r))
            }
            guard let n = nd.asIndex else { throw ScriptError.typeError("'\(nd.typeName)' object cannot be interpreted as an integer") }
            if !d.isFinite || d == 0 { return .float(d) }
            if n > 300 { return .float(d) }
            if n >= 0 {
                let text = String(format: "%.\(n)f", d)
                return .float(Double(text) ?? d)
            }
            let p = Foundation.pow(10.0, Double(-n))
            let r = (d / p).rounded(.toNearestOrEven) * p
            return .float(r.isFinite ? r : 0)
        case .instance(let inst) where inst.cls.lookup("__round__") != nil:
            return try rt.call(rt.getAttribute(x, "__round__"), Arguments(nd.isNone ? [] : [nd]))
        case .native:
            return try rt.callMethod(x, "round", Arguments(nd.isNone ? [] : [nd]))
        default:
            throw ScriptError.typeError("type \(x.typeName) doesn't define __round__ method")
        }
    }
}

extension Value {
    /// Whether this is a float.
    var isFloat: Bool {
        if case .float = self { return true }
        return false
    }

    /// Native objects and nn instances (which may define their own arithmetic).
    var isObjectLike: Bool {
        switch self {
        case .native, .instance: return true
        default: return false
        }
    }
}
