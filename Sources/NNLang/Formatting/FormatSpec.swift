/// A parsed standard format specifier, Python's
/// `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`.
///
/// Parsing follows CPython 3.11's rules: a fill is recognised only before an alignment
/// character; a leading `0` sets the fill to `0` (and, for numbers, the alignment to `=`)
/// unless a fill was given; the type is whatever single character is left; only the
/// options that make no sense for any type are rejected here, the rest by the formatter of
/// each type.
struct FormatSpec: Equatable, Sendable {
    /// How digits are grouped: `,` every three, `_` every three (decimal) or four (b o x X).
    enum Grouping: Equatable, Sendable {
        case none
        case comma
        case underscore
        case underscoreEveryFour

        /// The separator character, if any.
        var separator: Unicode.Scalar? {
            switch self {
            case .none: return nil
            case .comma: return ","
            case .underscore, .underscoreEveryFour: return "_"
            }
        }

        /// Digits per group.
        var size: Int { self == .underscoreEveryFour ? 4 : 3 }
    }

    var fill: Unicode.Scalar = " "
    /// One of `<`, `>`, `=`, `^`.
    var align: Unicode.Scalar
    /// `+`, `-`, ` `, or nil when not given.
    var sign: Unicode.Scalar?
    /// The `z` option: negative zero (after rounding) prints as zero.
    var noNegativeZero = false
    /// The `#` option.
    var alternate = false
    var width: Int?
    var grouping = Grouping.none
    var precision: Int?
    /// The presentation type, or the caller's default (`"\0"` means none, as for floats).
    var type: Unicode.Scalar

    /// Parses `spec` the way CPython 3.11 does.
    ///
    /// - Parameters:
    ///   - typeName: the Python type named in the error message (`int`, `float`, `str`).
    ///   - defaultType: the type used when the specifier has none.
    ///   - defaultAlign: `>` for numbers, `<` for strings.
    static func parse(
        _ spec: String, typeName: String, defaultType: Unicode.Scalar, defaultAlign: Unicode.Scalar
    ) throws(PyFormatError) -> FormatSpec {
        let s = Array(spec.unicodeScalars)
        var result = FormatSpec(align: defaultAlign, type: defaultType)
        var pos = 0
        var fillSpecified = false
        var alignSpecified = false

        if s.count >= 2, isAlignment(s[1]) {
            result.fill = s[0]
            result.align = s[1]
            fillSpecified = true
            alignSpecified = true
            pos = 2
        } else if s.count >= 1, isAlignment(s[0]) {
            result.align = s[0]
            alignSpecified = true
            pos = 1
        }
        if pos < s.count, s[pos] == "+" || s[pos] == "-" || s[pos] == " " {
            result.sign = s[pos]
            pos += 1
        }
        if pos < s.count, s[pos] == "z" {
            result.noNegativeZero = true
            pos += 1
        }
        if pos < s.count, s[pos] == "#" {
            result.alternate = true
            pos += 1
        }
        if !fillSpecified, pos < s.count, s[pos] == "0" {
            result.fill = "0"
            if !alignSpecified, defaultAlign == ">" {
                result.align = "="
            }
            pos += 1
        }
        result.width = try readInteger(s, &pos)

        if pos < s.count, s[pos] == "," {
            result.grouping = .comma
            pos += 1
        }
        if pos < s.count, s[pos] == "_" {
            if result.grouping != .none {
                throw .commaAndUnderscore
            }
            result.grouping = .underscore
            pos += 1
        }
        if pos < s.count, s[pos] == ",", result.grouping == .underscore {
            throw .commaAndUnderscore
        }
        if pos < s.count, s[pos] == "." {
            pos += 1
            guard let precision = try readInteger(s, &pos) else {
                throw .missingPrecision
            }
            result.precision = precision
        }
        if s.count - pos > 1 {
            throw .invalidFormatSpecifier(spec: spec, typeName: typeName)
        }
        if pos < s.count {
            result.type = s[pos]
        }
        try result.checkGrouping()
        return result
    }

    /// Rejects a grouping option on a type that has no digits to group (PEP 378, PEP 515).
    private mutating func checkGrouping() throws(PyFormatError) {
        guard let separator = grouping.separator else { return }
        switch type {
        case "d", "e", "f", "g", "E", "G", "%", "F", "\0":
            return
        case "b", "o", "x", "X":
            if grouping == .underscore {
                grouping = .underscoreEveryFour
                return
            }
        default:
            break
        }
        throw .cannotGroup(separator: Character(separator), type: type)
    }

    private static func isAlignment(_ c: Unicode.Scalar) -> Bool {
        c == "<" || c == ">" || c == "=" || c == "^"
    }

    /// Reads a run of Unicode decimal digits (as CPython does, any script's digits count).
    /// Returns nil when there are none.
    private static func readInteger(
        _ s: [Unicode.Scalar], _ pos: inout Int
    ) throws(PyFormatError) -> Int? {
        var value = 0
        var count = 0
        while pos < s.count, let digit = decimalValue(s[pos]) {
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times10.addingReportingOverflow(digit)
            if o1 || o2 {
                throw .tooManyDigits
            }
            value = sum
            count += 1
            pos += 1
        }
        return count == 0 ? nil : value
    }

    /// The value of a decimal digit of any script, or nil.
    static func decimalValue(_ c: Unicode.Scalar) -> Int? {
        if c.value >= 0x30, c.value <= 0x39 {
            return Int(c.value - 0x30)
        }
        guard c.value >= 0x80, c.properties.numericType == .decimal,
              let v = c.properties.numericValue
        else { return nil }
        return Int(v)
    }
}
