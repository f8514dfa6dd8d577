/// Colours nn code for HTML: keywords, constants, built-ins, strings (all prefixes and
/// triple quotes), numbers, comments and the names in `def` and `class` become `<span>`s
/// with short class names (`k c b s n co f`); everything is HTML-escaped. Unterminated
/// strings run to the end of their line (or of the text, for triple quotes).
enum SyntaxHighlighter {
    static let keywords: Set<String> = [
        "and", "as", "assert", "break", "class", "continue", "def", "del", "elif", "else", "except",
        "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not",
        "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]
    static let constants: Set<String> = ["True", "False", "None"]
    static let builtins: Set<String> = [
        "print", "len", "range", "enumerate", "zip", "map", "filter", "sum", "min", "max", "abs", "round",
        "int", "float", "str", "bool", "list", "tuple", "dict", "set", "sorted", "reversed", "any", "all",
        "isinstance", "type", "repr", "hasattr", "getattr", "setattr", "super", "iter", "next", "divmod",
        "pow", "chr", "ord", "hex", "bin", "input", "open", "exit", "help", "progress", "summary", "self",
    ]

    /// The highlighted HTML of `code`.
    static func html(_ code: String) -> String {
        let u = Array(code.utf8)
        var out = ""
        var i = 0
        var plainStart = 0
        var afterDefinition = false

        func text(_ a: Int, _ b: Int) -> String { String(decoding: u[a..<b], as: UTF8.self) }
        func flushPlain(_ end: Int) {
            if plainStart < end { out += HTMLText.escape(text(plainStart, end)) }
        }
        func span(_ cls: String, _ a: Int, _ b: Int) {
            flushPlain(a)
            out += "<span class=\"\(cls)\">" + HTMLText.escape(text(a, b)) + "</span>"
            plainStart = b
        }
        func isIdentStart(_ c: UInt8) -> Bool { (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || c >= 0x80 }
        func isIdent(_ c: UInt8) -> Bool { isIdentStart(c) || (c >= 0x30 && c <= 0x39) }
        func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

        while i < u.count {
            let c = u[i]
            if c == UInt8(ascii: "#") {
                var j = i
                while j < u.count, u[j] != 0x0A { j += 1 }
                span("co", i, j)
                i = j
            } else if let end = stringEnd(u, i) {
                span("s", i, end)
                i = end
            } else if isDigit(c) || (c == UInt8(ascii: ".") && i + 1 < u.count && isDigit(u[i + 1])) {
                if i > 0, isIdent(u[i - 1]) { i += 1; continue }
                var j = i
                while j < u.count {
                    if isIdent(u[j]) || u[j] == UInt8(ascii: ".") {
                        j += 1
                    } else if (u[j] == UInt8(ascii: "+") || u[j] == UInt8(ascii: "-")), j > i,
                              u[j - 1] == UInt8(ascii: "e") || u[j - 1] == UInt8(ascii: "E"), !text(i, j).hasPrefix("0x") {
                        j += 1
                    } else {
                        break
                    }
                }
                span("n", i, j)
                i = j
            } else if isIdentStart(c) {
                var j = i
                while j < u.count, isIdent(u[j]) { j += 1 }
                let word = text(i, j)
                let previous = i > 0 ? u[i - 1] : 0x20
                if afterDefinition {
                    span("f", i, j)
                    afterDefinition = false
                } else if previous == UInt8(ascii: ".") {
                    // An attribute: never a keyword or built-in.
                } else if keywords.contains(word) {
                    span("k", i, j)
                    afterDefinition = word == "def" || word == "class"
                } else if constants.contains(word) {
                    span("c", i, j)
                } else if builtins.contains(word) {
                    span("b", i, j)
                }
                i = j
            } else {
                if c != 0x20 && c != 0x09 { afterDefinition = false }
                i += 1
            }
        }
        flushPlain(u.count)
        return out
    }

    /// The end of a string literal starting at `i` (with its prefix), or nil.
    static func stringEnd(_ u: [UInt8], _ i: Int) -> Int? {
        var j = i
        // Up to two prefix letters (r, b, f, u in either case), not glued to an identifier.
        if i > 0 {
            let p = u[i - 1]
            if (p >= 0x41 && p <= 0x5A) || (p >= 0x61 && p <= 0x7A) || p == 0x5F || (p >= 0x30 && p <= 0x39) { return nil }
        }
        while j < u.count, j - i < 2, "rRbBfFuU".utf8.contains(u[j]) { j += 1 }
        guard j < u.count, u[j] == UInt8(ascii: "'") || u[j] == UInt8(ascii: "\"") else { return nil }
        let quote = u[j]
        let triple = j + 2 < u.count && u[j + 1] == quote && u[j + 2] == quote
        j += triple ? 3 : 1
        while j < u.count {
            if u[j] == UInt8(ascii: "\\") { j += 2; continue }
            if triple {
                if u[j] == quote, j + 2 < u.count, u[j + 1] == quote, u[j + 2] == quote { return j + 3 }
            } else {
                if u[j] == quote { return j + 1 }
                if u[j] == 0x0A { return j }
            }
            j += 1
        }
        return u.count
    }
}
