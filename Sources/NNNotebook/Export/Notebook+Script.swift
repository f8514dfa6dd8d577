import NNLang

extension ScriptDocument {
    /// The output recorded in the file, as if it were a run (`nn export --no-run`): the file
    /// is parsed, not run.
    public func recorded(in session: NotebookSession) -> ScriptRun {
        let program = session.parse(lines.parserText, file: baseName)
        if !program.syntaxErrors.isEmpty {
            let layout = ScriptLayout(syntaxErrorsIn: lines)
            return ScriptRun(layout: layout, syntaxErrors: Self.chunks(layout.allRecorded.map(\.record)),
                             outputs: [], stop: nil, stopLine: program.syntaxErrors.first?.line)
        }
        let layout = ScriptLayout(lines: lines, statements: program.statements)
        let outputs = layout.groups.indices.map { Self.chunks(layout.recorded(by: $0).map(\.record)) }
        return ScriptRun(layout: layout, syntaxErrors: [], outputs: outputs, stop: nil, stopLine: nil)
    }

    /// Recorded lines as chunks: runs of `#>` lines as text, runs of `#!` lines as an error.
    static func chunks(_ records: [RecordLine]) -> [OutputChunk] {
        var out: [OutputChunk] = []
        var i = 0
        while i < records.count {
            let kind = records[i].kind
            var run: [String] = []
            while i < records.count, records[i].kind == kind { run.append(records[i].text); i += 1 }
            out.append(kind == .output ? .text(run.map { $0 + "\n" }.joined()) : .error(ErrorOutput(recorded: run)))
        }
        return out
    }
}

extension Notebook {
    /// The notebook of a `.nn` script: its percent cells, each code cell with the output of
    /// the statements that start in it (output lines are left out of the source).
    public init(script: ScriptDocument, run: ScriptRun) {
        let texts = script.lines.lines.map(\.text)
        let outputLines = Set(run.layout.outputOwner.keys)
        let groups = run.layout.groups
        // The group the run stopped in (when it stopped), to tell which cells were reached.
        let stoppedGroup = run.stop == nil ? nil : run.outputs.lastIndex { $0 != nil }
        let syntaxLine = run.syntaxErrors.isEmpty ? nil : (run.stopLine ?? 1)
        var cells: [Cell] = []
        var syntaxPlaced = false
        for cell in PercentCells.split(texts) {
            if cell.isMarkdown {
                let text = PercentCells.markdownText(Array(texts[cell.lines]))
                if !text.isEmpty { cells.append(.markdown(text)) }
                continue
            }
            let source = Notebook.joinTrimmed(cell.lines.filter { !outputLines.contains($0) }.map { texts[$0] })
            var outputs: [OutputChunk] = []
            var reached: Bool
            if let line = syntaxLine {
                // Nothing ran; the errors go with the cell that holds the first one.
                reached = false
                if !syntaxPlaced, cell.lines.contains(line - 1) || cell.lines.upperBound >= texts.count {
                    outputs = run.syntaxErrors
                    syntaxPlaced = true
                    reached = true
                }
            } else {
                let mine = groups.indices.filter { cell.lines.contains(groups[$0].firstLine - 1) }
                if let first = mine.first {
                    reached = first < run.outputs.count && run.outputs[first] != nil
                    for k in mine where k < run.outputs.count { outputs += run.outputs[k] ?? [] }
                } else {
                    let before = groups.lastIndex { $0.firstLine - 1 < cell.lines.lowerBound }
                    reached = stoppedGroup.map { s in before.map { $0 < s } ?? true } ?? true
                }
            }
            if source.isEmpty && outputs.isEmpty { continue }
            cells.append(.code(source: source, outputs: outputs, executionCount: reached ? 0 : nil))
        }
        self.init(cells: Notebook.numbered(cells), fallbackTitle: script.baseName)
    }
}
