/// A notebook as exports see it: Markdown cells and code cells with their outputs, built
/// from a `.nn` script (percent cells) or a Markdown file (text between ```nn blocks).
public struct Notebook: Equatable, Sendable {
    /// One cell.
    public enum Cell: Equatable, Sendable {
        /// Markdown text.
        case markdown(String)
        /// Code, what it produced, and its execution count (nil when it did not run).
        case code(source: String, outputs: [OutputChunk], executionCount: Int?)
    }

    /// The cells in order.
    public var cells: [Cell]
    /// The name shown as the document title: the first heading, or the file name.
    public var title: String

    /// A notebook with the given cells; the title is the first Markdown heading, else
    /// `fallbackTitle`.
    public init(cells: [Cell], fallbackTitle: String) {
        self.cells = cells
        var title = fallbackTitle
        search: for cell in cells {
            guard case .markdown(let text) = cell else { continue }
            for line in text.split(separator: "\n") where line.hasPrefix("#") {
                let heading = line.drop { $0 == "#" }.trimmingSpaces
                if !heading.isEmpty { title = heading; break search }
            }
        }
        self.title = title
    }

    /// Trims blank lines at both ends of `lines` and joins them with `\n`.
    static func joinTrimmed(_ lines: [String]) -> String {
        var lo = 0, hi = lines.count
        while lo < hi, lines[lo].trimmingSpaces.isEmpty { lo += 1 }
        while hi > lo, lines[hi - 1].trimmingSpaces.isEmpty { hi -= 1 }
        return lines[lo..<hi].joined(separator: "\n")
    }

    /// Numbers code cells that ran 1, 2, 3, …
    static func numbered(_ cells: [Cell]) -> [Cell] {
        var n = 0
        return cells.map { cell in
            guard case .code(let source, let outputs, let count) = cell, count != nil else { return cell }
            n += 1
            return .code(source: source, outputs: outputs, executionCount: n)
        }
    }
}
