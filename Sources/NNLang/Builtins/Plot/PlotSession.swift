import NNPlot

/// What `plt` remembers per interpreter session: NNPlot's pyplot state machine (open figures,
/// current figure and axes), the figure numbers matplotlib gives figures, and one nn object
/// per figure and axes, so `plt.gca() is ax` holds. A reset session starts with no figures.
final class PlotSession {
    /// The open figures and the current one.
    let pyplot = Pyplot()
    private var figureObjects: [ObjectIdentifier: FigureObject] = [:]
    private var axesObjects: [ObjectIdentifier: AxesObject] = [:]
    private var numbers: [ObjectIdentifier: Int] = [:]

    /// The nn object for `figure` (the same object every time while the figure is open).
    func object(for figure: Figure) -> FigureObject {
        let key = ObjectIdentifier(figure)
        if let existing = figureObjects[key] { return existing }
        let created = FigureObject(figure, number: number(of: figure))
        figureObjects[key] = created
        return created
    }

    /// The nn object for `axes`, which belongs to `figure`.
    func object(for axes: Axes, in figure: Figure) -> AxesObject {
        let key = ObjectIdentifier(axes)
        if let existing = axesObjects[key] { return existing }
        let created = AxesObject(axes, figure: object(for: figure))
        axesObjects[key] = created
        return created
    }

    /// The nn object for `axes` of an open figure (or of no known figure: a fresh one).
    func object(for axes: Axes) -> AxesObject {
        if let existing = axesObjects[ObjectIdentifier(axes)] { return existing }
        let owner = pyplot.figures.first { $0.axes.contains { $0 === axes } } ?? pyplot.gcf()
        return object(for: axes, in: owner)
    }

    /// matplotlib's figure number: 1, 2, … in creation order (one more than the largest open).
    func number(of figure: Figure) -> Int {
        // Figures made implicitly (`plt.plot` with none open) are numbered in the order they
        // were opened, whenever a number is first asked for.
        for open in pyplot.figures where numbers[ObjectIdentifier(open)] == nil {
            numbers[ObjectIdentifier(open)] = (numbers.values.max() ?? 0) + 1
        }
        let key = ObjectIdentifier(figure)
        if let n = numbers[key] { return n }
        let n = (numbers.values.max() ?? 0) + 1
        numbers[key] = n
        return n
    }

    /// Gives a figure made by `plt.figure(num=n)` the number `n`.
    func assign(number: Int, to figure: Figure) {
        numbers[ObjectIdentifier(figure)] = number
    }

    /// The open figure numbered `number`, if any.
    func figure(numbered number: Int) -> Figure? {
        pyplot.figures.first { numbers[ObjectIdentifier($0)] == number }
    }

    /// The current figure, created (and numbered) when there is none.
    func currentFigure() -> Figure {
        let f = pyplot.gcf()
        _ = number(of: f)
        return f
    }

    /// The current axes of the current figure, created when there is none.
    func currentAxes() -> Axes {
        currentFigure().gca()
    }

    /// Forgets the objects and numbers of figures that are no longer open, after `close`
    /// and `show` (a script that plots every epoch does not keep every figure alive).
    /// Objects a script still holds keep working; they are just no longer cached.
    func forgetClosedFigures() {
        let open = Set(pyplot.figures.map(ObjectIdentifier.init))
        let openAxes = Set(pyplot.figures.flatMap { $0.axes.map(ObjectIdentifier.init) })
        figureObjects = figureObjects.filter { open.contains($0.key) }
        numbers = numbers.filter { open.contains($0.key) }
        axesObjects = axesObjects.filter { openAxes.contains($0.key) }
    }
}

extension Runtime {
    /// The plotting state of this session.
    var plotSession: PlotSession { bindingState(PlotSession.self) { PlotSession() } }
}
