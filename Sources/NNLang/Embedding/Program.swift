/// A parsed and compiled source, split into top-level statements that run one at a time.
public struct Program {
    /// The source text.
    public let source: SourceFile
    /// The top-level statements in order (empty when there are syntax errors).
    public let statements: [TopLevelStatement]
    /// Every syntax error of the source (and compile-time errors such as `'return' outside
    /// function`), in source order.
    public let syntaxErrors: [Diagnostic]
}

/// One top-level statement: where it is in the source and its compiled code.
public final class TopLevelStatement {
    /// First and last line (a compound statement ends at its last body line).
    public let firstLine: Int
    /// The last line.
    public let lastLine: Int
    /// UTF-8 byte offsets of the statement's text in the source.
    public let startOffset: Int
    /// One past the last byte.
    public let endOffset: Int
    /// Whether the statement is an expression whose value is shown.
    public let showsValue: Bool
    let code: FunctionCode

    init(source: SourceFile, span: SourceSpan, showsValue: Bool, code: FunctionCode) {
        startOffset = Int(span.start)
        endOffset = Int(span.end)
        firstLine = source.line(of: startOffset)
        lastLine = source.line(of: max(startOffset, endOffset - 1))
        self.showsValue = showsValue
        self.code = code
    }
}

/// What running one statement did.
public struct StatementResult {
    /// The value a top-level expression statement showed (nil if none).
    public let shown: Value?
    /// The error that stopped it, if any.
    public let error: Diagnostic?
    /// Set when the script asked to exit (`exit(n)`, `sys.exit(n)`): the exit status.
    public let exitStatus: Int32?
    /// Whether it stopped with KeyboardInterrupt.
    public var interrupted: Bool { error?.kind == "KeyboardInterrupt" }

    /// Whether the statement finished without error or exit request.
    public var succeeded: Bool { error == nil && exitStatus == nil }
}

/// What running a whole source did.
public struct RunResult {
    /// Syntax errors (when present, nothing ran).
    public let syntaxErrors: [Diagnostic]
    /// The runtime error that stopped the run, if any.
    public let error: Diagnostic?
    /// The requested exit status (`exit(n)`), if any.
    public let exitStatus: Int32?

    /// The process exit code: 0 success, 1 error, 130 interrupted, or the script's exit(n).
    public var exitCode: Int32 {
        if !syntaxErrors.isEmpty { return 1 }
        if let error { return error.kind == "KeyboardInterrupt" ? 130 : 1 }
        return exitStatus ?? 0
    }
}

/// Whether REPL input is complete.
public enum InputStatus: Sendable {
    /// Parses as it is.
    case complete
    /// Ends too early (open bracket, block header without body, unterminated triple quote):
    /// ask for more lines.
    case incomplete
    /// A real syntax error.
    case invalid
}
