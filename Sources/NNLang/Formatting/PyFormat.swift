/// Python's text formatting of numbers and strings, exactly as CPython 3.11 prints them:
/// `repr`/`str` of floats, `format(x, spec)` and f-string specifiers, printf-style `%`,
/// `round(x, n)`, and `repr`/`ascii` of strings.
///
/// Every function is pure: it depends on its arguments alone (not on the interpreter, the
/// locale or any global setting) and reports bad input by throwing `PyFormatError`.
enum PyFormat {
    /// The longest text a width or precision may ask for; beyond it formatting fails
    /// with a MemoryError instead of trying to build the text.
    static let maxLength = 100_000_000

    /// Throws when a requested width or precision exceeds `maxLength`.
    static func checkSize(_ requested: Int) throws(PyFormatError) {
        if requested > maxLength {
            throw .resultTooLarge(requested: requested)
        }
    }

    /// `repr(x)`, which is also `str(x)`: the shortest digits that read back as `x`, in
    /// positional notation when the decimal exponent is in -4 ..< 16 (`0.0001`, `100.0`,
    /// `1e-05`, `1e+16`); `inf`, `-inf`, `nan`, `-0.0`.
    static func floatRepr(_ x: Double) -> String {
        String(decoding: FloatText(style: .repr, addDotZero: true).render(x), as: UTF8.self)
    }

    /// `format(s, spec)` for a `str`: fill, alignment, width and precision (truncation),
    /// counted in code points; type `s` or none.
    static func format(string s: String, spec: String) throws(PyFormatError) -> String {
        if spec.isEmpty { return s }
        let f = try FormatSpec.parse(spec, typeName: "str", defaultType: "s", defaultAlign: "<")
        guard f.type == "s" else {
            throw .unknownFormatCode(code: f.type, typeName: "str")
        }
        if let sign = f.sign {
            throw sign == " " ? .spaceNotAllowedForString : .signNotAllowedForString
        }
        if f.noNegativeZero { throw .noNegativeZeroCoercion(kind: "string") }
        if f.alternate { throw .alternateNotAllowedForString }
        if f.align == "=" { throw .equalsAlignNotAllowedForString }
        try checkSize(f.width ?? 0)
        return pad(Array(s.unicodeScalars), spec: f)
    }

    /// Truncates to the spec's precision and pads to its width (strings and `%s`).
    static func pad(_ text: [Unicode.Scalar], spec f: FormatSpec) -> String {
        var scalars = text[...]
        if let precision = f.precision, precision < scalars.count {
            scalars = scalars.prefix(precision)
        }
        let padding = max((f.width ?? 0) - scalars.count, 0)
        let left: Int
        switch f.align {
        case ">": left = padding
        case "^": left = padding / 2
        default: left = 0
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: repeatElement(f.fill, count: left))
        out.append(contentsOf: scalars)
        out.append(contentsOf: repeatElement(f.fill, count: padding - left))
        return String(out)
    }

    /// `format(x, spec)` for a value whose type has no `__format__` of its own (None, list,
    /// tuple, dict, functions, …): `str(x)` for an empty spec, else the TypeError of
    /// `object.__format__`.
    static func format(object str: String, typeName: String, spec: String) throws(PyFormatError)
        -> String
    {
        guard spec.isEmpty else { throw .unsupportedFormatString(typeName: typeName) }
        return str
    }

    /// `format(b, spec)` for a `bool`: `True`/`False` for an empty spec, else as the int
    /// 1 or 0 (`format(True, '>5')` is `'    1'`), with `bool` named in errors.
    static func format(bool b: Bool, spec: String) throws(PyFormatError) -> String {
        if spec.isEmpty { return b ? "True" : "False" }
        return try formatInteger(b ? 1 : 0, spec: spec, typeName: "bool")
    }

    /// `bin(x)`, `oct(x)`, `hex(x)`-style text: sign, optional `0b`/`0o`/`0x` prefix,
    /// lower-case digits in `radix` (2, 8, 10 or 16).
    static func intToString(_ x: Int, radix: Int, prefix: Bool = true) -> String {
        let digits = String(x.magnitude, radix: radix)
        let mark: String
        switch (prefix, radix) {
        case (true, 2): mark = "0b"
        case (true, 8): mark = "0o"
        case (true, 16): mark = "0x"
        default: mark = ""
        }
        return (x < 0 ? "-" : "") + mark + digits
    }
}
