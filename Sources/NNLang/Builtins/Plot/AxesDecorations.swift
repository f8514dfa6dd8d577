import NNPlot

/// Ticks, legend, grid, `axis`, aspect, inversion, `set(...)` and clearing.
extension AxesCalls {
    static var decorations: [AxesCall] {
        let tickStyle = "minor=False, rotation=None, fontsize=None, ha=None"
        return [
            AxesCall("xticks", "set_xticks", "ticks=None, labels=None, *, " + tickStyle,
                     doc: "Fixed x ticks (and their labels); xticks([]) hides them.") { ax, a, rt in
                try ticks(ax, a, vertical: false, rt)
            },
            AxesCall("yticks", "set_yticks", "ticks=None, labels=None, *, " + tickStyle,
                     doc: "Fixed y ticks (and their labels); yticks([]) hides them.") { ax, a, rt in
                try ticks(ax, a, vertical: true, rt)
            },
            AxesCall(nil, "set_xticklabels", "labels, *, fontdict=None, " + tickStyle,
                     doc: "Labels for the fixed x ticks set with set_xticks.") { ax, a, rt in
                try tickLabels(ax, a, vertical: false, rt)
            },
            AxesCall(nil, "set_yticklabels", "labels, *, fontdict=None, " + tickStyle,
                     doc: "Labels for the fixed y ticks set with set_yticks.") { ax, a, rt in
                try tickLabels(ax, a, vertical: true, rt)
            },
            AxesCall("legend", "legend", "*args, loc=None, fontsize=None, frameon=None, ncol=None",
                     doc: "A legend of the labelled series; legend(['a', 'b']) labels them in order.") { ax, a, rt in
                try legend(ax, a, rt)
            },
            AxesCall("grid", "grid",
                     "visible=None, which='major', axis='both', *, alpha=None, color=None, linestyle=None, ls=None, "
                        + "linewidth=None, lw=None",
                     doc: "Grid lines: grid(True), grid(False); grid() toggles them.") { ax, a, rt in
                try grid(ax, a, rt)
            },
            AxesCall("axis", "axis", "arg=None, /, *, emit=True, xmin=None, xmax=None, ymin=None, ymax=None",
                     doc: "axis('off'), axis('equal'), axis([xmin, xmax, ymin, ymax]); axis() returns the limits.") { ax, a, rt in
                try axis(ax, a, rt)
            },
            AxesCall(nil, "set_aspect", "aspect, adjustable=None, anchor=None, share=False",
                     doc: "'equal' (square data units) or 'auto'.") { ax, a, rt in
                switch a[0] {
                case .str(let s) where s.value == "equal": ax.equalAspect = true
                case .str(let s) where s.value == "auto": ax.equalAspect = false
                case let v where v.asDouble == 1: ax.equalAspect = true
                case let v: throw ScriptError.valueError("aspect must be 'equal', 'auto' or 1, not \(try rt.repr(v))")
                }
                return .none
            },
            AxesCall(nil, "invert_xaxis", "", doc: "Flips the x axis.") { ax, _, _ in
                ax.x.inverted.toggle()
                return .none
            },
            AxesCall(nil, "invert_yaxis", "", doc: "Flips the y axis.") { ax, _, _ in
                ax.y.inverted.toggle()
                return .none
            },
            AxesCall(nil, "set",
                     "*, title=None, xlabel=None, ylabel=None, xlim=None, ylim=None, xscale=None, yscale=None, "
                        + "xticks=None, yticks=None, aspect=None",
                     doc: "Several properties at once: ax.set(title=…, xlabel=…, ylabel=…, xlim=…, ylim=…).") { ax, a, rt in
                try set(ax, a, rt)
            },
            AxesCall("cla", "cla", "", doc: "Clears the axes.") { ax, _, _ in
                ax.clear()
                return .none
            },
            AxesCall(nil, "clear", "", doc: "Clears the axes.") { ax, _, _ in
                ax.clear()
                return .none
            },
        ]
    }

    /// `xticks(ticks, labels)` / `set_xticks(ticks, labels=None)`.
    static func ticks(_ ax: Axes, _ a: BoundArguments, vertical: Bool, _ rt: Runtime) throws -> Value {
        let function = vertical ? "yticks" : "xticks"
        if a.isNone(0) {
            if !a.isNone(1) { throw ScriptError.typeError("\(function)(): Parameter 'labels' can't be set without setting 'ticks'") }
            return .none
        }
        let positions = try PlotArray(a[0])
        guard positions.ndim <= 1 else { throw ScriptError.valueError("ticks must be 1-D, not of shape \(positions.shapeText)") }
        var labels: [String]?
        if !a.isNone(1) { labels = try rt.toArray(a[1]).map { (v) throws(ScriptError) in try rt.str(v) } }
        if vertical {
            try ax.y.setTicks(positions.values, labels: labels)
        } else {
            try ax.x.setTicks(positions.values, labels: labels)
        }
        return .none
    }

    /// `set_xticklabels(labels)`: labels for ticks fixed before.
    static func tickLabels(_ ax: Axes, _ a: BoundArguments, vertical: Bool, _ rt: Runtime) throws -> Value {
        let axis = vertical ? ax.y : ax.x
        let name = vertical ? "y" : "x"
        guard let fixed = axis.fixedTicks else {
            throw ScriptError.valueError("set_\(name)ticklabels() needs fixed ticks: call set_\(name)ticks(positions) first, or set_\(name)ticks(positions, labels)")
        }
        let labels = try rt.toArray(a[0]).map { (v) throws(ScriptError) in try rt.str(v) }
        if vertical { try ax.y.setTicks(fixed, labels: labels) } else { try ax.x.setTicks(fixed, labels: labels) }
        return .none
    }

    /// `legend()`, `legend(labels)`, `legend(loc='upper left')`.
    static func legend(_ ax: Axes, _ a: BoundArguments, _ rt: Runtime) throws -> Value {
        var location: String?
        switch a["loc"] {
        case .none: break
        case .str(let s): location = s.value
        case let v:
            guard let code = v.asIndex else { throw ScriptError.valueError("loc must be a string or an integer, not \(v.typeName)") }
            location = String(code)
        }
        let args = a.varArgs
        var labels: [String]?
        switch args.count {
        case 0: break
        case 1: labels = try rt.toArray(args[0]).map { (v) throws(ScriptError) in try rt.str(v) }
        default:
            throw ScriptError.notImplemented("legend(handles, labels) is not supported: nn's plotting calls return no handles; use legend(labels) or label= on each call")
        }
        try ax.showLegend(labels: labels, location: location)
        return .none
    }

    /// `grid(visible=None, which='major', axis='both', **kw)`.
    static func grid(_ ax: Axes, _ a: BoundArguments, _ rt: Runtime) throws -> Value {
        let which = try a.string(1), axis = try a.string(2)
        guard ["major", "minor", "both"].contains(which) else {
            throw ScriptError.valueError("'\(which)' is not a valid value for which; supported values are 'major', 'minor', 'both'")
        }
        guard ["both", "x", "y"].contains(axis) else {
            throw ScriptError.valueError("'\(axis)' is not a valid value for axis; supported values are 'both', 'x', 'y'")
        }
        if a.isNone(0) {
            let styled = (3..<a.count).contains { !a.isNone($0) }
            ax.showGrid = styled ? true : !ax.showGrid
        } else {
            ax.showGrid = try rt.truthy(a[0])
        }
        return .none
    }

    /// `axis('off' | 'on' | 'equal' | 'scaled' | 'square' | 'image' | 'auto' | 'tight')`,
    /// `axis([xmin, xmax, ymin, ymax])`, `axis()` → the limits.
    static func axis(_ ax: Axes, _ a: BoundArguments, _ rt: Runtime) throws -> Value {
        switch a[0] {
        case .none:
            let keywords = ["xmin", "xmax", "ymin", "ymax"].map { a[$0] }
            if keywords.allSatisfy(\.isNone) {
                let (x0, x1) = ax.xLimits(), (y0, y1) = ax.yLimits()
                return .tuple([.float(x0), .float(x1), .float(y0), .float(y1)])
            }
            let n = try keywords.map { (v) throws(ScriptError) in try PlotValues.number(v, "limit") }
            try ax.x.setLimits(lower: n[0] ?? ax.x.lowerLimit, upper: n[1] ?? ax.x.upperLimit)
            try ax.y.setLimits(lower: n[2] ?? ax.y.lowerLimit, upper: n[3] ?? ax.y.upperLimit)
        case .bool(let on):
            ax.axisVisible = on
        case .str(let s):
            switch s.value.lowercased() {
            case "off": ax.axisVisible = false
            case "on": ax.axisVisible = true
            case "equal", "scaled", "square", "image": ax.equalAspect = true
            case "auto", "normal": ax.equalAspect = false
            case "tight": break
            default: throw ScriptError.valueError("Unrecognized string '\(s.value)' to axis; try 'on' or 'off'")
            }
        case let v:
            let limits = try PlotArray(v)
            guard limits.values.count == 4 else {
                throw ScriptError.typeError("The first argument to axis() must be an iterable of the form [xmin, xmax, ymin, ymax]")
            }
            try ax.x.setLimits(lower: limits.values[0], upper: limits.values[1])
            try ax.y.setLimits(lower: limits.values[2], upper: limits.values[3])
        }
        return .none
    }

    /// `ax.set(title=…, xlabel=…, …)`.
    static func set(_ ax: Axes, _ a: BoundArguments, _ rt: Runtime) throws -> Value {
        if let t = try PlotValues.text(a["title"], rt) { ax.title = t }
        if let t = try PlotValues.text(a["xlabel"], rt) { ax.x.label = t }
        if let t = try PlotValues.text(a["ylabel"], rt) { ax.y.label = t }
        for (name, vertical) in [("xlim", false), ("ylim", true)] where !a[name].isNone {
            let pair = try PlotArray(a[name])
            guard pair.values.count == 2 else { throw ScriptError.valueError("\(name) must be a pair of numbers") }
            if vertical {
                try ax.y.setLimits(lower: pair.values[0], upper: pair.values[1])
            } else {
                try ax.x.setLimits(lower: pair.values[0], upper: pair.values[1])
            }
        }
        if let s = try PlotValues.text(a["xscale"], rt) { try ax.x.setScale(s) }
        if let s = try PlotValues.text(a["yscale"], rt) { try ax.y.setScale(s) }
        if !a["xticks"].isNone { try ax.x.setTicks(try PlotArray(a["xticks"]).values) }
        if !a["yticks"].isNone { try ax.y.setTicks(try PlotArray(a["yticks"]).values) }
        switch a["aspect"] {
        case .none: break
        case .str(let s) where s.value == "equal": ax.equalAspect = true
        case .str(let s) where s.value == "auto": ax.equalAspect = false
        case let v: throw ScriptError.valueError("aspect must be 'equal' or 'auto', not \(try rt.repr(v))")
        }
        return .none
    }
}
