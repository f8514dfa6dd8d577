import NNPlot

/// A `matplotlib.axes.Axes`: one plotting area. Its methods are the same calls as `plt.*`
/// (`ax.plot`, `ax.set_title` ↔ `plt.title`, …), from the shared table in `AxesCalls`.
final class AxesObject: NativeObject {
    let axes: Axes
    /// The figure the axes belongs to.
    let figure: FigureObject

    init(_ axes: Axes, figure: FigureObject) {
        self.axes = axes
        self.figure = figure
    }

    nonisolated(unsafe) static let type: ClassObject = {
        // Immutable after its thread-safe lazy initialisation.
        let c = ClassObject.native("Axes", module: "matplotlib.axes", doc: "One plotting area of a figure.")
        c.subclassable = false
        for call in AxesCalls.all {
            guard let name = call.axesName else { continue }
            c.method(name, call.parameters, doc: call.doc) { a, rt in
                let me = try a.receiver(as: AxesObject.self, typeName: "Axes")
                return try call.body(me.axes, a, rt)
            }
        }
        c.method("get_figure", "", doc: "The figure this axes belongs to.") { a, _ in
            .native(try a.receiver(as: AxesObject.self, typeName: "Axes").figure)
        }
        c.property("figure", doc: "The figure this axes belongs to.") { v, _ in
            guard case .native(let me as AxesObject) = v else { return .none }
            return .native(me.figure)
        }
        return c
    }()

    override var nativeType: ClassObject { AxesObject.type }

    /// Drawn by `plt.show()`, never shown as a value by a statement of its own.
    override var showsAtTopLevel: Bool { false }

    /// matplotlib's repr: `<Axes: title={'center': 'Loss'}, xlabel='epoch', ylabel='loss'>`.
    override func repr(_ rt: Runtime) throws -> String {
        var parts: [String] = []
        if !axes.title.isEmpty { parts.append("title={'center': \(try rt.repr(.string(axes.title)))}") }
        if !axes.x.label.isEmpty { parts.append("xlabel=\(try rt.repr(.string(axes.x.label)))") }
        if !axes.y.label.isEmpty { parts.append("ylabel=\(try rt.repr(.string(axes.y.label)))") }
        return "<Axes: " + parts.joined(separator: ", ") + ">"
    }
}
