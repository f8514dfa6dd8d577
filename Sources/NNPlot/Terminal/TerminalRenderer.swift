/// Options of the terminal renderer.
public struct TerminalOptions: Sendable {
    /// Columns the figure may take; no line is ever wider (at least 8 are used).
    public var width: Int
    /// Rows for the whole figure; `nil` derives them from the figure's aspect ratio
    /// (a character cell is about twice as tall as wide).
    public var height: Int?
    /// ANSI 24-bit colour escapes (for terminals) instead of plain text (for files and notebooks).
    public var color: Bool

    public init(width: Int = 72, height: Int? = nil, color: Bool = false) {
        self.width = width
        self.height = height
        self.color = color
    }
}

/// Renders a figure as text: the title on top, then every axes in its grid cell.
public enum TerminalRenderer {
    /// Rows every panel gets at least, so small `figsize` heights stay readable.
    static let minimumPanelRows = 10
    /// Blank columns between panels side by side, and blank rows between stacked ones.
    static let columnGap = 3
    static let rowGap = 1

    /// The figure as text lines joined by newlines, without a trailing newline. The same
    /// figure and options always give the same text.
    public static func render(_ figure: Figure, options: TerminalOptions = TerminalOptions()) -> String {
        let width = min(max(8, options.width), 4096)
        let title = DisplayWidth.sanitized(figure.title)
        let header = title.isEmpty ? 0 : 2
        let gridRows = figure.axes.map(\.spec.rows).max() ?? 1
        var height: Int
        if let requested = options.height {
            height = max(header + 2, min(requested, 4096))
        } else {
            let derived = Int(min(2000, (Double(width) * figure.height / figure.width / 2).rounded()))
            height = header + max(derived, gridRows * minimumPanelRows + (gridRows - 1) * rowGap)
            height = min(height, 2000)
        }
        var canvas = TextCanvas(width: width, height: height)
        if !title.isEmpty {
            let w = min(DisplayWidth.of(title), width)
            canvas.write(title, x: max(0, (width - w) / 2), y: 0, maxWidth: width)
        }
        let area = (width: width, height: height - header)
        for axes in figure.axes {
            let spec = axes.spec
            let (x0, x1) = span(spec.columnRange, count: spec.columns, total: area.width, gap: columnGap)
            let (y0, y1) = span(spec.rowRange, count: spec.rows, total: area.height, gap: rowGap)
            let panel = PanelRenderer(axes: axes, width: x1 - x0, height: y1 - y0, color: options.color).render()
            canvas.blit(panel, x: x0, y: header + y0)
        }
        var lines = canvas.render(color: options.color).split(separator: "\n", omittingEmptySubsequences: false)
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// Start and end (exclusive) of a grid cell range along `total` cells with `gap` between cells.
    static func span(_ range: ClosedRange<Int>, count: Int, total: Int, gap: Int) -> (Int, Int) {
        let cell = Double(total - gap * (count - 1)) / Double(count)
        let start = Int((Double(range.lowerBound) * (cell + Double(gap))).rounded())
        let end = Int((Double(range.upperBound) * (cell + Double(gap)) + cell).rounded())
        return (max(0, start), max(start, min(total, end)))
    }
}

extension Figure {
    /// The figure as text for a terminal (`color: true`) or a file (plain); see `TerminalRenderer`.
    public func renderText(_ options: TerminalOptions = TerminalOptions()) -> String {
        TerminalRenderer.render(self, options: options)
    }
}
