/// A figure: a size in inches (matplotlib's `figsize`), an optional overall title and axes laid
/// out on subplot grids.
///
/// A class, because scripts hold on to a figure and its axes and change them in place
/// (`fig, axes = plt.subplots(2, 3)`, then `axes[0, 1].plot(...)`).
public final class Figure {
    /// Width and height in inches.
    public private(set) var width: Double
    public private(set) var height: Double
    /// `suptitle`: a title above all axes.
    public var title: String = ""
    /// The axes in the order they were created.
    public private(set) var axes: [Axes] = []
    /// The axes that `plt.plot` and friends draw into.
    public private(set) var currentAxes: Axes?

    /// matplotlib's default `figsize`.
    public static let defaultSize = (width: 6.4, height: 4.8)

    /// A figure of matplotlib's default size, 6.4 x 4.8 inches.
    public init() {
        width = Figure.defaultSize.width
        height = Figure.defaultSize.height
    }

    /// A figure of `width` x `height` inches (`figsize`); throws unless both are positive,
    /// finite and at most 1000.
    public init(width: Double, height: Double) throws {
        try Figure.checkSize(width, height)
        self.width = width
        self.height = height
    }

    /// Changes the size (`fig.set_size_inches`).
    public func setSize(width: Double, height: Double) throws {
        try Figure.checkSize(width, height)
        self.width = width
        self.height = height
    }

    /// `subplot(rows, columns, index)`: the axes at that cell, reused when it already exists
    /// (as pyplot does), otherwise new; either way it becomes the current axes.
    @discardableResult
    public func subplot(rows: Int, columns: Int, index: Int) throws -> Axes {
        let spec = try SubplotSpec(rows: rows, columns: columns, index: index)
        return subplot(spec)
    }

    /// The axes at `spec`, created when missing; it becomes the current axes.
    @discardableResult
    public func subplot(_ spec: SubplotSpec) -> Axes {
        if let existing = axes.first(where: { $0.spec == spec }) {
            currentAxes = existing
            return existing
        }
        let created = Axes(spec: spec)
        axes.append(created)
        currentAxes = created
        return created
    }

    /// `subplots(rows, columns)`: a full grid of new axes, row by row; the first one becomes
    /// current. Existing axes stay in the figure.
    public func subplots(rows: Int, columns: Int) throws -> [[Axes]] {
        guard rows > 0, columns > 0 else { throw PlotError.invalidSubplotGrid(rows: rows, columns: columns) }
        var grid: [[Axes]] = []
        for r in 0..<rows {
            var row: [Axes] = []
            for c in 0..<columns {
                let spec = try SubplotSpec(rows: rows, columns: columns, index: r * columns + c + 1)
                let created = Axes(spec: spec)
                axes.append(created)
                row.append(created)
            }
            grid.append(row)
        }
        currentAxes = grid.first?.first
        return grid
    }

    /// The current axes, creating a single full-figure axes when there is none (`gca`).
    public func gca() -> Axes {
        if let current = currentAxes { return current }
        return subplot(.single)
    }

    /// Makes `axes` current (`plt.sca`); it must belong to this figure.
    public func setCurrentAxes(_ target: Axes) {
        if axes.contains(where: { $0 === target }) { currentAxes = target }
    }

    /// Removes every axes and the title (`fig.clf()`).
    public func clear() {
        axes.removeAll()
        currentAxes = nil
        title = ""
    }

    private static func checkSize(_ width: Double, _ height: Double) throws {
        guard width.isFinite, height.isFinite, width > 0, height > 0, width <= 1000, height <= 1000 else {
            throw PlotError.invalidFigureSize(width: width, height: height)
        }
    }
}
