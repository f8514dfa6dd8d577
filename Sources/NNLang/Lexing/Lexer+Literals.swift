/// Number and string literals, including f-strings split into parts.
extension Lexer {
    func isDigit(_ c: UInt8, radix: Int) -> Bool {
        switch radix {
        case 2: return c == UInt8(ascii: "0") || c == UInt8(ascii: "1")
        case 8: return c >= UInt8(ascii: "0") && c <= UInt8(ascii: "7")
        case 16:
            return (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "f"))
                || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "F"))
        default: return c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")
        }
    }

    /// Digits of `radix` with single `_` separators; returns the digits without underscores.
    mutating func scanDigits(radix: Int) -> String {
        var digits = ""
        while pos < limit {
            let c = bytes[pos]
            if isDigit(c, radix: radix) {
                digits.unicodeScalars.append(UnicodeScalar(c))
                pos += 1
            } else if c == UInt8(ascii: "_") && isDigit(peek(1), radix: radix) && !digits.isEmpty {
                pos += 1
            } else {
                break
            }
        }
        return digits
    }

    /// An int or float literal: `42`, `1_000`, `0x1f`, `0o17`, `0b101`, `3.14`, `1e-3`, `.5`.
    mutating func lexNumber() {
        let start = pos
        let c1 = peek(1) | 0x20
        if peek() == UInt8(ascii: "0") && (c1 == UInt8(ascii: "x") || c1 == UInt8(ascii: "o") || c1 == UInt8(ascii: "b")) {
            let radix = c1 == UInt8(ascii: "x") ? 16 : c1 == UInt8(ascii: "o") ? 8 : 2
            pos += 2
            if peek() == UInt8(ascii: "_") { pos += 1 }
            let digits = scanDigits(radix: radix)
            let name = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary"
            if digits.isEmpty || identifierLength(at: pos, start: false) > 0 {
                while identifierLength(at: pos, start: false) > 0 { pos += 1 }
                error("invalid \(name) literal", start, pos)
                add(.error, start, pos)
                return
            }
            finishInt(digits, radix: radix, start: start)
            return
        }
        var text = scanDigits(radix: 10)
        var isFloat = false
        if peek() == UInt8(ascii: ".") && !(peek(1) == UInt8(ascii: ".") && peek(2) == UInt8(ascii: ".")) {
            isFloat = true
            pos += 1
            text += "." + scanDigits(radix: 10)
        }
        if peek() | 0x20 == UInt8(ascii: "e") {
            let save = pos
            pos += 1
            var exp = "e"
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") {
                exp.unicodeScalars.append(UnicodeScalar(peek()))
                pos += 1
            }
            let digits = scanDigits(radix: 10)
            if digits.isEmpty { pos = save } else {
                isFloat = true
                text += exp + digits
            }
        }
        if peek() | 0x20 == UInt8(ascii: "j") {
            pos += 1
            error("complex numbers are not supported in nn", start, pos)
            add(.error, start, pos)
            return
        }
        if identifierLength(at: pos, start: false) > 0 {
            while identifierLength(at: pos, start: false) > 0 { pos += 1 }
            error("invalid decimal literal", start, pos)
            add(.error, start, pos)
            return
        }
        if isFloat {
            if text.hasPrefix(".") { text = "0" + text }
            add(.float, start, pos, .float(Double(text) ?? .nan))
            return
        }
        if text.count > 1 && text.hasPrefix("0") && text.contains(where: { $0 != "0" }) {
            error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", start, pos)
            add(.error, start, pos)
            return
        }
        finishInt(text, radix: 10, start: start)
    }

    mutating func finishInt(_ digits: String, radix: Int, start: Int) {
        if let value = Int(digits, radix: radix) {
            add(.int, start, pos, .int(value))
        } else {
            error("integer literal is too large (nn ints are 64-bit)", start, pos)
            add(.error, start, pos)
        }
    }

    /// A string literal starting at the quote at `pos`; `prefixStart` is where its prefix began.
    mutating func lexString(prefixStart: Int, raw: Bool, format: Bool) {
        let quote = bytes[pos]
        let triple = peek(1) == quote && peek(2) == quote
        pos += triple ? 3 : 1
        var parts: [FStringPart] = []
        var text: [UInt8] = []
        func flush() {
            if !text.isEmpty {
                parts.append(.text(String(decoding: text, as: UTF8.self)))
                text.removeAll()
            }
        }
        while true {
            guard pos < limit else {
                let line = source.line(of: max(0, limit - 1))
                let what = triple ? "unterminated triple-quoted string literal" : "unterminated string literal"
                error("\(what) (detected at line \(line))", prefixStart, triple ? prefixStart + 3 : limit)
                add(.error, prefixStart, limit)
                return
            }
            let c = bytes[pos]
            if c == quote && (!triple || (peek(1) == quote && peek(2) == quote)) {
                pos += triple ? 3 : 1
                break
            }
            if c == UInt8(ascii: "\n") && !triple {
                let line = source.line(of: pos)
                error("unterminated string literal (detected at line \(line))", prefixStart, pos)
                add(.error, prefixStart, pos)
                return
            }
            if c == UInt8(ascii: "\\") {
                if raw {
                    text.append(c)
                    pos += 1
                    if pos < limit && (bytes[pos] == quote || bytes[pos] == UInt8(ascii: "\\")) {
                        text.append(bytes[pos])
                        pos += 1
                    }
                } else {
                    lexEscape(into: &text)
                }
                continue
            }
            if format && c == UInt8(ascii: "{") {
                if peek(1) == UInt8(ascii: "{") {
                    text.append(c)
                    pos += 2
                    continue
                }
                flush()
                if let field = lexFormatField(quote: quote, triple: triple) {
                    parts.append(.field(field))
                } else {
                    skipRestOfString(quote: quote, triple: triple)
                    add(.error, prefixStart, pos)
                    return
                }
                continue
            }
            if format && c == UInt8(ascii: "}") {
                if peek(1) == UInt8(ascii: "}") {
                    text.append(c)
                    pos += 2
                    continue
                }
                error("f-string: single '}' is not allowed", pos, pos + 1)
                pos += 1
                continue
            }
            text.append(c)
            pos += 1
        }
        if format {
            flush()
            add(.fstring, prefixStart, pos, .fstring(parts))
        } else {
            add(.string, prefixStart, pos, .string(String(decoding: text, as: UTF8.self)))
        }
    }

    /// After an error inside an f-string: skips to the closing quote so lexing can go on.
    mutating func skipRestOfString(quote: UInt8, triple: Bool) {
        while pos < limit {
            let c = bytes[pos]
            if c == quote && (!triple || (peek(1) == quote && peek(2) == quote)) {
                pos += triple ? 3 : 1
                return
            }
            if c == UInt8(ascii: "\n") && !triple { return }
            pos += 1
        }
    }

    /// One backslash escape at `pos`, appended as UTF-8 to `text`.
    mutating func lexEscape(into text: inout [UInt8]) {
        let start = pos
        pos += 1
        guard pos < limit else { text.append(UInt8(ascii: "\\")); return }
        let c = bytes[pos]
        pos += 1
        func appendScalar(_ value: UInt32) {
            if let scalar = UnicodeScalar(value) {
                text.append(contentsOf: Array(String(Character(scalar)).utf8))
            } else {
                error("invalid Unicode escape", start, pos)
            }
        }
        func hexDigits(_ n: Int) -> UInt32? {
            var v: UInt32 = 0
            for _ in 0..<n {
                guard pos < limit, isDigit(bytes[pos], radix: 16),
                      let d = UInt32(String(UnicodeScalar(bytes[pos])), radix: 16) else { return nil }
                v = v * 16 + d
                pos += 1
            }
            return v
        }
        switch c {
        case UInt8(ascii: "\n"): break
        case UInt8(ascii: "\r"): if peek() == UInt8(ascii: "\n") { pos += 1 }
        case UInt8(ascii: "n"): text.append(0x0A)
        case UInt8(ascii: "t"): text.append(0x09)
        case UInt8(ascii: "r"): text.append(0x0D)
        case UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "\""): text.append(c)
        case UInt8(ascii: "a"): text.append(0x07)
        case UInt8(ascii: "b"): text.append(0x08)
        case UInt8(ascii: "f"): text.append(0x0C)
        case UInt8(ascii: "v"): text.append(0x0B)
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            var v = UInt32(c - UInt8(ascii: "0"))
            var n = 1
            while n < 3, pos < limit, isDigit(bytes[pos], radix: 8) {
                v = v * 8 + UInt32(bytes[pos] - UInt8(ascii: "0"))
                pos += 1
                n += 1
            }
            appendScalar(v)
        case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
            let n = c == UInt8(ascii: "x") ? 2 : c == UInt8(ascii: "u") ? 4 : 8
            if let v = hexDigits(n) { appendScalar(v) } else {
                let kind = c == UInt8(ascii: "x") ? "\\xXX" : c == UInt8(ascii: "u") ? "\\uXXXX" : "\\UXXXXXXXX"
                error("(unicode error) truncated \(kind) escape", start, pos)
            }
        default:
            text.append(UInt8(ascii: "\\"))
            text.append(c)
        }
    }

    /// A replacement field after `{` at `pos`: the expression's byte range, `=`, `!conv`,
    /// and `:spec` (which may hold nested fields). Returns nil after reporting an error.
    /// As in Python 3.12 (PEP 701), the expression may span lines even in a single-quoted
    /// f-string: the braces are brackets, so a newline inside them continues the line.
    mutating func lexFormatField(quote: UInt8, triple: Bool) -> FStringField? {
        let open = pos
        pos += 1
        let exprStart = pos
        var depth = 0
        // Where a single-quoted f-string's expression first crossed a line: an unclosed field
        // is reported up to there and lexing resumes there, so one missing `}` cannot swallow
        // the lines after it.
        var firstNewline: Int?
        while pos < limit {
            let c = bytes[pos]
            if c == quote && (!triple || (peek(1) == quote && peek(2) == quote)) { break }
            if c == UInt8(ascii: "\\") {
                error("f-string expression part cannot include a backslash", pos, pos + 1)
                return nil
            }
            if c == UInt8(ascii: "\n") && !triple {
                if depth < 0 { break }  // a `)` or `]` closed what `{` opened: not a field
                if firstNewline == nil { firstNewline = pos }
            }
            if c == UInt8(ascii: "'") || c == UInt8(ascii: "\"") {
                // A string inside the expression, in the other kind of quote.
                let q = c
                pos += 1
                while pos < limit && bytes[pos] != q && bytes[pos] != UInt8(ascii: "\n") { pos += 1 }
                if pos < limit && bytes[pos] == q { pos += 1 }
                continue
            }
            if c == UInt8(ascii: "(") || c == UInt8(ascii: "[") || c == UInt8(ascii: "{") { depth += 1 }
            if c == UInt8(ascii: ")") || c == UInt8(ascii: "]") { depth -= 1 }
            if c == UInt8(ascii: "}") {
                if depth == 0 { break }
                depth -= 1
            }
            if depth == 0 {
                if c == UInt8(ascii: "!") && peek(1) != UInt8(ascii: "=") { break }
                if c == UInt8(ascii: ":") { break }
                if c == UInt8(ascii: "=") && peek(1) != UInt8(ascii: "=") && pos > exprStart {
                    let prev = bytes[pos - 1]
                    if prev != UInt8(ascii: "=") && prev != UInt8(ascii: "!") && prev != UInt8(ascii: "<") && prev != UInt8(ascii: ">") { break }
                }
            }
            pos += 1
        }
        var field = FStringField(exprStart: exprStart, exprEnd: pos)
        let exprText = String(decoding: bytes[exprStart..<pos], as: UTF8.self)
        if exprText.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" }) {
            error("f-string: empty expression not allowed", open, pos + 1)
            return nil
        }
        if peek() == UInt8(ascii: "=") {
            pos += 1
            while peek() == UInt8(ascii: " ") { pos += 1 }
            field.debugText = String(decoding: bytes[exprStart..<pos], as: UTF8.self)
        }
        if peek() == UInt8(ascii: "!") {
            let conv = peek(1)
            guard conv == UInt8(ascii: "r") || conv == UInt8(ascii: "s") || conv == UInt8(ascii: "a") else {
                error("f-string: invalid conversion character: expected 's', 'r', or 'a'", pos, pos + 2)
                return nil
            }
            field.conversion = conv
            pos += 2
        }
        if peek() == UInt8(ascii: ":") {
            pos += 1
            var spec: [FStringPart] = []
            var text: [UInt8] = []
            while pos < limit && bytes[pos] != UInt8(ascii: "}") {
                let c = bytes[pos]
                if c == quote || (c == UInt8(ascii: "\n") && !triple) { break }
                if c == UInt8(ascii: "{") {
                    if !text.isEmpty { spec.append(.text(String(decoding: text, as: UTF8.self))); text.removeAll() }
                    guard let inner = lexFormatField(quote: quote, triple: triple) else { return nil }
                    spec.append(.field(inner))
                    continue
                }
                text.append(c)
                pos += 1
            }
            if !text.isEmpty { spec.append(.text(String(decoding: text, as: UTF8.self))) }
            field.spec = spec
        }
        guard peek() == UInt8(ascii: "}") else {
            if let newline = firstNewline { pos = newline }
            error("f-string: expecting '}'", open, max(pos, open + 1))
            return nil
        }
        pos += 1
        return field
    }
}
