import Foundation

/// The `math` module: CPython's functions and errors ("math domain error", "math range error").
enum MathModule {
    @Sendable static func register(_ m: ModuleObject, _ rt: Runtime) throws {
        m.constant("pi", .float(Double.pi))
        m.constant("e", .float(M_E))
        m.constant("tau", .float(2 * Double.pi))
        m.constant("inf", .float(.infinity))
        m.constant("nan", .float(.nan))
        let unary: [(String, (Double) -> Double, String)] = [
            ("sqrt", { $0.squareRoot() }, "The square root."),
            ("exp", Foundation.exp, "e raised to the power x."),
            ("expm1", Foundation.expm1, "exp(x) - 1, accurate for small x."),
            ("log2", Foundation.log2, "The base-2 logarithm."),
            ("log10", Foundation.log10, "The base-10 logarithm."),
            ("log1p", Foundation.log1p, "log(1 + x), accurate for small x."),
            ("sin", Foundation.sin, "The sine (radians)."),
            ("cos", Foundation.cos, "The cosine (radians)."),
            ("tan", Foundation.tan, "The tangent (radians)."),
            ("asin", Foundation.asin, "The arc sine (radians)."),
            ("acos", Foundation.acos, "The arc cosine (radians)."),
            ("atan", Foundation.atan, "The arc tangent (radians)."),
            ("sinh", Foundation.sinh, "The hyperbolic sine."),
            ("cosh", Foundation.cosh, "The hyperbolic cosine."),
            ("tanh", Foundation.tanh, "The hyperbolic tangent."),
            ("asinh", Foundation.asinh, "The inverse hyperbolic sine."),
            ("acosh", Foundation.acosh, "The inverse hyperbolic cosine."),
            ("atanh", Foundation.atanh, "The inverse hyperbolic tangent."),
            ("fabs", { abs($0) }, "The absolute value as a float."),
            ("erf", Foundation.erf, "The error function."),
            ("erfc", Foundation.erfc, "The complementary error function."),
            ("gamma", Foundation.tgamma, "The gamma function."),
            ("lgamma", { Foundation.lgamma($0) }, "The natural log of |gamma(x)|."),
            ("degrees", { $0 * 180 / Double.pi }, "Radians to degrees."),
            ("radians", { $0 * Double.pi / 180 }, "Degrees to radians."),
        ]
        for (name, f, doc) in unary {
            m.fn(name, "x, /", doc: doc) { a, _ in .float(try checked(f(try a.double(0)), try a.double(0))) }
        }
        m.fn("log", "x, base=..., /", doc: "The natural logarithm, or the logarithm to a base.") { a, _ in
            let x = try a.double(0)
            let lx = try checked(Foundation.log(x), x)
            if case .ellipsis = a[1] { return .float(lx) }
            let b = try a.double(1)
            let lb = try checked(Foundation.log(b), b)
            if lb == 0 { throw ScriptError.zeroDivision("float division by zero") }
            return .float(lx / lb)
        }
        m.fn("pow", "x, y, /", doc: "x raised to the power y (as floats).") { a, _ in
            let x = try a.double(0), y = try a.double(1)
            if x == 0 && y < 0 { throw ScriptError.valueError("math domain error") }
            return .float(try checked(Foundation.pow(x, y), x, y))
        }
        m.fn("atan2", "y, x, /", doc: "The angle of the point (x, y) (radians).") { a, _ in
            .float(Foundation.atan2(try a.double(0), try a.double(1)))
        }
        m.fn("hypot", "*coordinates", doc: "The Euclidean norm.") { a, _ in
            var s = 0.0
            for v in a.varArgs {
                guard let d = v.asDouble else { throw ScriptError.typeError("must be real number, not \(v.typeName)") }
                s += d * d
            }
            return .float(s.squareRoot())
        }
        m.fn("copysign", "x, y, /", doc: "x with the sign of y.") { a, _ in .float(Foundation.copysign(try a.double(0), try a.double(1))) }
        m.fn("fmod", "x, y, /", doc: "C's fmod.") { a, _ in
            let y = try a.double(1)
            if y == 0 { throw ScriptError.valueError("math domain error") }
            return .float(Foundation.fmod(try a.double(0), y))
        }
        for (name, rule) in [("floor", FloatingPointRoundingRule.down), ("ceil", .up), ("trunc", .towardZero)] {
            m.fn(name, "x, /", doc: "\(name)(x) as an int.") { a, rt in
                if case .int = a[0].boolAsInt { return a[0].boolAsInt }
                if case .native = a[0], let r = try? rt.callMethod(a[0], "__\(name)__") { return r }
                return .int(try Constructors.floatToInt(try a.double(0).rounded(rule)))
            }
        }
        m.fn("modf", "x, /", doc: "The fractional and integer parts.") { a, _ in
            let x = try a.double(0)
            let i = x.rounded(.towardZero)
            return .tuple([.float(x.isInfinite ? Foundation.copysign(0, x) : x - i), .float(i)])
        }
        m.fn("frexp", "x, /", doc: "Mantissa and exponent: x == m * 2**e.") { a, _ in
            let x = try a.double(0)
            let (mant, e) = Foundation.frexp(abs(x))
            return .tuple([.float(x < 0 ? -mant : mant), .int(e)])
        }
        m.fn("ldexp", "x, i, /", doc: "x * 2**i.") { a, _ in .float(Foundation.scalbn(try a.double(0), try a.int(1))) }
        m.fn("isnan", "x, /", doc: "Whether x is NaN.") { a, _ in .bool(try a.double(0).isNaN) }
        m.fn("isinf", "x, /", doc: "Whether x is infinite.") { a, _ in .bool(try a.double(0).isInfinite) }
        m.fn("isfinite", "x, /", doc: "Whether x is finite.") { a, _ in .bool(try a.double(0).isFinite) }
        m.fn("isclose", "a, b, *, rel_tol=1e-09, abs_tol=0.0", doc: "Whether a and b are close.") { a, _ in
            let x = try a.double(0), y = try a.double(1), rel = try a.double(2), absTol = try a.double(3)
            if rel < 0 || absTol < 0 { throw ScriptError.valueError("tolerances must be non-negative") }
            if x == y { return .true }
            if x.isInfinite || y.isInfinite { return .false }
            let diff = abs(y - x)
            return .bool(diff <= abs(rel * y) || diff <= abs(rel * x) || diff <= absTol)
        }
        m.fn("fsum", "seq, /", doc: "An accurately rounded floating-point sum.") { a, rt in
            var partials: [Double] = []
            try rt.forEach(a[0]) { (v) throws(ScriptError) in
                guard var x = v.asDouble else { throw ScriptError.typeError("must be real number, not \(v.typeName)") }
                var i = 0
                for var y in partials {
                    if abs(x) < abs(y) { swap(&x, &y) }
                    let hi = x + y, lo = y - (hi - x)
                    if lo != 0 { partials[i] = lo; i += 1 }
                    x = hi
                }
                partials.removeSubrange(i...)
                partials.append(x)
            }
            return .float(partials.reduce(0, +))
        }
        registerIntegers(m)
    }

    static func registerIntegers(_ m: ModuleObject) {
        m.fn("factorial", "n, /", doc: "n! (OverflowError past 20!).") { a, _ in
            let n = try a.int(0)
            if n < 0 { throw ScriptError.valueError("factorial() not defined for negative values") }
            var r = 1
            for i in stride(from: 2, through: n, by: 1) {
                let (p, o) = r.multipliedReportingOverflow(by: i)
                if o { throw ScriptError.intOverflow() }
                r = p
            }
            return .int(r)
        }
        m.fn("gcd", "*integers", doc: "The greatest common divisor.") { a, _ in
            var g = 0
            for v in a.varArgs {
                guard var x = v.asIndex?.magnitude else { throw ScriptError.typeError("'\(v.typeName)' object cannot be interpreted as an integer") }
                var y = UInt(g)
                while x != 0 { (y, x) = (x, y % x) }
                g = Int(y)
            }
            return .int(g)
        }
        m.fn("comb", "n, k, /", doc: "The number of ways to choose k items from n.") { a, _ in
            let n = try a.int(0), k = try a.int(1)
            if n < 0 || k < 0 { throw ScriptError.valueError("n must be a non-negative integer") }
            if k > n { return .int(0) }
            var r = 1
            for i in 0..<min(k, n - k) {
                let (p, o) = r.multipliedReportingOverflow(by: n - i)
                if o { throw ScriptError.intOverflow() }
                r = p / (i + 1)
            }
            return .int(r)
        }
        m.fn("prod", "iterable, /, *, start=1", doc: "The product of the items.") { a, rt in
            var total = a[0 + 1]
            try rt.forEach(a[0]) { (v) throws(ScriptError) in total = try rt.binary(.mul, total, v) }
            return total
        }
    }

    /// CPython's checks around a libm call: NaN from a non-NaN input is a domain error, an
    /// infinity from finite inputs a range error.
    static func checked(_ r: Double, _ inputs: Double...) throws(ScriptError) -> Double {
        if r.isNaN && !inputs.contains(where: \.isNaN) { throw ScriptError.valueError("math domain error") }
        if r.isInfinite && inputs.allSatisfy(\.isFinite) {
            if inputs.contains(0) || inputs.contains(where: { $0 < 0 }) && r < 0 {
                throw ScriptError.valueError("math domain error")
            }
            throw ScriptError.overflow("math range error")
        }
        return r
    }
}
