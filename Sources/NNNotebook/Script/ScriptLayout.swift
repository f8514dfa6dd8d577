import NNLang

/// A `.nn` file's top-level statements laid over its lines: which lines hold code, which
/// are recorded output, and which statement each output line belongs to.
///
/// Statements that share a line (`a = 1; b`) form one group; a group's output goes right
/// after its last line. The lines between one group and the next are its gap: every output
/// line there (a `#>` or `#!` line in column 0) is its recorded output, wherever it sits
/// among comments and blank lines. Output-looking lines inside a statement (a column-0
/// comment in a block, a line of a triple-quoted string) are code and never touched.
struct ScriptLayout {
    /// One group of statements sharing lines.
    struct Group {
        /// First line (1-based).
        var firstLine: Int
        /// Last line (1-based); a compound statement ends at its last body line.
        var lastLine: Int
        /// The statements, in order.
        var statements: [TopLevelStatement]
    }

    /// The groups in file order.
    var groups: [Group]
    /// For each output line (0-based index): the group whose gap holds it, or -1 for lines
    /// before the first statement (or anywhere, when the file has syntax errors).
    var outputOwner: [Int: Int]
    /// The parsed output lines by 0-based index.
    var records: [Int: RecordLine]
    /// Output line indices by owning group, in file order.
    var byGroup: [Int: [Int]]

    /// The layout of `lines` with the parsed `statements`.
    init(lines: SourceLines, statements: [TopLevelStatement]) {
        var groups: [Group] = []
        for s in statements {
            if let last = groups.last, s.firstLine <= last.lastLine {
                groups[groups.count - 1].lastLine = max(last.lastLine, s.lastLine)
                groups[groups.count - 1].statements.append(s)
            } else {
                groups.append(Group(firstLine: s.firstLine, lastLine: s.lastLine, statements: [s]))
            }
        }
        self.groups = groups
        var owner: [Int: Int] = [:]
        var records: [Int: RecordLine] = [:]
        var g = -1   // the last group that starts at or before the current line
        for (i, line) in lines.lines.enumerated() {
            let number = i + 1
            while g + 1 < groups.count, groups[g + 1].firstLine <= number { g += 1 }
            if g >= 0, number <= groups[g].lastLine { continue }   // inside a statement
            if let r = RecordLine(parsing: line.text) {
                owner[i] = g
                records[i] = r
            }
        }
        self.outputOwner = owner
        self.records = records
        self.byGroup = Self.linesByGroup(owner)
    }

    /// The layout of a file with syntax errors: no statements; every column-0 output line
    /// is recorded output (the parser could not say where statements end).
    init(syntaxErrorsIn lines: SourceLines) {
        groups = []
        var owner: [Int: Int] = [:]
        var records: [Int: RecordLine] = [:]
        for (i, line) in lines.lines.enumerated() {
            if let r = RecordLine(parsing: line.text) {
                owner[i] = -1
                records[i] = r
            }
        }
        outputOwner = owner
        self.records = records
        byGroup = Self.linesByGroup(owner)
    }

    /// The recorded lines of group `g` (-1: those before the first statement), with their
    /// 1-based line numbers, in file order.
    func recorded(by g: Int) -> [(line: Int, record: RecordLine)] {
        (byGroup[g] ?? []).compactMap { i in records[i].map { (line: i + 1, record: $0) } }
    }

    /// Output line indices by owning group, each list in file order.
    static func linesByGroup(_ owner: [Int: Int]) -> [Int: [Int]] {
        var out: [Int: [Int]] = [:]
        for i in owner.keys.sorted() { out[owner[i] ?? -1, default: []].append(i) }
        return out
    }

    /// Every recorded line in file order.
    var allRecorded: [(line: Int, record: RecordLine)] {
        records.keys.sorted().compactMap { i in records[i].map { (line: i + 1, record: $0) } }
    }

    /// The comment lines directly above line `number` (no blank or output line between),
    /// nearest last.
    static func commentsAbove(_ number: Int, in lines: SourceLines) -> [String] {
        var out: [String] = []
        var i = number - 2
        while i >= 0 {
            let text = lines.lines[i].text
            let trimmed = text.drop { $0 == " " || $0 == "\t" }
            guard trimmed.first == "#", RecordLine(parsing: text) == nil else { break }
            out.append(text)
            i -= 1
        }
        return out.reversed()
    }

    /// The 0-based index of the last line that holds code (not blank, not a comment), or -1.
    static func lastCodeLine(in lines: SourceLines) -> Int {
        for i in lines.lines.indices.reversed() {
            let trimmed = lines.lines[i].text.drop { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{C}" }
            if !trimmed.isEmpty, trimmed.first != "#" { return i }
        }
        return -1
    }
}
