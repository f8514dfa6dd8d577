import NNLang

/// One interpreter session for a notebook file: every statement's output is captured as
/// chunks, process-wide state (the seeded generator) starts fresh, and the run stops at the
/// first error, exit request or interrupt.
public final class NotebookSession {
    /// The interpreter.
    public let interpreter: Interpreter
    /// Where the output goes.
    public let capture: ChunkCapture
    /// Why the run stopped, once it has.
    public private(set) var stop: Stop?

    /// Why a run stopped before its end.
    public enum Stop: Equatable, Sendable {
        /// A syntax or runtime error (recorded in the output).
        case error(kind: String)
        /// Ctrl-C (KeyboardInterrupt).
        case interrupted
        /// The script called `exit(n)`.
        case exit(status: Int32)
    }

    /// A fresh session; `arguments` become `sys.argv`, `keepsSVG` also renders figures to SVG.
    public init(arguments: [String], keepsSVG: Bool = false) {
        SharedState.reset()
        capture = ChunkCapture(keepsSVG: keepsSVG)
        interpreter = Interpreter(output: capture, arguments: arguments)
    }

    /// Parses a source (a file, or one Markdown block starting at `firstLine`).
    public func parse(_ text: String, file: String, firstLine: Int = 1) -> Program {
        interpreter.parse(text, file: file, firstLine: firstLine)
    }

    /// Runs one statement and returns what it produced; an error is the last chunk, its
    /// diagnostic passed through `adjust` first (notebooks renumber lines).
    public func run(_ statement: TopLevelStatement, adjust: (Diagnostic) -> Diagnostic = { $0 }) -> [OutputChunk] {
        let result = interpreter.execute(statement)
        var chunks = capture.take()
        if let error = result.error {
            chunks.append(.error(ErrorOutput(adjust(error))))
            stop = result.interrupted ? .interrupted : .error(kind: error.kind)
        } else if let status = result.exitStatus {
            stop = .exit(status: status)
        }
        return chunks
    }

    /// Records syntax errors (nothing ran) and stops the session.
    public func syntaxErrors(_ diagnostics: [Diagnostic], adjust: (Diagnostic) -> Diagnostic = { $0 }) -> [OutputChunk] {
        stop = .error(kind: diagnostics.first?.kind ?? "SyntaxError")
        return diagnostics.map { .error(ErrorOutput(adjust($0))) }
    }

    /// Whether the run has stopped.
    public var isStopped: Bool { stop != nil }
}
