extension PyFormat {
    /// `repr(s)` of a Python `str`: single quotes unless the text has `'` and no `"`;
    /// backslash, the quote, `\t \n \r` escaped; other control characters and DEL as `\xhh`;
    /// non-ASCII kept when printable, else `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
    ///
    /// "Printable" is Python's: every character outside the Unicode categories Cc Cf Cs Co
    /// Cn Zs Zl Zp, plus the ASCII space. The category comes from the Unicode tables of the
    /// Swift runtime, which may be newer than CPython 3.11's (Unicode 14): characters
    /// assigned since then print as themselves here and escaped there.
    static func stringRepr(_ s: String) -> String {
        var hasSingle = false, hasDouble = false
        for c in s.unicodeScalars {
            if c == "'" { hasSingle = true } else if c == "\"" { hasDouble = true }
        }
        let quote: Unicode.Scalar = hasSingle && !hasDouble ? "\"" : "'"
        var out = String.UnicodeScalarView()
        out.append(quote)
        for c in s.unicodeScalars {
            switch c {
            case quote, "\\":
                out.append("\\")
                out.append(c)
            case "\t": out.append(contentsOf: "\\t".unicodeScalars)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\r": out.append(contentsOf: "\\r".unicodeScalars)
            default:
                if c.value < 0x20 || c.value == 0x7F {
                    appendEscape(c, to: &out)
                } else if c.value < 0x7F || isPrintable(c) {
                    out.append(c)
                } else {
                    appendEscape(c, to: &out)
                }
            }
        }
        out.append(quote)
        return String(out)
    }

    /// `ascii()` of text that is already a repr: every non-ASCII character becomes
    /// `\xhh`, `\uhhhh` or `\Uhhhhhhhh` (Python's `backslashreplace`).
    static func asciiEscape(_ repr: String) -> String {
        var out = String.UnicodeScalarView()
        for c in repr.unicodeScalars {
            if c.isASCII {
                out.append(c)
            } else {
                appendEscape(c, to: &out)
            }
        }
        return String(out)
    }

    /// Python's `str.isprintable()` for one character.
    static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        if c == " " { return true }
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .spaceSeparator, .lineSeparator, .paragraphSeparator:
            return false
        default:
            return true
        }
    }

    /// Appends `\xhh`, `\uhhhh` or `\Uhhhhhhhh` (lower-case hex) for `c`.
    private static func appendEscape(_ c: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        let (marker, width): (String, Int) =
            c.value <= 0xFF ? ("\\x", 2) : c.value <= 0xFFFF ? ("\\u", 4) : ("\\U", 8)
        let hex = String(c.value, radix: 16)
        out.append(contentsOf: marker.unicodeScalars)
        out.append(contentsOf: repeatElement("0", count: max(width - hex.count, 0)))
        out.append(contentsOf: hex.unicodeScalars)
    }
}
