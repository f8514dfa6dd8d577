/// Turns source bytes into tokens: NEWLINE/INDENT/DEDENT from indentation, names, keywords,
/// numbers, strings and f-strings (split into parts), operators. All errors are collected so
/// one run reports every problem.
struct Lexer {
    /// The deepest bracket nesting accepted (CPython's limit too).
    static let maxBracketDepth = 200
    /// The deepest indentation accepted.
    static let maxIndentDepth = 100

    let source: SourceFile
    let bytes: [UInt8]
    var pos: Int
    let limit: Int
    /// Expression mode (an f-string field): no indentation, newlines are plain space.
    let expressionMode: Bool
    var tokens: [Token] = []
    var issues: [SyntaxIssue] = []
    var indents: [Int] = [0]
    /// Open brackets: kind and position.
    var brackets: [(kind: UInt8, at: Int)] = []
    var atLineStart = true

    /// A lexer over `source`, or over the byte range `range` of it in expression mode.
    init(source: SourceFile, range: Range<Int>? = nil) {
        self.source = source
        self.bytes = source.bytes
        self.pos = range?.lowerBound ?? 0
        self.limit = range?.upperBound ?? source.bytes.count
        self.expressionMode = range != nil
        if expressionMode { atLineStart = false }
    }

    /// The byte `k` positions ahead, or 0 past the end.
    @inline(__always) func peek(_ k: Int = 0) -> UInt8 {
        let i = pos + k
        return i < limit ? bytes[i] : 0
    }

    /// Records an error, at most one per line (later ones on a line are usually consequences).
    mutating func error(_ message: String, _ start: Int, _ end: Int, kind: String = "SyntaxError") {
        if let last = issues.last, source.line(of: Int(last.span.start)) == source.line(of: start) { return }
        issues.append(SyntaxIssue(kind: kind, message: message, span: SourceSpan(start, end)))
    }

    mutating func add(_ kind: TokenKind, _ start: Int, _ end: Int, _ value: TokenValue = .none) {
        tokens.append(Token(kind: kind, start: start, end: end, value: value))
    }

    /// Lexes everything and returns the tokens, ending with NEWLINE, DEDENTs and EOF.
    mutating func tokenize() -> [Token] {
        while pos < limit {
            if atLineStart {
                if !lexIndentation() { continue }
            }
            lexToken()
        }
        finish()
        return tokens
    }

    /// Handles the start of a physical line: skips blank and comment-only lines, otherwise
    /// compares the indentation with the stack and emits INDENT/DEDENT. Returns false when
    /// the line was skipped whole.
    mutating func lexIndentation() -> Bool {
        let lineStart = pos
        var width = 0
        var tabAt: Int?
        while pos < limit {
            let c = bytes[pos]
            if c == UInt8(ascii: " ") { width += 1 } else if c == UInt8(ascii: "\t") {
                if tabAt == nil { tabAt = pos }
                width += 8 - width % 8
            } else if c == 0x0C { width = 0 } else { break }
            pos += 1
        }
        let c = peek()
        if c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r") || c == UInt8(ascii: "#") || pos >= limit {
            skipToLineEnd()
            return false
        }
        if c == UInt8(ascii: "\\") && (peek(1) == UInt8(ascii: "\n") || peek(1) == UInt8(ascii: "\r")) {
            atLineStart = false
            return true
        }
        atLineStart = false
        if let tabAt {
            error("indentation contains a tab; nn indents with spaces only", tabAt, tabAt + 1, kind: "TabError")
        }
        let current = indents.last ?? 0
        if width > current {
            if indents.count > Lexer.maxIndentDepth {
                error("too many levels of indentation", lineStart, pos, kind: "IndentationError")
            }
            indents.append(width)
            add(.indent, lineStart, pos)
        } else if width < current {
            while let last = indents.last, last > width {
                indents.removeLast()
                add(.dedent, pos, pos)
            }
            if (indents.last ?? 0) != width {
                error("unindent does not match any outer indentation level", lineStart, pos,
                      kind: "IndentationError")
                indents.append(width)
            }
        }
        return true
    }

    /// Skips the rest of a blank or comment line including its newline.
    mutating func skipToLineEnd() {
        while pos < limit && bytes[pos] != UInt8(ascii: "\n") { pos += 1 }
        if pos < limit { pos += 1 }
        atLineStart = true
    }

    /// Ends the stream: a final NEWLINE, DEDENTs back to column 0, EOF; reports open brackets.
    mutating func finish() {
        if let open = brackets.last, !issues.contains(where: { $0.message == "too many nested parentheses" }) {
            let name = String(UnicodeScalar(open.kind))
            issues.append(SyntaxIssue(kind: "SyntaxError", message: "'\(name)' was never closed", span: SourceSpan(open.at, open.at + 1)))
        }
        if let last = tokens.last, last.kind != .newline, !expressionMode {
            add(.newline, limit, limit)
        }
        if !expressionMode {
            while indents.count > 1 {
                indents.removeLast()
                add(.dedent, limit, limit)
            }
        }
        add(.eof, limit, limit)
    }

    /// Lexes one token (or skips whitespace, a comment, a continuation, a newline).
    mutating func lexToken() {
        let c = bytes[pos]
        let start = pos
        switch c {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), 0x0C:
            pos += 1
        case UInt8(ascii: "\r"):
            pos += 1
        case UInt8(ascii: "\n"):
            pos += 1
            if brackets.isEmpty && !expressionMode {
                add(.newline, start, start + 1)
                atLineStart = true
            }
        case UInt8(ascii: "#"):
            while pos < limit && bytes[pos] != UInt8(ascii: "\n") { pos += 1 }
        case UInt8(ascii: "\\"):
            pos += 1
            if peek() == UInt8(ascii: "\r") { pos += 1 }
            if peek() == UInt8(ascii: "\n") {
                pos += 1
                if pos >= limit { error("unexpected end of file after line continuation", start, start + 1) }
            } else {
                error("unexpected character after line continuation character", start, start + 1)
                add(.error, start, pos)
            }
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            lexNumber()
        case UInt8(ascii: "."):
            if peek(1) >= UInt8(ascii: "0") && peek(1) <= UInt8(ascii: "9") {
                lexNumber()
            } else if peek(1) == UInt8(ascii: ".") && peek(2) == UInt8(ascii: ".") {
                pos += 3
                add(.ellipsis, start, pos)
            } else {
                pos += 1
                add(.dot, start, pos)
            }
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            lexString(prefixStart: start, raw: false, format: false)
        default:
            if identifierLength(at: pos, start: true) > 0 {
                lexNameOrPrefixedString()
            } else {
                lexOperator()
            }
        }
    }

    /// The byte length of the identifier character at `i` (0 if there is none): ASCII letters,
    /// `_`, digits (not first), and non-ASCII scalars with the XID properties.
    func identifierLength(at i: Int, start: Bool) -> Int {
        guard i < limit else { return 0 }
        let c = bytes[i]
        if c < 0x80 {
            let letter = (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z"))
                || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z")) || c == UInt8(ascii: "_")
            let digit = c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")
            return letter || (!start && digit) ? 1 : 0
        }
        var end = i + 1
        while end < limit && bytes[end] & 0xC0 == 0x80 { end += 1 }
        guard let scalar = String(decoding: bytes[i..<end], as: UTF8.self).unicodeScalars.first else { return 0 }
        let ok = start ? scalar.properties.isXIDStart : scalar.properties.isXIDContinue
        return ok ? end - i : 0
    }

    /// A name, a keyword, or a string with a prefix (`r"…"`, `f"…"`, `rf"…"`).
    mutating func lexNameOrPrefixedString() {
        let start = pos
        while pos < limit {
            let n = identifierLength(at: pos, start: false)
            if n == 0 { break }
            pos += n
        }
        let next = peek()
        if next == UInt8(ascii: "\"") || next == UInt8(ascii: "'"), pos - start <= 2 {
            let prefix = String(decoding: bytes[start..<pos], as: UTF8.self).lowercased()
            switch prefix {
            case "r": lexString(prefixStart: start, raw: true, format: false); return
            case "f": lexString(prefixStart: start, raw: false, format: true); return
            case "rf", "fr": lexString(prefixStart: start, raw: true, format: true); return
            case "b", "br", "rb":
                lexString(prefixStart: start, raw: true, format: false)
                if let last = tokens.popLast() {
                    error("bytes literals are not supported in nn", start, last.end)
                    add(.error, last.start, last.end)
                }
                return
            case "u": lexString(prefixStart: start, raw: false, format: false); return
            default: break
            }
        }
        let text = String(decoding: bytes[start..<pos], as: UTF8.self)
        if let keyword = TokenKind.keywords[text] {
            add(keyword, start, pos)
        } else {
            add(.name, start, pos, .name(text))
        }
    }

    /// An operator or bracket, longest match first; anything else is an invalid character.
    mutating func lexOperator() {
        let start = pos
        let c = bytes[pos], c1 = peek(1), c2 = peek(2)
        func take(_ n: Int, _ kind: TokenKind) {
            pos += n
            add(kind, start, pos)
        }
        let eq = UInt8(ascii: "=")
        switch c {
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
            if brackets.count >= Lexer.maxBracketDepth {
                error("too many nested parentheses", start, start + 1)
                pos = limit
                add(.error, start, start + 1)
                return
            }
            brackets.append((c, start))
            take(1, c == UInt8(ascii: "(") ? .lparen : c == UInt8(ascii: "[") ? .lbracket : .lbrace)
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
            let open: UInt8 = c == UInt8(ascii: ")") ? UInt8(ascii: "(") : c == UInt8(ascii: "]") ? UInt8(ascii: "[") : UInt8(ascii: "{")
            let closing = String(UnicodeScalar(c))
            if let last = brackets.last {
                if last.kind != open {
                    let opening = String(UnicodeScalar(last.kind))
                    error("closing parenthesis '\(closing)' does not match opening parenthesis '\(opening)'", start, start + 1)
                }
                brackets.removeLast()
            } else {
                error("unmatched '\(closing)'", start, start + 1)
            }
            take(1, c == UInt8(ascii: ")") ? .rparen : c == UInt8(ascii: "]") ? .rbracket : .rbrace)
        case UInt8(ascii: ":"): c1 == eq ? take(2, .walrus) : take(1, .colon)
        case UInt8(ascii: ","): take(1, .comma)
        case UInt8(ascii: ";"): take(1, .semicolon)
        case UInt8(ascii: "@"): c1 == eq ? take(2, .atEq) : take(1, .at)
        case UInt8(ascii: "="): c1 == eq ? take(2, .eq) : take(1, .assign)
        case UInt8(ascii: "+"): c1 == eq ? take(2, .plusEq) : take(1, .plus)
        case UInt8(ascii: "-"):
            if c1 == eq { take(2, .minusEq) } else if c1 == UInt8(ascii: ">") { take(2, .arrow) } else { take(1, .minus) }
        case UInt8(ascii: "*"):
            if c1 == UInt8(ascii: "*") { c2 == eq ? take(3, .doubleStarEq) : take(2, .doubleStar) } else { c1 == eq ? take(2, .starEq) : take(1, .star) }
        case UInt8(ascii: "/"):
            if c1 == UInt8(ascii: "/") { c2 == eq ? take(3, .doubleSlashEq) : take(2, .doubleSlash) } else { c1 == eq ? take(2, .slashEq) : take(1, .slash) }
        case UInt8(ascii: "%"): c1 == eq ? take(2, .percentEq) : take(1, .percent)
        case UInt8(ascii: "~"): take(1, .tilde)
        case UInt8(ascii: "&"): c1 == eq ? take(2, .ampEq) : take(1, .amp)
        case UInt8(ascii: "|"): c1 == eq ? take(2, .pipeEq) : take(1, .pipe)
        case UInt8(ascii: "^"): c1 == eq ? take(2, .caretEq) : take(1, .caret)
        case UInt8(ascii: "!"):
            if c1 == eq { take(2, .ne) } else {
                pos += 1
                error("invalid syntax", start, pos)
                add(.error, start, pos)
            }
        case UInt8(ascii: "<"):
            if c1 == UInt8(ascii: "<") { c2 == eq ? take(3, .lshiftEq) : take(2, .lshift) } else if c1 == eq { take(2, .le) } else if c1 == UInt8(ascii: ">") {
                pos += 2
                error("invalid syntax; use '!=' instead of '<>'", start, pos)
                add(.error, start, pos)
            } else { take(1, .lt) }
        case UInt8(ascii: ">"):
            if c1 == UInt8(ascii: ">") { c2 == eq ? take(3, .rshiftEq) : take(2, .rshift) } else if c1 == eq { take(2, .ge) } else { take(1, .gt) }
        default:
            invalidCharacter()
        }
    }

    /// Reports one invalid character (a whole UTF-8 sequence) and skips it.
    mutating func invalidCharacter() {
        let start = pos
        pos += 1
        while pos < limit && bytes[pos] & 0xC0 == 0x80 { pos += 1 }
        let text = String(decoding: bytes[start..<pos], as: UTF8.self)
        let scalar = text.unicodeScalars.first.map { $0.value } ?? 0
        var hex = String(scalar, radix: 16, uppercase: true)
        while hex.count < 4 { hex = "0" + hex }
        error("invalid character '\(text)' (U+\(hex))", start, pos)
        add(.error, start, pos)
    }
}
