import NNLang

/// A `.nn` notebook file: code in jupytext percent cells, each top-level statement followed
/// by the `#>` lines it printed and the `#!` lines of the error that stopped the run.
public struct ScriptDocument: Sendable {
    /// The path as given (shown in check reports).
    public let path: String
    /// The file's lines, byte for byte.
    public let lines: SourceLines

    /// Reads a file's bytes; throws when they are not UTF-8.
    public init(bytes: [UInt8], path: String) throws(NotebookError) {
        self.path = path
        self.lines = try SourceLines(bytes: bytes, file: path)
    }

    /// The last path component, which diagnostics name (`lesson.nn:14:9: …`).
    public var baseName: String {
        path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
    }

    /// Parses the file and runs its statements in order in `session`, capturing each group's
    /// output, until the end or the first error, exit request or interrupt. With `renumbering`
    /// diagnostics name lines as they will be once the output is written (`updated(with:)`);
    /// without, lines of the file as it is (exports).
    public func run(in session: NotebookSession, renumbering: Bool = true) -> ScriptRun {
        let program = session.parse(lines.parserText, file: baseName)
        if !program.syntaxErrors.isEmpty {
            let layout = ScriptLayout(syntaxErrorsIn: lines)
            let map = LineMap(removing: layout.outputOwner.keys.map { $0 + 1 })
            let errors = session.syntaxErrors(program.syntaxErrors) { renumbering ? map.map($0, file: baseName) : $0 }
            return ScriptRun(layout: layout, syntaxErrors: errors, outputs: [], stop: session.stop,
                             stopLine: program.syntaxErrors.first?.line)
        }
        let layout = ScriptLayout(lines: lines, statements: program.statements)
        var map = LineMap(removing: layout.outputOwner.keys.map { $0 + 1 })
        var outputs: [[OutputChunk]?] = []
        var stopLine: Int? = nil
        for group in layout.groups {
            if session.isStopped { outputs.append(nil); continue }
            var chunks: [OutputChunk] = []
            for s in group.statements where !session.isStopped {
                chunks += session.run(s) { [map, baseName] in renumbering ? map.map($0, file: baseName) : $0 }
            }
            outputs.append(chunks)
            if session.isStopped { stopLine = renumbering ? map.map(group.firstLine) : group.firstLine }
            map.insert(chunks.recordLines.count, after: group.lastLine)
        }
        return ScriptRun(layout: layout, syntaxErrors: [], outputs: outputs, stop: session.stop, stopLine: stopLine)
    }
}

/// What running a `.nn` file produced, laid over its lines.
public struct ScriptRun {
    /// Where statements and recorded output lines are.
    let layout: ScriptLayout
    /// The syntax errors, one error chunk each; when present nothing ran.
    public let syntaxErrors: [OutputChunk]
    /// Each statement group's output, nil for groups after the run stopped.
    public let outputs: [[OutputChunk]?]
    /// Why the run stopped early, if it did.
    public let stop: NotebookSession.Stop?

    /// The line ranges (1-based) of the statement groups, matching `outputs`.
    public var groupLines: [ClosedRange<Int>] { layout.groups.map { $0.firstLine...$0.lastLine } }

    /// The first line of the statement the run stopped in, numbered as in the updated file;
    /// with syntax errors, the line of the first one in the file as it was read.
    public let stopLine: Int?
}
