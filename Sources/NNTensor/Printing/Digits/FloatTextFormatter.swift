/// What to do with trailing zeros and the decimal point (NumPy's `trim` argument).
enum FloatTrim {
    /// `'k'`: keep trailing zeros and the point (`1.500`, `2.`).
    case keep
    /// `'.'`: drop trailing zeros, keep the point (`1.5`, `2.`).
    case zerosKeepPoint
    /// `'0'`: drop trailing zeros but leave one after the point (`1.5`, `2.0`).
    case leaveOneZero
    /// `'-'`: drop trailing zeros and a bare point (`1.5`, `2`).
    case zerosAndPoint
}

/// How one float is turned into text: the knobs of NumPy's `format_float_positional` and
/// `format_float_scientific`, which both the array printers and the scalar printers use.
struct FloatTextStyle {
    /// Maximum digits (after the point for positional, after the first for scientific);
    /// `-1` for none.
    var precision = -1
    /// Minimum digits in shortest mode, same counting as `precision`; `-1` for none.
    var minDigits = -1
    /// Shortest digits that identify the value (`true`) or exact digits (`false`).
    var unique = true
    /// Trailing zeros and decimal point handling.
    var trim = FloatTrim.keep
    /// Show `+` before non-negative values.
    var forceSign = false
    /// Pad with spaces on the left until this many characters precede the point; `-1`: none.
    var padLeft = -1
    /// Pad with spaces on the right until this many characters follow the point; `-1`: none.
    var padRight = -1
    /// Minimum exponent digits in scientific notation; `-1` means 2.
    var exponentDigits = -1
}

/// Positional (`0.0625`) and scientific (`6.25e-02`) text for one float, built on exact
/// digit generation.
enum FloatTextFormatter {
    /// The value in positional notation.
    static func positional(_ value: PrintFloat, _ style: FloatTextStyle) -> String {
        if let special = nonFinite(value, style) { return special }
        let parts = value.parts
        let generated = DecimalDigitGenerator.generate(
            parts, mode: style.unique ? .shortest : .exact, cutoff: .fraction,
            maxDigits: style.precision, minDigits: style.minDigits)
        var out: [UInt8] = []
        let hasSign = appendSign(parts.isNegative, style.forceSign, to: &out)
        let digits = generated.digits.map { $0 + 48 }
        var wholeDigits: Int
        var fractionDigits = 0
        if generated.exponent >= 0 {
            wholeDigits = generated.exponent + 1
            if digits.count <= wholeDigits {
                out += digits
                out += repeatElement(48, count: wholeDigits - digits.count)
            } else {
                out += digits[..<wholeDigits]
                out.append(46)
                out += digits[wholeDigits...]
                fractionDigits = digits.count - wholeDigits
            }
        } else {
            wholeDigits = 1
            let leadingZeros = -(generated.exponent + 1)
            out += [48, 46]
            out += repeatElement(48, count: leadingZeros)
            out += digits
            fractionDigits = leadingZeros + digits.count
        }
        if style.trim != .zerosAndPoint && fractionDigits == 0 { out.append(46) }

        let wanted = max(style.unique ? style.minDigits : style.precision, 0)
        if style.trim == .leaveOneZero {
            if fractionDigits == 0 {
                out.append(48)
                fractionDigits += 1
            }
        } else if style.trim == .keep && wanted > fractionDigits {
            out += repeatElement(48, count: wanted - fractionDigits)
            fractionDigits = wanted
        }
        if style.trim != .keep && fractionDigits > 0 {
            while out.last == 48 {
                out.removeLast()
                fractionDigits -= 1
            }
            if out.last == 46 {
                if style.trim == .leaveOneZero {
                    out.append(48)
                    fractionDigits += 1
                } else if style.trim == .zerosAndPoint {
                    out.removeLast()
                }
            }
        }
        if style.padRight >= fractionDigits {
            if style.trim == .zerosAndPoint && fractionDigits == 0 { out.append(32) }
            out += repeatElement(32, count: style.padRight - fractionDigits)
        }
        let leftWidth = wholeDigits + (hasSign ? 1 : 0)
        if style.padLeft > leftWidth {
            out.insert(contentsOf: repeatElement(32, count: style.padLeft - leftWidth), at: 0)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The value in scientific notation.
    static func scientific(_ value: PrintFloat, _ style: FloatTextStyle) -> String {
        if let special = nonFinite(value, style) { return special }
        let parts = value.parts
        var out: [UInt8] = []
        let signed = parts.isNegative || style.forceSign
        let leftWidth = signed ? 2 : 1
        if style.padLeft > leftWidth {
            out += repeatElement(32, count: style.padLeft - leftWidth)
        }
        _ = appendSign(parts.isNegative, style.forceSign, to: &out)
        let generated = DecimalDigitGenerator.generate(
            parts, mode: style.unique ? .shortest : .exact, cutoff: .significant,
            maxDigits: style.precision < 0 ? -1 : style.precision + 1,
            minDigits: style.minDigits < 0 ? -1 : style.minDigits + 1)
        let digits = generated.digits.map { $0 + 48 }
        out.append(digits[0])
        var fractionDigits = digits.count - 1
        if fractionDigits > 0 {
            out.append(46)
            out += digits[1...]
        }
        if style.trim != .zerosAndPoint && fractionDigits == 0 { out.append(46) }

        let wanted = max(style.unique ? style.minDigits : style.precision, 0)
        if style.trim == .leaveOneZero {
            if fractionDigits == 0 {
                out.append(48)
                fractionDigits += 1
            }
        } else if style.trim == .keep && wanted > fractionDigits {
            out += repeatElement(48, count: wanted - fractionDigits)
            fractionDigits = wanted
        }
        if style.trim != .keep && fractionDigits > 0 {
            while out.last == 48 {
                out.removeLast()
                fractionDigits -= 1
            }
            // NumPy keeps a bare point here even for zerosAndPoint; only '0' refills it.
            if style.trim == .leaveOneZero && out.last == 46 { out.append(48) }
        }
        out += exponentText(generated.exponent, minDigits: style.exponentDigits)
        return String(decoding: out, as: UTF8.self)
    }

    /// `e+05`, `e-100`: the exponent with its sign, zero-padded to the minimum width.
    private static func exponentText(_ exponent: Int, minDigits: Int) -> [UInt8] {
        let width = min(minDigits < 0 ? 2 : minDigits, 5)
        var text: [UInt8] = [101, exponent < 0 ? 45 : 43]
        let magnitude = String(exponent.magnitude)
        text += repeatElement(48, count: max(0, width - magnitude.utf8.count))
        text += Array(magnitude.utf8)
        return text
    }

    /// Appends `-` or `+` as needed; returns whether a sign was written.
    private static func appendSign(_ negative: Bool, _ force: Bool, to out: inout [UInt8]) -> Bool {
        if negative {
            out.append(45)
            return true
        }
        if force {
            out.append(43)
            return true
        }
        return false
    }

    /// `nan`, `inf`, `-inf` (`+inf` with a forced sign), unpadded, as NumPy's scalar path does.
    private static func nonFinite(_ value: PrintFloat, _ style: FloatTextStyle) -> String? {
        let d = value.doubleValue
        if d.isNaN { return "nan" }
        if d.isInfinite {
            return d < 0 ? "-inf" : (style.forceSign ? "+inf" : "inf")
        }
        return nil
    }
}
