import Foundation
import NNLang

/// One REPL session: runs inputs statement by statement, shows values and errors, records
/// the transcript for `:save`, and carries out REPL commands (Session+Commands.swift). The
/// interactive and piped front ends feed it.
final class Session {
    /// The nn interpreter (replaced by `:reset`'s fresh globals, same object).
    let interpreter: Interpreter
    /// Standard output, with shown values styled.
    let output: SessionOutput
    /// Styling of errors on standard error.
    let errorStyle: Style
    /// Where errors go (standard error unless testing).
    var writeError: (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }
    /// The inputs and outputs since the start or the last `:reset`.
    var transcript = Transcript()
    /// Set when a statement failed (a syntax error, a runtime error, an interrupt).
    private(set) var hadError = false
    /// Set when the session should end: `exit(n)`, `:quit`.
    var exitStatus: Int32?
    /// Set when the last input stopped with KeyboardInterrupt.
    private(set) var wasInterrupted = false
    /// Whether a KeyboardInterrupt report starts on a new line (at a terminal, the `^C` the
    /// terminal echoed is still on the current line).
    var newlineBeforeInterrupt = false

    /// A session writing to `output`, errors styled with `errorStyle`; `arguments` become
    /// `sys.argv`.
    init(output: SessionOutput, errorStyle: Style, arguments: [String] = [""]) {
        self.output = output
        self.errorStyle = errorStyle
        interpreter = Interpreter(output: output, arguments: arguments)
        let interpreter = self.interpreter
        output.isShowingValue = { interpreter.isShowingValue }
    }

    /// Handles one assembled event.
    func handle(_ event: InputAssembler.Event) {
        switch event {
        case .code(let text, let firstLine): run(text, file: "<stdin>", firstLine: firstLine)
        case .command(let line): command(line)
        }
    }

    /// Parses `text` and runs its statements in order, stopping at the first error; each
    /// statement is recorded with its output. Returns whether everything succeeded.
    @discardableResult
    func run(_ text: String, file: String, firstLine: Int = 1, record: Bool = true) -> Bool {
        wasInterrupted = false
        let program = interpreter.parse(text, file: file, firstLine: firstLine)
        if !program.syntaxErrors.isEmpty {
            report(program.syntaxErrors)
            return false
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var nextLine = firstLine
        for statement in program.statements {
            output.startCapture()
            let result = interpreter.execute(statement)
            output.flush()
            let captured = output.stopCapture()
            let code = Session.sourceLines(lines, from: nextLine - firstLine, through: statement.lastLine - firstLine)
            nextLine = statement.lastLine + 1
            if record {
                transcript.append(.init(code: code, output: captured, error: result.error?.render(color: false)))
            }
            if let error = result.error {
                if result.interrupted && newlineBeforeInterrupt { writeError("\n") }
                report([error])
                wasInterrupted = result.interrupted
                return false
            }
            if let status = result.exitStatus {
                exitStatus = status
                return true
            }
        }
        return true
    }

    /// Writes errors to standard error after the pending output.
    func report(_ diagnostics: [Diagnostic]) {
        hadError = true
        output.flush()
        output.finishLine()
        writeError(diagnostics.map { $0.render(color: errorStyle.enabled) + "\n" }.joined())
    }

    /// A message from the REPL on standard error (a bad command, a file that cannot be read).
    func complain(_ message: String) {
        hadError = true
        output.flush()
        output.finishLine()
        writeError(message + "\n")
    }

    /// Lines `from...through` (0-based) of an input, without old `#>`/`#!` output lines.
    static func sourceLines(_ lines: [Substring], from: Int, through: Int) -> String {
        guard from <= through, from >= 0, through < lines.count else { return "" }
        return lines[from...through].filter { line in
            let t = line.drop { $0 == " " }
            return !t.hasPrefix("#>") && !t.hasPrefix("#!")
        }.map { $0 + "\n" }.joined()
    }
}
