/// Lays out a formatted number: padding, sign, prefix, grouped digits and the rest.
///
/// The layout is Python's:
/// `<left padding><sign><prefix><sign padding><grouped digits><remainder><right padding>`,
/// where only one of the three paddings is used, chosen by the alignment. With fill `0` and
/// alignment `=` the padding becomes leading zeros inside the digit groups
/// (`format(1, '09,')` is `0,000,001`).
struct NumberLayout {
    /// True when the number is negative (the text has no sign of its own).
    var negative: Bool
    /// `0x`, `0o`, `0b` (or upper case) for the alternate form of integers, else empty.
    var prefix: [Unicode.Scalar] = []
    /// The integer digits, ASCII, without sign.
    var digits: [Unicode.Scalar]
    /// Everything after the integer digits: decimal point, fraction, exponent, `%`,
    /// or the whole text of `inf`, `nan` and a `c` character.
    var remainder: [Unicode.Scalar] = []

    /// Splits number text like `-1234.5e+06` or `inf` into sign, digits and remainder.
    init(text: [Unicode.Scalar]) {
        var start = 0
        negative = false
        if let first = text.first, first == "-" {
            negative = true
            start = 1
        }
        var end = start
        while end < text.count, text[end].value >= 0x30, text[end].value <= 0x39 {
            end += 1
        }
        digits = Array(text[start..<end])
        remainder = Array(text[end...])
    }

    init(negative: Bool, prefix: [Unicode.Scalar], digits: [Unicode.Scalar],
         remainder: [Unicode.Scalar]) {
        self.negative = negative
        self.prefix = prefix
        self.digits = digits
        self.remainder = remainder
    }

    /// Renders the number under `spec`'s fill, alignment, sign, width and grouping.
    func render(_ spec: FormatSpec) throws(PyFormatError) -> String {
        var signChar: Unicode.Scalar?
        switch spec.sign {
        case "+": signChar = negative ? "-" : "+"
        case " ": signChar = negative ? "-" : " "
        default: signChar = negative ? "-" : nil
        }
        let width = spec.width ?? -1
        try PyFormat.checkSize(width)
        let nonDigits = (signChar == nil ? 0 : 1) + prefix.count + remainder.count
        let minWidth = spec.fill == "0" && spec.align == "=" ? width - nonDigits : 0
        let grouped = digits.isEmpty
            ? [] : Self.group(digits, minWidth: minWidth, grouping: spec.grouping)

        let padding = width - (nonDigits + grouped.count)
        var left = 0, inner = 0, right = 0
        if padding > 0 {
            switch spec.align {
            case "<": right = padding
            case "^":
                left = padding / 2
                right = padding - left
            case "=": inner = padding
            default: left = padding
            }
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: repeatElement(spec.fill, count: left))
        if let signChar { out.append(signChar) }
        out.append(contentsOf: prefix)
        out.append(contentsOf: repeatElement(spec.fill, count: inner))
        out.append(contentsOf: grouped)
        out.append(contentsOf: remainder)
        out.append(contentsOf: repeatElement(spec.fill, count: right))
        return String(out)
    }

    /// Inserts separators every `grouping.size` digits from the right and pads with zeros
    /// (themselves grouped) until the result is at least `minWidth` long, as CPython's
    /// `_PyUnicode_InsertThousandsGrouping` does.
    static func group(
        _ digits: [Unicode.Scalar], minWidth: Int, grouping: FormatSpec.Grouping
    ) -> [Unicode.Scalar] {
        guard let separator = grouping.separator else {
            let zeros = max(minWidth - digits.count, 0)
            return Array(repeating: "0", count: zeros) + digits
        }
        var pieces: [[Unicode.Scalar]] = []          // groups, rightmost first
        var remaining = digits.count
        var minWidth = minWidth
        while true {
            let size = min(grouping.size, max(remaining, minWidth, 1))
            let chars = max(0, min(remaining, size))
            let zeros = max(0, size - remaining)
            let end = remaining
            pieces.append(Array(repeating: "0", count: zeros) + digits[(end - chars)..<end])
            remaining -= chars
            minWidth -= size
            if remaining <= 0, minWidth <= 0 { break }
            minWidth -= 1                             // the separator's own width
        }
        var out: [Unicode.Scalar] = []
        for (i, piece) in pieces.reversed().enumerated() {
            if i > 0 { out.append(separator) }
            out.append(contentsOf: piece)
        }
        return out
    }
}
