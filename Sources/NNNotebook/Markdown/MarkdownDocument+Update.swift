/// `nn update` and `nn check` for Markdown files.
extension MarkdownDocument {
    /// The output lines of a block as its output block holds them: text, figures' text and
    /// error diagnostics, without `#>`/`#!` prefixes.
    static func outputLines(_ chunks: [OutputChunk]) -> [String] {
        chunks.recordLines.map(\.text)
    }

    /// The file with each block's output block created, replaced or removed (a block with no
    /// output, or not reached by the run, has none). Other lines stay as they were.
    public func updated(with run: MarkdownRun) -> SourceLines {
        var drop = Set<Int>()
        var insert: [Int: [String]] = [:]
        for (k, b) in blocks.enumerated() {
            var at = b.code.close ?? b.code.open
            if let o = b.output {
                drop.formUnion(o.open...(o.close ?? o.open))
                at = o.open - 1
            }
            guard k < run.outputs.count, let chunks = run.outputs[k] else { continue }
            let content = Self.outputLines(chunks)
            if content.isEmpty { continue }
            insert[at, default: []] += Fence.lines(info: "output", content: content, indent: b.code.indent)
        }
        return lines.edited(dropping: drop, inserting: insert)
    }

    /// Compares each block's output block with the block's fresh output. Directive comments
    /// (`# nn: tolerance=1e-3`, `# nn: skip-check`) among a block's first lines apply to the
    /// block; with `file`, in the first block, to the whole file.
    public func check(against run: MarkdownRun) -> CheckReport {
        var problems: [CheckProblem] = []
        var fileRule = CheckRule()
        var compared = 0
        let render: (RecordLine) -> String = { $0.text }
        for (k, b) in blocks.enumerated() {
            var rule = fileRule
            for i in b.code.content {
                let text = b.code.stripped(lines.lines[i].text)
                let trimmed = text.trimmingSpaces
                if trimmed.isEmpty { continue }
                guard trimmed.hasPrefix("#") else { break }
                guard let d = Directive.parse(text) else { continue }
                for p in d.problems { problems.append(CheckProblem(line: i + 1, message: "bad directive: \(p)")) }
                if d.isFileWide {
                    if k == 0 {
                        fileRule = d.applied(to: fileRule)
                        rule = d.applied(to: rule)
                    } else {
                        problems.append(CheckProblem(line: i + 1, message: "a file-wide directive must be in the first nn block"))
                    }
                } else {
                    rule = d.applied(to: rule)
                }
            }
            var recorded: [(line: Int, record: RecordLine)] = []
            if let o = b.output {
                for i in o.content { recorded.append((i + 1, RecordLine(.output, o.stripped(lines.lines[i].text)))) }
            }
            let anchor = (b.code.close ?? b.code.open) + 1
            let section = "```nn block at line \(b.code.open + 1)"
            guard k < run.outputs.count, let chunks = run.outputs[k] else {
                if !recorded.isEmpty {
                    let diff = UnifiedDiff(old: recorded.map(\.record.text), oldNumbers: recorded.map(\.line), new: [],
                                           isWildcard: { _ in false }, matches: { _, _ in false })
                    let at = run.stopLine.map { " at line \($0)" } ?? ""
                    problems.append(CheckProblem(
                        line: recorded[0].line,
                        message: "output recorded for the block at line \(b.code.open + 1), which did not run (the run stopped\(at))",
                        diff: diff.render(file: path, anchor: anchor, section: section)))
                }
                continue
            }
            compared += 1
            let actual = Self.outputLines(chunks).map { RecordLine(.output, $0) }
            if var p = OutputComparison.problem(
                file: path, expected: recorded, actual: actual, rule: rule,
                statementLine: b.code.open + 1, anchor: anchor, section: section, render: render) {
                if chunks.hasError && recorded.isEmpty {
                    p.message = "the block at line \(b.code.open + 1) raised an error that is not recorded"
                } else {
                    p.message = "the output of the block at line \(b.code.open + 1) differs from its output block"
                }
                problems.append(p)
            }
        }
        return CheckReport(file: path, problems: problems.sorted { $0.line < $1.line }, compared: compared)
    }
}
