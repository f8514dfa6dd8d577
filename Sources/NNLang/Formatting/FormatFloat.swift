extension PyFormat {
    /// `format(x, spec)` for a `float`: types `e E f F g G n %` and none. With no type and
    /// no precision the text is `repr(x)`; with a precision and no type it is `g` that keeps
    /// at least one digit after the point (`format(12.0, '.3')` is `12.0`,
    /// `format(123.0, '.3')` is `1.23e+02`). `n` is `g` in the C locale.
    static func format(float x: Double, spec: String) throws(PyFormatError) -> String {
        if spec.isEmpty { return floatRepr(x) }
        let f = try FormatSpec.parse(spec, typeName: "float", defaultType: "\0", defaultAlign: ">")
        switch f.type {
        case "\0", "e", "E", "f", "F", "g", "G", "n", "%":
            return try formatFloat(x, f)
        default:
            throw .unknownFormatCode(code: f.type, typeName: "float")
        }
    }

    /// The float presentation types (CPython's `format_float_internal`).
    static func formatFloat(_ x: Double, _ f: FormatSpec) throws(PyFormatError) -> String {
        if let precision = f.precision, precision > Int(Int32.max) {
            throw .precisionTooBig
        }
        try checkSize(f.precision ?? 0)
        var text = FloatText(style: .fixed)
        text.alternate = f.alternate
        text.noNegativeZero = f.noNegativeZero
        var value = x
        var defaultPrecision = 6
        var percent = false
        switch f.type {
        case "e", "E":
            text.style = .exponent
            text.upperCase = f.type == "E"
        case "f", "F":
            text.upperCase = f.type == "F"
        case "%":
            value = x * 100
            percent = true
        case "\0":
            text.style = f.precision == nil ? .repr : .general
            text.addDotZero = true
            defaultPrecision = 0
        default:                                   // g, G, n
            text.style = .general
            text.upperCase = f.type == "G"
        }
        text.precision = f.precision ?? defaultPrecision
        var bytes = text.render(value)
        if percent { bytes.append(UInt8(ascii: "%")) }
        if f.width == nil, f.grouping == .none, f.sign != "+", f.sign != " " {
            return String(decoding: bytes, as: UTF8.self)   // nothing to pad, group or sign
        }
        return try NumberLayout(text: bytes).render(f)
    }
}
