/// Where an axes sits in its figure: a cell range of a `rows` x `columns` grid.
///
/// `subplot(2, 3, 5)` is row 1, column 1 (zero-based) of a 2x3 grid; axes made with different
/// grids can share a figure, as in matplotlib.
public struct SubplotSpec: Hashable, Sendable {
    public let rows: Int
    public let columns: Int
    /// Zero-based, inclusive row range.
    public let rowRange: ClosedRange<Int>
    /// Zero-based, inclusive column range.
    public let columnRange: ClosedRange<Int>

    /// The cell of 1-based `index` in a `rows` x `columns` grid, counted along rows as matplotlib
    /// does. Throws for a grid without cells or an index outside `1...rows*columns`.
    public init(rows: Int, columns: Int, index: Int) throws {
        guard rows > 0, columns > 0 else { throw PlotError.invalidSubplotGrid(rows: rows, columns: columns) }
        let (count, overflow) = rows.multipliedReportingOverflow(by: columns)
        guard !overflow, count <= 10_000 else {
            throw PlotError.invalidSubplotGrid(rows: rows, columns: columns)
        }
        guard index >= 1, index <= count else { throw PlotError.subplotIndexOutOfRange(index: index, count: count) }
        self.rows = rows
        self.columns = columns
        let row = (index - 1) / columns
        let column = (index - 1) % columns
        self.rowRange = row...row
        self.columnRange = column...column
    }

    /// The whole figure: one 1x1 grid.
    public static let single = SubplotSpec(rows: 1, columns: 1, rowRange: 0...0, columnRange: 0...0)

    init(rows: Int, columns: Int, rowRange: ClosedRange<Int>, columnRange: ClosedRange<Int>) {
        self.rows = rows
        self.columns = columns
        self.rowRange = rowRange
        self.columnRange = columnRange
    }

    /// The fraction of the figure's width and height this cell covers, given gaps between cells
    /// as a fraction of a cell (matplotlib's `wspace`/`hspace`). `y` grows downwards.
    func frame(horizontalGap: Double, verticalGap: Double) -> (x0: Double, x1: Double, y0: Double, y1: Double) {
        func span(_ range: ClosedRange<Int>, _ count: Int, _ gap: Double) -> (Double, Double) {
            let cell = 1 / (Double(count) + gap * Double(count - 1))
            let start = Double(range.lowerBound) * cell * (1 + gap)
            let end = Double(range.upperBound) * cell * (1 + gap) + cell
            return (start, end)
        }
        let (x0, x1) = span(columnRange, columns, horizontalGap)
        let (y0, y1) = span(rowRange, rows, verticalGap)
        return (x0, x1, y0, y1)
    }
}
