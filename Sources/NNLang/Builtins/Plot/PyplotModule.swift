import NNPlot

/// `matplotlib.pyplot` (bound as `plt`): the state machine over the session's open figures.
/// Drawing and decoration calls go to the current axes through the table shared with `Axes`
/// methods (`AxesCalls`); this file adds figures, subplots, showing, saving and closing.
///
/// Figures are shown only by `plt.show()` (or `fig.show()`), as in a matplotlib script: a
/// figure left open at the end of a statement is not shown by itself.
enum PyplotModule {
    @Sendable static func register(_ m: ModuleObject, _ rt: Runtime) throws {
        for call in AxesCalls.all {
            guard let name = call.pyplotName else { continue }
            m.fn(name, call.parameters, doc: call.doc) { a, rt in
                try call.body(rt.plotSession.currentAxes(), a, rt)
            }
        }
        registerFigures(m)
        registerOutput(m)
        m.constant("style", .module(try rt.importModule("matplotlib.style")))
        m.constant("cm", .module(try rt.importModule("matplotlib.cm")))
        ColormapObject.registerGetCmap(m)
        m.type(FigureObject.type)
        m.type(AxesObject.type)
    }

    /// figure, subplot, subplots, gcf, gca, sca, suptitle, clf, close.
    private static func registerFigures(_ m: ModuleObject) {
        m.fn("figure", "num=None, figsize=None, dpi=None, *, facecolor=None, edgecolor=None, frameon=True, clear=False",
             doc: "A new figure (figsize=(width, height) in inches), or the open figure numbered num.") { a, rt in
            let session = rt.plotSession
            var number: Int?
            if !a.isNone(0) {
                if case .native(let f as FigureObject) = a[0] {
                    session.pyplot.setCurrentAxes(f.figure.gca())
                    return .native(f)
                }
                guard let n = a[0].asIndex else {
                    throw ScriptError.typeError("figure() num must be an int or a Figure, not \(a[0].typeName)")
                }
                if let open = session.figure(numbered: n) {
                    if try a.bool(a.slot("clear")) { open.clear() }
                    // NNPlot's pyplot makes a figure current through its axes.
                    session.pyplot.setCurrentAxes(open.gca())
                    return .native(session.object(for: open))
                }
                number = n
            }
            var width: Double?, height: Double?
            if !a.isNone(1) { (width, height) = try SubplotArguments.size(a[1], name: "figsize") }
            let figure = try session.pyplot.figure(width: width, height: height)
            if let number { session.assign(number: number, to: figure) }
            return .native(session.object(for: figure))
        }
        m.fn("subplot", "*args", doc: "The axes at a grid position of the current figure: subplot(2, 2, 1) or subplot(221).") { a, rt in
            let session = rt.plotSession
            let (rows, columns, index) = try SubplotArguments.position(a.varArgs, function: "subplot")
            let figure = session.currentFigure()
            let axes = try figure.subplot(rows: rows, columns: columns, index: index)
            return .native(session.object(for: axes, in: figure))
        }
        m.fn("subplots", "nrows=1, ncols=1, *, sharex=False, sharey=False, squeeze=True, figsize=None, dpi=None",
             doc: "A new figure with a grid of axes: fig, ax = plt.subplots() or fig, axes = plt.subplots(2, 3).") { a, rt in
            let session = rt.plotSession
            let (rows, columns) = try SubplotArguments.grid(a)
            var width: Double?, height: Double?
            let figsize = a["figsize"]
            if !figsize.isNone { (width, height) = try SubplotArguments.size(figsize, name: "figsize") }
            let (figure, grid) = try session.pyplot.subplots(rows: rows, columns: columns, width: width, height: height)
            let axes = SubplotArguments.axesValue(grid, figure: figure, squeeze: try rt.truthy(a["squeeze"]), rt)
            return .tuple([.native(session.object(for: figure)), axes])
        }
        m.fn("gcf", "", doc: "The current figure (a new one when none is open).") { _, rt in
            let session = rt.plotSession
            return .native(session.object(for: session.currentFigure()))
        }
        m.fn("gca", "", doc: "The current axes (new axes when there are none).") { _, rt in
            let session = rt.plotSession
            let figure = session.currentFigure()
            return .native(session.object(for: figure.gca(), in: figure))
        }
        m.fn("sca", "ax", doc: "Makes ax (and its figure) current.") { a, rt in
            guard case .native(let ax as AxesObject) = a[0] else {
                throw ScriptError.typeError("sca() argument must be Axes, not \(a[0].typeName)")
            }
            rt.plotSession.pyplot.setCurrentAxes(ax.axes)
            return .none
        }
        m.fn("suptitle", "t, *, fontsize=None, fontweight=None, y=None", doc: "A title above all axes of the current figure.") { a, rt in
            rt.plotSession.currentFigure().title = try PlotValues.text(a[0], rt) ?? ""
            return .none
        }
        m.fn("clf", "", doc: "Clears the current figure.") { _, rt in
            rt.plotSession.currentFigure().clear()
            return .none
        }
        m.fn("close", "fig=None", doc: "Closes the current figure, a figure, a figure number, or 'all'.") { a, rt in
            let session = rt.plotSession
            switch a[0] {
            case .none: session.pyplot.close()
            case .str(let s) where s.value == "all": session.pyplot.closeAll()
            case .native(let f as FigureObject): session.pyplot.close(f.figure)
            case let v:
                guard let n = v.asIndex else {
                    throw ScriptError.typeError("close() argument must be a Figure, an int, 'all' or None, not \(v.typeName)")
                }
                if let f = session.figure(numbered: n) { session.pyplot.close(f) }
            }
            session.forgetClosedFigures()
            return .none
        }
        m.fn("get_fignums", "", doc: "The numbers of the open figures.") { _, rt in
            let session = rt.plotSession
            return .list(ListObject(session.pyplot.figures.map { .int(session.number(of: $0)) }.sorted { ($0.asIndex ?? 0) < ($1.asIndex ?? 0) }))
        }
    }

    /// show, savefig and the calls accepted for compatibility.
    private static func registerOutput(_ m: ModuleObject) {
        m.fn("show", "*, block=None", doc: "Shows every open figure (in the terminal, or as a notebook's output) and closes them.") { _, rt in
            let session = rt.plotSession
            for figure in session.pyplot.figures where !figure.axes.isEmpty {
                PlotDisplay.show(figure, rt)
            }
            session.pyplot.closeAll()
            session.forgetClosedFigures()
            return .none
        }
        m.fn("savefig", SaveFigure.parameters, doc: "Writes the current figure as SVG (.svg) or as its text render (.txt).") { a, rt in
            try SaveFigure.save(rt.plotSession.currentFigure(), a, rt)
            return .none
        }
        m.fn("tight_layout", "*, pad=1.08, h_pad=None, w_pad=None, rect=None",
             doc: "Nothing to do: nn lays every figure out tightly.") { _, _ in .none }
        m.fn("colorbar", "mappable=None, cax=None, ax=None, **kwargs",
             doc: "Accepted and ignored: nn draws no colour bars.") { _, _ in .none }
        m.fn("ion", "", doc: "Accepted and ignored: figures appear on plt.show().") { _, _ in .none }
        m.fn("ioff", "", doc: "Accepted and ignored: figures appear on plt.show().") { _, _ in .none }
        m.fn("isinteractive", "", doc: "False: figures appear on plt.show().") { _, _ in .bool(false) }
    }
}
