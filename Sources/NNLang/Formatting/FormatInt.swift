extension PyFormat {
    /// `format(x, spec)` for an `int`: types `b c d o x X n` and none (as `d`); the float
    /// types `e E f F g G %` format `float(x)`. Options as in CPython 3.11: `#` adds
    /// `0b 0o 0x 0X`, `_` groups b/o/x/X digits by four, precision and `z` are refused.
    static func format(int x: Int, spec: String) throws(PyFormatError) -> String {
        if spec.isEmpty { return String(x) }
        return try formatInteger(x, spec: spec, typeName: "int")
    }

    /// The int formatter, with the Python type name (`int` or `bool`) used in errors.
    static func formatInteger(_ x: Int, spec: String, typeName: String) throws(PyFormatError)
        -> String
    {
        let f = try FormatSpec.parse(spec, typeName: typeName, defaultType: "d", defaultAlign: ">")
        switch f.type {
        case "b", "c", "d", "o", "x", "X", "n":
            return try formatIntegerPresentation(x, f)
        case "e", "E", "f", "F", "g", "G", "%":
            return try formatFloat(Double(x), f)
        default:
            throw .unknownFormatCode(code: f.type, typeName: typeName)
        }
    }

    /// The integer presentation types (CPython's `format_long_internal`).
    private static func formatIntegerPresentation(_ x: Int, _ f: FormatSpec)
        throws(PyFormatError) -> String
    {
        if f.precision != nil { throw .precisionNotAllowedForInt }
        if f.noNegativeZero { throw .noNegativeZeroCoercion(kind: "integer") }
        let layout: NumberLayout
        if f.type == "c" {
            if f.sign != nil { throw .signNotAllowedWithCharCode }
            if f.alternate { throw .alternateNotAllowedWithCharCode }
            guard x >= 0, x <= 0x10FFFF else { throw .charCodeOutOfRange }
            // Lone surrogates cannot live in a Swift string; U+FFFD stands in for them.
            let scalar = Unicode.Scalar(UInt32(x)) ?? "\u{FFFD}"
            layout = NumberLayout(
                negative: false, prefix: [], digits: [], remainder: Array(String(Character(scalar)).utf8))
        } else {
            let radix: Int
            var prefix = ""
            switch f.type {
            case "b": radix = 2; prefix = "0b"
            case "o": radix = 8; prefix = "0o"
            case "x": radix = 16; prefix = "0x"
            case "X": radix = 16; prefix = "0X"
            default: radix = 10
            }
            var digits = String(x.magnitude, radix: radix)
            if f.type == "X" { digits = digits.uppercased() }
            layout = NumberLayout(
                negative: x < 0, prefix: f.alternate ? Array(prefix.utf8) : [],
                digits: Array(digits.utf8), remainder: [])
        }
        return try layout.render(f)
    }
}
