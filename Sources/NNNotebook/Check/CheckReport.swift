/// One place where `nn check` found the file and the fresh run disagree.
public struct CheckProblem: Equatable, Sendable {
    /// The file line the problem is about (1-based).
    public var line: Int
    /// What is wrong, in a few words.
    public var message: String
    /// A unified diff of recorded against fresh output, when there is one.
    public var diff: String?

    /// A problem at `line`.
    public init(line: Int, message: String, diff: String? = nil) {
        self.line = line
        self.message = message
        self.diff = diff
    }

    /// `file:line: message`, then the diff.
    public func rendered(file: String) -> String {
        var s = "\(file):\(line): \(message)\n"
        if let diff { s += diff }
        return s
    }
}

/// The outcome of checking one file.
public struct CheckReport: Equatable, Sendable {
    /// The file as named on the command line.
    public var file: String
    /// Everything that disagreed, in file order; empty when the file passed.
    public var problems: [CheckProblem]
    /// How many statements (or Markdown blocks) were compared.
    public var compared: Int
    /// Whether the run was stopped with Ctrl-C.
    public var interrupted = false

    /// A report.
    public init(file: String, problems: [CheckProblem], compared: Int) {
        self.file = file
        self.problems = problems
        self.compared = compared
    }

    /// Whether the file passed.
    public var passed: Bool { problems.isEmpty }

    /// Every problem with its diff.
    public var rendered: String { problems.map { $0.rendered(file: file) }.joined() }
}

/// Compares one statement's (or block's) recorded lines with fresh ones.
enum OutputComparison {
    /// A problem when `actual` does not match the recorded lines under `rule`, else nil.
    /// `statementLine` is where the statement starts, `anchor` the file line its output
    /// follows (its last line), `section` its first line of code (shown after each `@@`),
    /// `render` how a line is written in the file.
    static func problem(file: String, expected: [(line: Int, record: RecordLine)], actual: [RecordLine],
                        rule: CheckRule, statementLine: Int, anchor: Int, section: String,
                        render: (RecordLine) -> String) -> CheckProblem? {
        if rule.skip { return nil }
        let recorded = expected.map(\.record)
        if OutputMatcher.matches(recorded, actual, tolerance: rule.tolerance) { return nil }
        let diff = UnifiedDiff(
            old: recorded.map(render), oldNumbers: expected.map(\.line), new: actual.map(render),
            isWildcard: { recorded[$0].isWildcard },
            matches: { OutputMatcher.lineMatches(recorded[$0], actual[$1], tolerance: rule.tolerance) })
        let at = diff.firstChangeLine(anchor: anchor)
        let message: String
        if actual.contains(where: { $0.kind == .error }) && !recorded.contains(where: { $0.kind == .error }) {
            message = "the statement at line \(statementLine) raised an error that is not recorded"
        } else {
            message = "the output of the statement at line \(statementLine) differs from the recorded lines"
        }
        return CheckProblem(line: at, message: message, diff: diff.render(file: file, anchor: anchor, section: section))
    }
}
