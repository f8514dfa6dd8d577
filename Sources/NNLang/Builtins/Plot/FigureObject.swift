import Foundation
import NNPlot

/// A `matplotlib.figure.Figure`: what `plt.figure()`, `plt.gcf()` and `plt.subplots()` give.
/// It keeps working after `plt.show()` or `plt.close()` (`fig.savefig` still writes it).
final class FigureObject: NativeObject {
    let figure: Figure
    /// matplotlib's figure number (`plt.figure(2)`).
    let number: Int

    init(_ figure: Figure, number: Int) {
        self.figure = figure
        self.number = number
    }

    nonisolated(unsafe) static let type: ClassObject = {
        // Immutable after its thread-safe lazy initialisation.
        let c = ClassObject.native("Figure", module: "matplotlib.figure", doc: "A figure: axes on subplot grids.")
        c.subclassable = false
        registerMethods(c)
        return c
    }()

    override var nativeType: ClassObject { FigureObject.type }

    /// Drawn by `plt.show()`, never shown as a value by a statement of its own.
    override var showsAtTopLevel: Bool { false }

    /// matplotlib's repr: `<Figure size 640x480 with 1 Axes>` (pixels at 100 dpi).
    override func repr(_ rt: Runtime) throws -> String {
        "<Figure size \(FigureObject.pixels(figure.width))x\(FigureObject.pixels(figure.height)) with \(figure.axes.count) Axes>"
    }

    /// matplotlib's str: `Figure(640x480)`.
    override func str(_ rt: Runtime) throws -> String {
        "Figure(\(FigureObject.pixels(figure.width))x\(FigureObject.pixels(figure.height)))"
    }

    /// Inches at 100 dpi as `%g` prints them.
    static func pixels(_ inches: Double) -> String {
        String(format: "%g", (inches * 100 * 1e6).rounded() / 1e6)
    }

    override func getAttribute(_ name: String, owner: Value, _ rt: Runtime) throws -> Value? {
        switch name {
        case "axes":
            let session = rt.plotSession
            return .list(ListObject(figure.axes.map { .native(session.object(for: $0, in: figure)) }))
        case "number": return .int(number)
        default: return nil
        }
    }

    override var dynamicAttributeNames: [String] { ["axes", "number"] }

    private static func receiver(_ a: BoundArguments) throws(ScriptError) -> FigureObject {
        try a.receiver(as: FigureObject.self, typeName: "Figure")
    }

    private static func registerMethods(_ c: ClassObject) {
        c.method("add_subplot", "*args", doc: "Adds (or returns) the axes at a subplot position: add_subplot(2, 2, 1) or add_subplot(221).") { a, rt in
            let f = try receiver(a)
            let (rows, columns, index) = try SubplotArguments.position(a.varArgs, function: "add_subplot")
            let axes = try f.figure.subplot(rows: rows, columns: columns, index: index)
            rt.plotSession.pyplot.setCurrentAxes(axes)
            return .native(rt.plotSession.object(for: axes, in: f.figure))
        }
        c.method("subplots", "nrows=1, ncols=1, *, sharex=False, sharey=False, squeeze=True",
                 doc: "Adds a grid of axes; returns one axes or an array of them.") { a, rt in
            let f = try receiver(a)
            let (rows, columns) = try SubplotArguments.grid(a)
            let grid = try f.figure.subplots(rows: rows, columns: columns)
            return SubplotArguments.axesValue(grid, figure: f.figure, squeeze: try a.bool(a.slot("squeeze")), rt)
        }
        c.method("gca", "", doc: "The current axes of this figure.") { a, rt in
            let f = try receiver(a)
            return .native(rt.plotSession.object(for: f.figure.gca(), in: f.figure))
        }
        c.method("suptitle", "t, *, fontsize=None, fontweight=None, y=None", doc: "A title above all axes.") { a, rt in
            try receiver(a).figure.title = try PlotValues.text(a[0], rt) ?? ""
            return .none
        }
        c.method("savefig", SaveFigure.parameters, doc: "Writes the figure as SVG (.svg) or as its text render (.txt).") { a, rt in
            try SaveFigure.save(try receiver(a).figure, a, rt)
            return .none
        }
        c.method("show", "warn=True", doc: "Shows this figure (in the terminal, or as a notebook's output).") { a, rt in
            PlotDisplay.show(try receiver(a).figure, rt)
            return .none
        }
        c.method("set_size_inches", "w, h=None", doc: "Changes the size: set_size_inches(w, h) or ((w, h)).") { a, rt in
            let f = try receiver(a)
            let (w, h) = try SubplotArguments.size(a.isNone(1) ? a[0] : .tuple([a[0], a[1]]), name: "set_size_inches")
            try f.figure.setSize(width: w, height: h)
            return .none
        }
        c.method("get_size_inches", "", doc: "The size in inches as a tuple.") { a, _ in
            let f = try receiver(a)
            return .tuple([.float(f.figure.width), .float(f.figure.height)])
        }
        c.method("tight_layout", "*, pad=1.08, h_pad=None, w_pad=None, rect=None",
                 doc: "Nothing to do: nn lays every figure out tightly.") { _, _ in .none }
        c.method("colorbar", "mappable=None, cax=None, ax=None, **kwargs",
                 doc: "Accepted and ignored: nn draws no colour bars.") { _, _ in .none }
        c.method("clf", "", doc: "Removes every axes and the title.") { a, rt in
            try receiver(a).figure.clear()
            return .none
        }
    }
}
