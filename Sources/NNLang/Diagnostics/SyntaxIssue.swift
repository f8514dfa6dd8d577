/// A syntax error found by the lexer or parser, before anything runs.
struct SyntaxIssue: Sendable {
    /// `SyntaxError`, `IndentationError` or `TabError`.
    var kind: String
    /// The message, phrased like CPython's where CPython has one.
    var message: String
    /// Where it is.
    var span: SourceSpan

    /// A `SyntaxError` at `span`.
    static func syntax(_ message: String, _ span: SourceSpan) -> SyntaxIssue {
        SyntaxIssue(kind: "SyntaxError", message: message, span: span)
    }

    /// The issue as a diagnostic in `source`.
    func diagnostic(in source: SourceFile) -> Diagnostic {
        Diagnostic(kind: kind, message: message, at: span, in: source)
    }
}
