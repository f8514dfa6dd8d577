/// Lays out a formatted number: padding, sign, prefix, grouped digits and the rest.
///
/// The layout is Python's:
/// `<left padding><sign><prefix><sign padding><grouped digits><remainder><right padding>`,
/// where only one of the three paddings is used, chosen by the alignment. With fill `0` and
/// alignment `=` the padding becomes leading zeros inside the digit groups
/// (`format(1, '09,')` is `0,000,001`). Text is UTF-8; widths count code points.
struct NumberLayout {
    /// True when the number is negative (the text has no sign of its own).
    var negative: Bool
    /// `0x`, `0o`, `0b` (or upper case) for the alternate form of integers, else empty.
    var prefix: [UInt8] = []
    /// The integer digits, ASCII, without sign.
    var digits: [UInt8]
    /// Everything after the integer digits: decimal point, fraction, exponent, `%`,
    /// or the whole text of `inf`, `nan` and a `c` character.
    var remainder: [UInt8] = []

    /// Splits ASCII number text like `-1234.5e+06` or `inf` into sign, digits and the rest.
    init(text: [UInt8]) {
        var start = 0
        negative = false
        if let first = text.first, first == UInt8(ascii: "-") {
            negative = true
            start = 1
        }
        var end = start
        while end < text.count, text[end] >= 0x30, text[end] <= 0x39 {
            end += 1
        }
        digits = Array(text[start..<end])
        remainder = Array(text[end...])
    }

    init(negative: Bool, prefix: [UInt8], digits: [UInt8], remainder: [UInt8]) {
        self.negative = negative
        self.prefix = prefix
        self.digits = digits
        self.remainder = remainder
    }

    /// Renders the number under `spec`'s fill, alignment, sign, width and grouping.
    func render(_ spec: FormatSpec) throws(PyFormatError) -> String {
        var signChar: UInt8?
        switch spec.sign {
        case "+": signChar = negative ? UInt8(ascii: "-") : UInt8(ascii: "+")
        case " ": signChar = negative ? UInt8(ascii: "-") : UInt8(ascii: " ")
        default: signChar = negative ? UInt8(ascii: "-") : nil
        }
        let width = spec.width ?? -1
        try PyFormat.checkSize(width)
        let nonDigits = (signChar == nil ? 0 : 1) + prefix.count + codePoints(remainder)
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
        var out: [UInt8] = []
        out.reserveCapacity(grouped.count + remainder.count + prefix.count + 1 + 4 * max(padding, 0))
        func pad(_ count: Int) {
            if count <= 0 { return }
            if spec.fill.isASCII {
                out.append(contentsOf: repeatElement(UInt8(spec.fill.value), count: count))
            } else {
                for _ in 0..<count { UTF8.encode(spec.fill) { out.append($0) } }
            }
        }
        pad(left)
        if let signChar { out.append(signChar) }
        out.append(contentsOf: prefix)
        pad(inner)
        out.append(contentsOf: grouped)
        out.append(contentsOf: remainder)
        pad(right)
        return String(decoding: out, as: UTF8.self)
    }

    /// The number of code points in UTF-8 text (bytes that do not continue a character).
    private func codePoints(_ text: [UInt8]) -> Int {
        var n = 0
        for b in text where b & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// Inserts separators every `grouping.size` digits from the right and pads with zeros
    /// (themselves grouped) until the result is at least `minWidth` long, as CPython's
    /// `_PyUnicode_InsertThousandsGrouping` does.
    static func group(
        _ digits: [UInt8], minWidth: Int, grouping: FormatSpec.Grouping
    ) -> [UInt8] {
        let zero = UInt8(ascii: "0")
        guard let separator = grouping.separator.map({ UInt8($0.value) }) else {
            let zeros = max(minWidth - digits.count, 0)
            return zeros == 0 ? digits : Array(repeating: zero, count: zeros) + digits
        }
        var reversed: [UInt8] = []                   // built right to left
        reversed.reserveCapacity(max(digits.count, minWidth) * 4 / 3 + 2)
        var remaining = digits.count
        var minWidth = minWidth
        while true {
            let size = min(grouping.size, max(remaining, minWidth, 1))
            let chars = max(0, min(remaining, size))
            let zeros = max(0, size - remaining)
            if !reversed.isEmpty { reversed.append(separator) }
            for i in stride(from: remaining - 1, through: remaining - chars, by: -1) {
                reversed.append(digits[i])
            }
            reversed.append(contentsOf: repeatElement(zero, count: zeros))
            remaining -= chars
            minWidth -= size
            if remaining <= 0, minWidth <= 0 { break }
            minWidth -= 1                             // the separator's own width
        }
        return reversed.reversed()
    }
}
