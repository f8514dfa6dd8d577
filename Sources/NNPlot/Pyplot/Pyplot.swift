/// matplotlib.pyplot's state machine: the open figures, the current figure and, through it,
/// the current axes. The language's `plt` module keeps one of these per session and turns
/// each pyplot call into one call here or on `gca()`.
public final class Pyplot {
    /// Open figures, oldest first.
    public private(set) var figures: [Figure] = []
    /// The figure `plt.*` calls draw into.
    public private(set) var currentFigure: Figure?

    public init() {}

    /// `plt.figure(figsize=(w, h))`: a new figure that becomes current.
    @discardableResult
    public func figure(width: Double? = nil, height: Double? = nil) throws -> Figure {
        let created = try Figure(
            width: width ?? Figure.defaultSize.width, height: height ?? Figure.defaultSize.height)
        figures.append(created)
        currentFigure = created
        return created
    }

    /// `plt.gcf()`: the current figure, created when there is none.
    public func gcf() -> Figure {
        if let current = currentFigure { return current }
        let created = Figure()
        figures.append(created)
        currentFigure = created
        return created
    }

    /// `plt.gca()`: the current axes of the current figure, created when there is none.
    public func gca() -> Axes { gcf().gca() }

    /// `plt.subplot(rows, columns, index)`.
    @discardableResult
    public func subplot(rows: Int, columns: Int, index: Int) throws -> Axes {
        try gcf().subplot(rows: rows, columns: columns, index: index)
    }

    /// `plt.subplots(rows, columns, figsize=)`: a new figure with a grid of axes.
    public func subplots(rows: Int = 1, columns: Int = 1, width: Double? = nil,
                         height: Double? = nil) throws -> (Figure, [[Axes]]) {
        guard rows > 0, columns > 0 else { throw PlotError.invalidSubplotGrid(rows: rows, columns: columns) }
        let created = try Figure(
            width: width ?? Figure.defaultSize.width, height: height ?? Figure.defaultSize.height)
        let grid = try created.subplots(rows: rows, columns: columns)
        figures.append(created)
        currentFigure = created
        return (created, grid)
    }

    /// `plt.sca(ax)`: makes `axes` and its figure current.
    public func setCurrentAxes(_ axes: Axes) {
        guard let owner = figures.first(where: { $0.axes.contains { $0 === axes } }) else { return }
        owner.setCurrentAxes(axes)
        currentFigure = owner
    }

    /// `plt.close(fig)` / `plt.close()`: forgets a figure (the current one by default).
    public func close(_ figure: Figure? = nil) {
        guard let target = figure ?? currentFigure else { return }
        figures.removeAll { $0 === target }
        if currentFigure === target { currentFigure = figures.last }
    }

    /// `plt.close('all')`.
    public func closeAll() {
        figures.removeAll()
        currentFigure = nil
    }

    /// `plt.show()`: every open figure as text (blank line between figures), after which
    /// the figures are closed, as pyplot does. Empty when nothing is open.
    public func show(_ options: TerminalOptions = TerminalOptions()) -> String {
        let text = figures.map { $0.renderText(options) }.joined(separator: "\n\n")
        closeAll()
        return text
    }

    /// `plt.savefig(path)`: the current figure to `path` (`.svg`, or `.txt` for plain text).
    public func savefig(_ path: String, textOptions: TerminalOptions = TerminalOptions()) throws {
        try gcf().save(to: path, textOptions: textOptions)
    }
}
