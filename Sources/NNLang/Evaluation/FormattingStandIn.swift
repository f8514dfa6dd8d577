import Foundation

// Stand-in for Sources/NNLang/Formatting/ (written separately); deleted when that merges.
// Signatures are fixed by the brief; behaviour follows CPython closely enough for the
// language tests.

/// An invalid format specification, with CPython's message.
struct PyFormatError: Error { let message: String }

/// Python's number and string formatting.
enum PyFormat {
    /// `repr(x)` of a float: the shortest digits that round-trip, fixed notation for
    /// exponents in [-4, 16), scientific otherwise; `inf`, `nan`, `-0.0`.
    static func floatRepr(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        if x == 0 { return x.sign == .minus ? "-0.0" : "0.0" }
        let (digits, decpt) = shortestDigits(abs(x))
        let sign = x < 0 ? "-" : ""
        let exp = decpt - 1
        if exp >= -4 && exp < 16 {
            if decpt <= 0 {
                return sign + "0." + String(repeating: "0", count: -decpt) + digits
            }
            if decpt >= digits.count {
                return sign + digits + String(repeating: "0", count: decpt - digits.count) + ".0"
            }
            let i = digits.index(digits.startIndex, offsetBy: decpt)
            return sign + digits[..<i] + "." + digits[i...]
        }
        var mantissa = String(digits.prefix(1))
        if digits.count > 1 { mantissa += "." + digits.dropFirst() }
        let e = exp < 0 ? "-" + pad2(-exp) : "+" + pad2(exp)
        return sign + mantissa + "e" + e
    }

    static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// Shortest round-trip decimal digits of a positive finite double and the decimal point
    /// position (value = 0.DIGITS × 10^decpt).
    static func shortestDigits(_ x: Double) -> (String, Int) {
        let text = "\(x)"
        var mantissa = Substring(text), exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        var intPart = mantissa, frac: Substring = ""
        if let dot = mantissa.firstIndex(of: ".") {
            intPart = mantissa[..<dot]
            frac = mantissa[mantissa.index(after: dot)...]
        }
        var digits = String(intPart) + frac
        var decpt = intPart.count + exponent
        while digits.hasPrefix("0") && digits.count > 1 {
            digits.removeFirst()
            decpt -= 1
        }
        while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
        return (digits, decpt)
    }

    /// A parsed format specification.
    struct Spec {
        var fill: Character = " "
        var align: Character?
        var sign: Character = "-"
        var alternate = false
        var zero = false
        var width = 0
        var grouping: Character?
        var precision: Int?
        var type: Character?
    }

    static func parse(_ spec: String, _ kind: String) throws(PyFormatError) -> Spec {
        var s = Spec()
        var chars = Array(spec)
        var i = 0
        func isAlign(_ c: Character) -> Bool { "<>=^".contains(c) }
        if chars.count >= 2 && isAlign(chars[1]) {
            s.fill = chars[0]
            s.align = chars[1]
            i = 2
        } else if !chars.isEmpty && isAlign(chars[0]) {
            s.align = chars[0]
            i = 1
        }
        if i < chars.count && "+- ".contains(chars[i]) { s.sign = chars[i]; i += 1 }
        if i < chars.count && chars[i] == "#" { s.alternate = true; i += 1 }
        if i < chars.count && chars[i] == "0" {
            s.zero = true
            i += 1
        }
        var w = ""
        while i < chars.count && chars[i].isASCII && chars[i].isNumber { w.append(chars[i]); i += 1 }
        if !w.isEmpty {
            guard let width = Int(w), width <= 1 << 28 else { throw PyFormatError(message: "Too many decimal digits in format string") }
            s.width = width
        }
        if i < chars.count && (chars[i] == "," || chars[i] == "_") { s.grouping = chars[i]; i += 1 }
        if i < chars.count && chars[i] == "." {
            i += 1
            var p = ""
            while i < chars.count && chars[i].isASCII && chars[i].isNumber { p.append(chars[i]); i += 1 }
            if p.isEmpty { throw PyFormatError(message: "Format specifier missing precision") }
            guard let precision = Int(p), precision <= 1 << 20 else { throw PyFormatError(message: "Too many decimal digits in format string") }
            s.precision = precision
        }
        if i < chars.count { s.type = chars[i]; i += 1 }
        if i < chars.count { throw PyFormatError(message: "Invalid format specifier '\(spec)' for object of type '\(kind)'") }
        chars = []
        return s
    }

    /// Pads `body` (after the sign) to the spec's width.
    static func pad(_ sign: String, _ body: String, _ s: Spec, defaultAlign: Character) -> String {
        let align = s.align ?? (s.zero ? "=" : defaultAlign)
        let fill: Character = s.align == nil && s.zero ? "0" : s.fill
        let len = sign.count + body.count
        guard s.width > len else { return sign + body }
        let n = s.width - len
        let padding = String(repeating: fill, count: n)
        switch align {
        case "<": return sign + body + padding
        case "^":
            let left = String(repeating: fill, count: n / 2), right = String(repeating: fill, count: n - n / 2)
            return left + sign + body + right
        case "=": return sign + padding + body
        default: return padding + sign + body
        }
    }

    /// Inserts a separator every `every` digits of the integer part of `digits`.
    static func group(_ digits: String, _ sep: Character?, every: Int = 3) -> String {
        guard let sep else { return digits }
        var intPart = Substring(digits), rest: Substring = ""
        if let dot = digits.firstIndex(where: { $0 == "." || $0 == "e" || $0 == "E" || $0 == "%" }) {
            intPart = digits[..<dot]
            rest = digits[dot...]
        }
        var out = ""
        for (n, c) in intPart.reversed().enumerated() {
            if n > 0 && n % every == 0 { out.append(sep) }
            out.append(c)
        }
        return String(out.reversed()) + rest
    }

    /// `format(x, spec)` for an int.
    static func format(int x: Int, spec: String) throws(PyFormatError) -> String {
        let s = try parse(spec, "int")
        if let t = s.type, "eEfFgG%".contains(t) { return try format(float: Double(x), spec: spec) }
        if s.precision != nil { throw PyFormatError(message: "Precision not allowed in integer format specifier") }
        let sign = x < 0 ? "-" : s.sign == "+" ? "+" : s.sign == " " ? " " : ""
        let m = x.magnitude
        var body: String
        switch s.type {
        case nil, "d", "n": body = group(String(m), s.grouping)
        case "b": body = (s.alternate ? "0b" : "") + group(String(m, radix: 2), s.grouping, every: 4)
        case "o": body = (s.alternate ? "0o" : "") + group(String(m, radix: 8), s.grouping, every: 4)
        case "x": body = (s.alternate ? "0x" : "") + group(String(m, radix: 16), s.grouping, every: 4)
        case "X": body = (s.alternate ? "0X" : "") + group(String(m, radix: 16).uppercased(), s.grouping, every: 4)
        case "c":
            guard let u = UnicodeScalar(UInt32(truncatingIfNeeded: x)) else {
                throw PyFormatError(message: "%c arg not in range(0x110000)")
            }
            return pad("", String(Character(u)), s, defaultAlign: "<")
        case let t?:
            throw PyFormatError(message: "Unknown format code '\(t)' for object of type 'int'")
        }
        return pad(sign, body, s, defaultAlign: ">")
    }

    /// `format(x, spec)` for a float.
    static func format(float x: Double, spec: String) throws(PyFormatError) -> String {
        let s = try parse(spec, "float")
        let sign = (x.sign == .minus && !(x.isNaN)) ? "-" : s.sign == "+" ? "+" : s.sign == " " ? " " : ""
        let a = abs(x)
        var body: String
        if !a.isFinite {
            body = a.isNaN ? "nan" : "inf"
            if let t = s.type, t.isUppercase { body = body.uppercased() }
            if let t = s.type, !"eEfFgG%n".contains(t) {
                throw PyFormatError(message: "Unknown format code '\(t)' for object of type 'float'")
            }
            var sp = s
            sp.zero = false
            if s.align == nil && s.zero { sp.fill = " " }
            return pad(sign, body + (s.type == "%" ? "%" : ""), sp, defaultAlign: ">")
        }
        switch s.type {
        case nil:
            body = s.precision.map { noneType(a, $0, s.alternate) } ?? floatRepr(a)
        case "f", "F": body = cFormat(a, "f", s.precision ?? 6, s.alternate)
        case "e", "E":
            body = cFormat(a, "e", s.precision ?? 6, s.alternate)
            if s.type == "E" { body = body.uppercased() }
        case "g", "G", "n":
            body = cFormat(a, "g", max(s.precision ?? 6, 1) == 0 ? 1 : (s.precision ?? 6), s.alternate)
            if s.type == "G" { body = body.uppercased() }
        case "%": body = cFormat(a * 100, "f", s.precision ?? 6, s.alternate) + "%"
        case let t?:
            throw PyFormatError(message: "Unknown format code '\(t)' for object of type 'float'")
        }
        body = group(body, s.grouping)
        return pad(sign, body, s, defaultAlign: ">")
    }

    /// Python's format type None with a precision: like 'g' (precision significant digits,
    /// trailing zeros dropped) but switching to exponent form one digit earlier, and fixed
    /// notation always keeps a digit after the point.
    static func noneType(_ a: Double, _ precision: Int, _ alternate: Bool) -> String {
        let p = max(precision, 1)
        let e = cFormat(a, "e", p - 1, false)
        guard let ePos = e.firstIndex(of: "e") else { return e }
        var digits = e[..<ePos].filter { $0 != "." }
        let exp = Int(e[e.index(after: ePos)...]) ?? 0
        if !alternate { while digits.count > 1 && digits.hasSuffix("0") { digits.removeLast() } }
        let decpt = exp + 1
        if a == 0 || (decpt > -4 && decpt <= p - 1) {
            if a == 0 { return "0.0" }
            if decpt <= 0 { return "0." + String(repeating: "0", count: -decpt) + digits }
            if decpt >= digits.count { return digits + String(repeating: "0", count: decpt - digits.count) + ".0" }
            let i = digits.index(digits.startIndex, offsetBy: decpt)
            return digits[..<i] + "." + digits[i...]
        }
        var mantissa = String(digits.prefix(1))
        if digits.count > 1 { mantissa += "." + digits.dropFirst() }
        return mantissa + "e" + (exp < 0 ? "-" + pad2(-exp) : "+" + pad2(exp))
    }

    static func cFormat(_ x: Double, _ conv: String, _ precision: Int, _ alternate: Bool) -> String {
        String(format: "%\(alternate ? "#" : "").\(precision)\(conv)", x)
    }

    /// `format(s, spec)` for a string.
    static func format(string str: String, spec: String) throws(PyFormatError) -> String {
        let s = try parse(spec, "str")
        if let t = s.type, t != "s" { throw PyFormatError(message: "Unknown format code '\(t)' for object of type 'str'") }
        if s.sign != "-" { throw PyFormatError(message: "Sign not allowed in string format specifier") }
        if s.alternate { throw PyFormatError(message: "Alternate form (#) not allowed in string format specifier") }
        if let g = s.grouping { throw PyFormatError(message: "Cannot specify '\(g)' with 's'.") }
        if s.align == "=" { throw PyFormatError(message: "'=' alignment not allowed in string format specifier") }
        var body = str
        if let p = s.precision, body.unicodeScalars.count > p {
            body = String(String.UnicodeScalarView(body.unicodeScalars.prefix(p)))
        }
        return pad("", body, s, defaultAlign: "<")
    }
}
