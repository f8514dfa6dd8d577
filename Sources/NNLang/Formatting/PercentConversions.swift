extension PercentFormatter {
    /// The text of `%d %i %u %o %x %X`: sign, `0o`/`0x`/`0X` when alternate, digits
    /// zero-padded to the precision (CPython's `_PyUnicode_FormatLong`). A float is
    /// truncated for `%d %i %u` (any size: `'%d' % 1e300` prints all 301 digits) and refused
    /// by `%o %x %X`.
    static func integerText(_ arg: PercentArg, _ d: Directive) throws(PyFormatError) -> [UInt8] {
        let c = Unicode.Scalar(d.conversion)
        let decimal = c == "d" || c == "i" || c == "u"
        var negative = false
        var digits: String
        switch arg {
        case .int, .bool:
            let v = arg.exactInt ?? 0
            negative = v < 0
            let radix = decimal ? 10 : (c == "o" ? 8 : 16)
            digits = String(v.magnitude, radix: radix)
        case let .float(x) where decimal:
            if x.isNaN { throw .nanToInteger }
            if x.isInfinite { throw .infinityToInteger }
            negative = x <= -1
            digits = String(decoding: DecimalDigits.integerPart(x), as: UTF8.self)
        default:
            throw .numberRequired(
                conversion: c, what: decimal ? "a real number" : "an integer",
                typeName: arg.typeName)
        }
        var text = negative ? "-" : ""
        if d.alternate, !decimal {
            text += c == "o" ? "0o" : "0x"
        }
        if d.precision > digits.count {
            text += String(repeating: "0", count: d.precision - digits.count)
        }
        text += digits
        if c == "X" { text = text.uppercased() }
        return Array(text.utf8)
    }

    /// The text of `%e %E %f %F %g %G` (precision 6 unless given; `#` keeps the point).
    static func floatText(_ arg: PercentArg, _ d: Directive) throws(PyFormatError) -> [UInt8] {
        let x: Double
        switch arg {
        case let .int(v): x = Double(v)
        case let .bool(b): x = b ? 1 : 0
        case let .float(v): x = v
        default: throw .realNumberRequired(typeName: arg.typeName)
        }
        var text = FloatText(style: .fixed)
        let c = Unicode.Scalar(d.conversion)
        switch c {
        case "e", "E": text.style = .exponent
        case "g", "G": text.style = .general
        default: break
        }
        text.upperCase = c == "E" || c == "F" || c == "G"
        text.alternate = d.alternate
        text.precision = d.precision < 0 ? 6 : d.precision
        return text.render(x)
    }

    /// The character of `%c`: an int code point or a one-character string.
    static func character(_ arg: PercentArg) throws(PyFormatError) -> Unicode.Scalar {
        switch arg {
        case let .string(s):
            var scalars = s.unicodeScalars.makeIterator()
            guard let first = scalars.next(), scalars.next() == nil else { throw .charRequired }
            return first
        case .int, .bool:
            let v = arg.exactInt ?? 0
            guard v >= 0, v <= 0x10FFFF else { throw .charCodeOutOfRange }
            // Lone surrogates cannot live in a Swift string; U+FFFD stands in for them.
            return Unicode.Scalar(UInt32(v)) ?? "\u{FFFD}"
        default:
            throw .charRequired
        }
    }
}
