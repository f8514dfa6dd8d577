import NNPlot

/// Titles, axis labels, limits and scales: `plt.title` ↔ `ax.set_title`, `plt.xlim` ↔
/// `ax.set_xlim`, … Setters return None (nn shows a top-level value, and a Text object or
/// a limits tuple after every `plt.title(…)` would only clutter notebooks).
extension AxesCalls {
    static var labels: [AxesCall] {
        let textParameters = "fontdict=None, loc=None, pad=None, *, fontsize=None, fontweight=None, color=None, y=None"
        let labelParameters = "fontdict=None, labelpad=None, *, loc=None, fontsize=None, fontweight=None, color=None"
        return [
            AxesCall("title", "set_title", "label, " + textParameters, doc: "The axes' title.") { ax, a, rt in
                ax.title = try PlotValues.text(a[0], rt) ?? ""
                return .none
            },
            AxesCall("xlabel", "set_xlabel", "xlabel, " + labelParameters, doc: "The x axis label.") { ax, a, rt in
                ax.x.label = try PlotValues.text(a[0], rt) ?? ""
                return .none
            },
            AxesCall("ylabel", "set_ylabel", "ylabel, " + labelParameters, doc: "The y axis label.") { ax, a, rt in
                ax.y.label = try PlotValues.text(a[0], rt) ?? ""
                return .none
            },
            AxesCall(nil, "get_title", "loc='center'", doc: "The axes' title.") { ax, _, _ in .string(ax.title) },
            AxesCall(nil, "get_xlabel", "", doc: "The x axis label.") { ax, _, _ in .string(ax.x.label) },
            AxesCall(nil, "get_ylabel", "", doc: "The y axis label.") { ax, _, _ in .string(ax.y.label) },
            AxesCall("xlim", "set_xlim", "*args, left=None, right=None, emit=True, auto=False, xmin=None, xmax=None",
                     doc: "Sets the x limits: xlim(left, right), xlim((left, right)), xlim(left=…); xlim() returns them.") { ax, a, rt in
                try limits(ax, a, vertical: false, rt)
            },
            AxesCall("ylim", "set_ylim", "*args, bottom=None, top=None, emit=True, auto=False, ymin=None, ymax=None",
                     doc: "Sets the y limits: ylim(bottom, top), ylim((bottom, top)), ylim(bottom=…); ylim() returns them.") { ax, a, rt in
                try limits(ax, a, vertical: true, rt)
            },
            AxesCall(nil, "get_xlim", "", doc: "The x limits as a tuple.") { ax, _, _ in
                let (lo, hi) = ax.xLimits()
                return .tuple([.float(lo), .float(hi)])
            },
            AxesCall(nil, "get_ylim", "", doc: "The y limits as a tuple.") { ax, _, _ in
                let (lo, hi) = ax.yLimits()
                return .tuple([.float(lo), .float(hi)])
            },
            AxesCall("xscale", "set_xscale", "value, **kwargs", doc: "The x axis scale: 'linear' or 'log'.") { ax, a, _ in
                try ax.x.setScale(try a.string(0))
                return .none
            },
            AxesCall("yscale", "set_yscale", "value, **kwargs", doc: "The y axis scale: 'linear' or 'log'.") { ax, a, _ in
                try ax.y.setScale(try a.string(0))
                return .none
            },
        ]
    }

    /// `xlim`/`ylim`/`set_xlim`/`set_ylim`: with no arguments the current limits; otherwise
    /// sets them (an end given as None keeps its setting) and returns None.
    static func limits(_ ax: Axes, _ a: BoundArguments, vertical: Bool, _ rt: Runtime) throws -> Value {
        let (lowName, highName) = vertical ? ("bottom", "top") : ("left", "right")
        let (minName, maxName) = vertical ? ("ymin", "ymax") : ("xmin", "xmax")
        let args = a.varArgs
        var low: Value = .none, high: Value = .none
        switch args.count {
        case 0: break
        case 1:
            let pair: [Value]
            switch args[0] {
            case .tuple(let t): pair = t
            case .list(let l): pair = l.items
            case let v: pair = [v, .none]
            }
            guard pair.count == 2 else {
                throw ScriptError.valueError("limits must be a pair (\(lowName), \(highName)), got \(pair.count) values")
            }
            (low, high) = (pair[0], pair[1])
        case 2: (low, high) = (args[0], args[1])
        default:
            throw ScriptError.typeError("\(vertical ? "ylim" : "xlim")() takes at most 2 positional arguments but \(args.count) were given")
        }
        for (name, alias) in [(lowName, minName), (highName, maxName)] {
            let given = try PlotValues.alias(a, name, alias)
            guard !given.isNone else { continue }
            if name == lowName {
                if !low.isNone { throw ScriptError.typeError("Cannot pass both '\(name)' and a positional \(name) limit") }
                low = given
            } else {
                if !high.isNone { throw ScriptError.typeError("Cannot pass both '\(name)' and a positional \(name) limit") }
                high = given
            }
        }
        if args.isEmpty && low.isNone && high.isNone {
            let (lo, hi) = vertical ? ax.yLimits() : ax.xLimits()
            return .tuple([.float(lo), .float(hi)])
        }
        // An end given as None keeps its setting (a fixed limit, or automatic).
        let axis = vertical ? ax.y : ax.x
        let lower = try PlotValues.number(low, lowName) ?? axis.lowerLimit
        let upper = try PlotValues.number(high, highName) ?? axis.upperLimit
        if vertical { try ax.y.setLimits(lower: lower, upper: upper) } else { try ax.x.setLimits(lower: lower, upper: upper) }
        return .none
    }
}
