/// jupytext's percent format: `# %%` starts a code cell and `# %% [markdown]` (or `[md]`) a
/// Markdown cell whose lines are `# `-prefixed comments. Text after `%%` other than the
/// cell type is a title and is ignored. A file without markers is one code cell; text before
/// the first marker is a code cell too.
public enum PercentCells {
    /// One cell's place in the file.
    public struct Cell: Equatable, Sendable {
        /// Code or Markdown.
        public var isMarkdown: Bool
        /// 0-based index of the marker line, nil for text before the first marker.
        public var marker: Int?
        /// 0-based indices of the cell's lines (after the marker).
        public var lines: Range<Int>
    }

    /// Whether `line` is a cell marker (nil: not a marker; true: a Markdown cell's).
    public static func marker(_ line: String) -> Bool? {
        let rest: Substring
        if line.hasPrefix("# %%") {
            rest = line.dropFirst(4)
        } else if line.hasPrefix("#%%") {
            rest = line.dropFirst(3)
        } else {
            return nil
        }
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        let words = rest.trimmingSpaces
        return words.hasPrefix("[markdown]") || words.hasPrefix("[md]")
    }

    /// The cells of `lines`, in order. Leading text before the first marker is a cell only
    /// when it is not blank.
    public static func split(_ lines: [String]) -> [Cell] {
        var cells: [Cell] = []
        var start = 0
        var current: (isMarkdown: Bool, marker: Int?) = (false, nil)
        for (i, line) in lines.enumerated() {
            guard let isMarkdown = marker(line) else { continue }
            let range = start..<i
            if current.marker != nil || lines[range].contains(where: { !$0.trimmingSpaces.isEmpty }) {
                cells.append(Cell(isMarkdown: current.isMarkdown, marker: current.marker, lines: range))
            }
            current = (isMarkdown, i)
            start = i + 1
        }
        let range = start..<lines.count
        if current.marker != nil || lines[range].contains(where: { !$0.trimmingSpaces.isEmpty }) {
            cells.append(Cell(isMarkdown: current.isMarkdown, marker: current.marker, lines: range))
        }
        return cells
    }

    /// The Markdown text of a Markdown cell's comment lines: `# ` (or a bare `#`) removed.
    public static func markdownText(_ lines: [String]) -> String {
        Notebook.joinTrimmed(lines.map { line in
            if line.hasPrefix("# ") { return String(line.dropFirst(2)) }
            if line.hasPrefix("#") { return String(line.dropFirst(1)) }
            return line
        })
    }
}
