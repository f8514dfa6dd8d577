/// A recursive-descent parser: one method per grammar rule, the rule in a comment above it,
/// binary precedence from a table. Errors are collected; after one, the parser skips to the
/// next statement so a single run reports every syntax error of a file.
struct Parser {
    /// How deeply expressions and blocks may nest before the parser gives up on a statement
    /// (bracket nesting is limited to 200 by the lexer, as in CPython).
    static let maxDepth = 1000

    let source: SourceFile
    var tokens: [Token]
    var index = 0
    /// End offset of the last consumed token that is not layout (NEWLINE, INDENT, DEDENT).
    var lastEnd = 0
    var issues: [SyntaxIssue]
    var depth = 0
    /// Set when an error is at the end of the input (the REPL asks for more lines then).
    var endedEarly = false
    /// Where a bracket that is never closed opens: later errors are its consequences.
    var unclosedBracket: Int32?

    /// Thrown inside the parser to abandon the current statement after an error is recorded.
    struct Abort: Error {}

    /// A parser over all of `source`.
    init(source: SourceFile) {
        var lexer = Lexer(source: source)
        self.source = source
        self.tokens = lexer.tokenize()
        self.issues = lexer.issues
        if lexer.issues.contains(where: { $0.message.hasPrefix("unterminated triple-quoted") || $0.message.hasSuffix("was never closed") || $0.message.hasPrefix("unexpected end of file") }) {
            endedEarly = true
        }
        unclosedBracket = lexer.issues.first { $0.message.hasSuffix("was never closed") }?.span.start
    }

    /// A parser over the byte range of one f-string field (expression mode).
    init(source: SourceFile, range: Range<Int>) {
        var lexer = Lexer(source: source, range: range)
        self.source = source
        self.tokens = lexer.tokenize()
        self.issues = lexer.issues
    }

    // MARK: - Token navigation

    var current: Token { tokens[min(index, tokens.count - 1)] }
    var kind: TokenKind { current.kind }
    func peekKind(_ k: Int) -> TokenKind { tokens[min(index + k, tokens.count - 1)].kind }
    var previous: Token { tokens[max(0, min(index - 1, tokens.count - 1))] }

    @discardableResult
    mutating func advance() -> Token {
        let t = current
        if index < tokens.count - 1 { index += 1 }
        switch t.kind {
        case .newline, .indent, .dedent, .eof: break
        default: lastEnd = t.end
        }
        return t
    }

    func check(_ k: TokenKind) -> Bool { kind == k }

    mutating func match(_ k: TokenKind) -> Bool {
        if kind == k { advance(); return true }
        return false
    }

    /// Consumes a `k` token or reports `message` at the current token.
    @discardableResult
    mutating func expect(_ k: TokenKind, _ message: @autoclosure () -> String) throws(Abort) -> Token {
        if kind == k { return advance() }
        throw fail(message())
    }

    /// Records a syntax error at the current token (or just after the previous one when the
    /// current token is a line end) and returns the error to throw.
    mutating func fail(_ message: String, kind issueKind: String = "SyntaxError") -> Abort {
        let t = current
        if t.kind == .error { return Abort() }
        var span = t.span
        if t.kind == .newline || t.kind == .eof || t.kind == .dedent || t.kind == .indent {
            if t.kind == .eof || (t.kind == .dedent && tokens[index...].allSatisfy({ $0.kind == .dedent || $0.kind == .eof })) {
                endedEarly = true
            }
            span = index > 0 ? SourceSpan(lastEnd, lastEnd + 1) : t.span
        }
        return fail(message, at: span, kind: issueKind)
    }

    /// Records a syntax error at `span` and returns the error to throw.
    mutating func fail(_ message: String, at span: SourceSpan, kind issueKind: String = "SyntaxError") -> Abort {
        if let open = unclosedBracket, span.start > open {
            // As CPython does: an error on the bracket's own line is the real problem; one
            // on a later line is a consequence of the bracket never being closed.
            guard source.line(of: Int(span.start)) == source.line(of: Int(open)) else { return Abort() }
            issues.removeAll { $0.span.start == open && $0.message.hasSuffix("was never closed") }
            unclosedBracket = nil
        }
        issues.append(SyntaxIssue(kind: issueKind, message: message, span: span))
        return Abort()
    }

    /// Guards recursion: expression and block nesting past `maxDepth` is an error.
    mutating func enter() throws(Abort) {
        depth += 1
        if depth > Parser.maxDepth {
            throw fail("expression too deeply nested (the limit is \(Parser.maxDepth) levels)")
        }
    }

    mutating func leave() { depth -= 1 }

    // MARK: - Files and blocks

    /// file: statement* EOF
    mutating func parseFile() -> [Stmt] {
        var statements: [Stmt] = []
        while !check(.eof) {
            if check(.newline) || check(.dedent) { advance(); continue }
            if check(.indent) {
                issues.append(SyntaxIssue(kind: "IndentationError", message: "unexpected indent", span: current.span))
                skipIndentedBlock()
                continue
            }
            let before = index
            do {
                statements.append(contentsOf: try parseStatement())
            } catch {
                synchronize()
            }
            if index == before { advance() }
        }
        return statements
    }

    /// After an error: skips to the end of the logical line, and over the indented block that
    /// follows it (so a broken `if x` header does not also report its body).
    mutating func synchronize() {
        while !check(.newline) && !check(.eof) {
            if check(.indent) || check(.dedent) { break }
            advance()
        }
        _ = match(.newline)
        if check(.indent) { skipIndentedBlock() }
    }

    /// Skips an INDENT … matching DEDENT.
    mutating func skipIndentedBlock() {
        var level = 0
        repeat {
            if check(.indent) { level += 1 } else if check(.dedent) { level -= 1 }
            if check(.eof) { return }
            advance()
        } while level > 0
    }

    /// block: NEWLINE INDENT statement+ DEDENT | simple_stmts
    /// `what` names the header for the error ("'if' statement on line 3").
    mutating func parseBlock(after what: String) throws(Abort) -> [Stmt] {
        try expect(.colon, "expected ':'")
        if !check(.newline) {
            return try parseSimpleStatements()
        }
        advance()
        guard check(.indent) else {
            throw fail("expected an indented block after \(what)", kind: "IndentationError")
        }
        advance()
        try enter()
        defer { leave() }
        var body: [Stmt] = []
        while !check(.dedent) && !check(.eof) {
            if check(.newline) { advance(); continue }
            if check(.indent) {
                issues.append(SyntaxIssue(kind: "IndentationError", message: "unexpected indent", span: current.span))
                skipIndentedBlock()
                continue
            }
            let before = index
            do {
                body.append(contentsOf: try parseStatement())
            } catch {
                synchronize()
            }
            if index == before { advance() }
        }
        _ = match(.dedent)
        return body
    }

    /// The line number of a token, for messages like "after 'if' statement on line 3".
    func lineOf(_ t: Token) -> Int { source.line(of: t.start) }
}
