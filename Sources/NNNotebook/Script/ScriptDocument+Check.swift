import Foundation

/// `nn check` for `.nn` files.
extension ScriptDocument {
    /// Compares the recorded output lines with `run`'s output, statement by statement, under
    /// the file's and each statement's `# nn:` directives.
    public func check(against run: ScriptRun) -> CheckReport {
        var problems: [CheckProblem] = []
        let layout = run.layout
        let firstStatement = layout.groups.first?.firstLine ?? Int.max
        // File-wide directives: only before the first statement.
        var fileRule = CheckRule()
        for (i, line) in lines.lines.enumerated() {
            guard let d = Directive.parse(line.text) else { continue }
            for p in d.problems { problems.append(CheckProblem(line: i + 1, message: "bad directive: \(p)")) }
            guard d.isFileWide else { continue }
            if i + 1 < firstStatement {
                fileRule = d.applied(to: fileRule)
            } else {
                problems.append(CheckProblem(line: i + 1, message: "a file-wide directive must come before the first statement"))
            }
        }
        let render: (RecordLine) -> String = { $0.rendered }
        var compared = 0

        if !run.syntaxErrors.isEmpty {
            let anchor = ScriptLayout.lastCodeLine(in: lines) + 1
            if let p = OutputComparison.problem(
                file: path, expected: layout.allRecorded, actual: run.syntaxErrors.recordLines, rule: fileRule,
                statementLine: anchor, anchor: anchor, section: "syntax errors", render: render) {
                problems.append(CheckProblem(line: p.line, message: "the syntax errors differ from the recorded lines", diff: p.diff))
            }
            return CheckReport(file: path, problems: problems.sorted { $0.line < $1.line }, compared: 1)
        }

        let before = layout.recorded(by: -1)
        if let first = before.first {
            problems.append(CheckProblem(line: first.line, message: "output lines before the first statement",
                                         diff: removal(before, anchor: first.line - 1, section: "")))
        }
        for (k, group) in layout.groups.enumerated() {
            let recorded = layout.recorded(by: k)
            let section = sectionTitle(group.firstLine)
            guard k < run.outputs.count, let chunks = run.outputs[k] else {
                if let first = recorded.first {
                    let at = run.stopLine.map { " at line \($0)" } ?? ""
                    problems.append(CheckProblem(
                        line: first.line, message: "output recorded for the statement at line \(group.firstLine), which did not run (the run stopped\(at))",
                        diff: removal(recorded, anchor: group.lastLine, section: section)))
                }
                continue
            }
            var rule = fileRule
            for comment in ScriptLayout.commentsAbove(group.firstLine, in: lines) {
                if let d = Directive.parse(comment), !d.isFileWide { rule = d.applied(to: rule) }
            }
            compared += 1
            if let p = OutputComparison.problem(
                file: path, expected: recorded, actual: chunks.recordLines, rule: rule,
                statementLine: group.firstLine, anchor: group.lastLine, section: section, render: render) {
                problems.append(p)
            }
        }
        return CheckReport(file: path, problems: problems.sorted { $0.line < $1.line }, compared: compared)
    }

    /// The statement's first line, trimmed and shortened, for diff hunk headers.
    func sectionTitle(_ line: Int) -> String {
        let text = (lines.text(ofLine: line) ?? "").trimmingCharacters(in: .whitespaces)
        return text.count > 60 ? String(text.prefix(57)) + "..." : text
    }

    /// A diff removing `recorded`.
    func removal(_ recorded: [(line: Int, record: RecordLine)], anchor: Int, section: String) -> String {
        UnifiedDiff(old: recorded.map(\.record.rendered), oldNumbers: recorded.map(\.line), new: [],
                    isWildcard: { _ in false }, matches: { _, _ in false })
            .render(file: path, anchor: anchor, section: section)
    }
}
