/// Python's conversion of a double to text for one presentation type (CPython's
/// `PyOS_double_to_string`): the digits, where the point goes, padding zeros, the
/// exponent, and the options that change them.
struct FloatText {
    /// The presentation style.
    enum Style: Sendable {
        /// `e`: one digit, point, `precision` digits, exponent.
        case exponent
        /// `f`: `precision` digits after the point.
        case fixed
        /// `g`: `precision` significant digits, exponent when the exponent is < -4 or
        /// >= precision; trailing zeros dropped unless alternate.
        case general
        /// `repr`: shortest round-trip digits, exponent when < -4 or >= 16.
        case repr
    }

    var style: Style
    /// Digits after the point (`e`, `f`) or significant digits (`g`); unused by `repr`.
    var precision = 0
    /// `#`: keep the point and, for `g`, trailing zeros.
    var alternate = false
    /// Python's "add `.0` if integer" rule of `str(float)` and of the empty type with a
    /// precision (`format(12.0, '.3')` is `12.0`).
    var addDotZero = false
    /// `z`: a value that rounds to zero prints without its minus sign.
    var noNegativeZero = false
    /// `E`, `F`, `G`: upper-case exponent letter, `INF`, `NAN`.
    var upperCase = false

    /// The ASCII text of `x`, with a leading `-` for negative values (never for NaN).
    func render(_ x: Double) -> [UInt8] {
        if x.isNaN {
            return Array((upperCase ? "NAN" : "nan").utf8)
        }
        if x.isInfinite {
            let text = upperCase ? "INF" : "inf"
            return Array(((x < 0 ? "-" : "") + text).utf8)
        }
        var precision = self.precision
        let d: DecimalDigits
        switch style {
        case .exponent:
            precision += 1
            d = DecimalDigits.significant(x, count: precision)
        case .fixed:
            d = DecimalDigits.fixed(x, places: precision)
        case .general:
            precision = max(precision, 1)
            d = DecimalDigits.significant(x, count: precision)
        case .repr:
            d = DecimalDigits.shortest(x)
        }
        var negative = x.sign == .minus
        if negative, noNegativeZero, d.digits == [UInt8(ascii: "0")] {
            negative = false
        }
        return layout(d, precision: precision, negative: negative)
    }

    /// Places the point, pads with zeros and appends the exponent, as `format_float_short`.
    private func layout(_ d: DecimalDigits, precision: Int, negative: Bool) -> [UInt8] {
        let digits = d.digits
        var point = d.decimalPoint
        var useExponent = false
        var end = digits.count                 // one past the last digit position shown
        switch style {
        case .exponent:
            useExponent = true
            end = precision
        case .fixed:
            end = point + precision
        case .general:
            if point <= -4 || point > (addDotZero ? precision - 1 : precision) {
                useExponent = true
            }
            if alternate { end = precision }
        case .repr:
            if point <= -4 || point > 16 { useExponent = true }
        }
        var exponent = 0
        if useExponent {
            exponent = point - 1
            point = 1
        }
        let start = point <= 0 ? point - 1 : 0  // first position shown (negative: zeros)
        if !useExponent, addDotZero {
            end = max(end, point + 1)
        } else {
            end = max(end, point)
        }

        var out: [UInt8] = []
        out.reserveCapacity(end - start + 8)
        if negative { out.append(UInt8(ascii: "-")) }
        let zero = UInt8(ascii: "0"), dot = UInt8(ascii: ".")
        if point <= 0 {
            out.append(contentsOf: repeatElement(zero, count: max(0, point - start)))
            out.append(dot)
            out.append(contentsOf: repeatElement(zero, count: max(0, -point)))
        } else {
            out.append(contentsOf: repeatElement(zero, count: max(0, -start)))
        }
        if point > 0, point <= digits.count {
            out.append(contentsOf: digits[0..<point])
            out.append(dot)
            out.append(contentsOf: digits[point...])
        } else {
            out.append(contentsOf: digits)
        }
        if digits.count < point {
            out.append(contentsOf: repeatElement(zero, count: max(0, point - digits.count)))
            out.append(dot)
            out.append(contentsOf: repeatElement(zero, count: max(0, end - point)))
        } else {
            out.append(contentsOf: repeatElement(zero, count: max(0, end - digits.count)))
        }
        if out.last == dot, !alternate {
            out.removeLast()
        }
        if useExponent {
            out.append(upperCase ? UInt8(ascii: "E") : UInt8(ascii: "e"))
            out.append(exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
            let magnitude = String(exponent.magnitude)
            if magnitude.count < 2 { out.append(zero) }
            out.append(contentsOf: magnitude.utf8)
        }
        return out
    }
}
