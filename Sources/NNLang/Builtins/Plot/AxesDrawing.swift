import NNPlot

/// `plot` and `scatter`, read as matplotlib reads their arguments.
extension AxesCalls {
    static var drawing: [AxesCall] {
        [
            AxesCall("plot", "plot",
                     "*args, color=None, c=None, linestyle=None, ls=None, linewidth=None, lw=None, marker=None, "
                        + "markersize=None, ms=None, label=None, alpha=None, zorder=None",
                     doc: "Lines and markers: plot(y), plot(x, y), plot(x, y, '--r', label='…'), several x, y, fmt groups.",
                     plot),
            AxesCall("scatter", "scatter",
                     "x, y, s=None, c=None, marker=None, cmap=None, vmin=None, vmax=None, alpha=None, linewidths=None, "
                        + "*, edgecolors=None, edgecolor=None, color=None, label=None, zorder=None",
                     doc: "Points at (x, y); c= colours them (a colour, one per point, or values through cmap).",
                     scatter),
        ]
    }

    /// One `x, y, fmt` group of a `plot` call.
    private struct LineGroup {
        let x: PlotArray?
        let y: PlotArray
        let format: String?
    }

    /// `plot(*args, **kw)`: groups of `[x,] y[, fmt]`; 2-D data gives one line per column.
    static func plot(_ ax: Axes, _ a: BoundArguments, _ rt: Runtime) throws -> Value {
        let groups = try lineGroups(a.varArgs)
        var options = LineOptions()
        let color = try PlotValues.alias(a, "color", "c")
        if !color.isNone { options.color = try PlotValues.color(color, rt) }
        let style = try PlotValues.alias(a, "linestyle", "ls")
        if !style.isNone { options.lineStyle = try PlotValues.text(style, rt) }
        options.lineWidth = try PlotValues.number(try PlotValues.alias(a, "linewidth", "lw"), "linewidth")
        let marker = a["marker"]
        if !marker.isNone { options.marker = try PlotValues.text(marker, rt) }
        options.markerSize = try PlotValues.number(try PlotValues.alias(a, "markersize", "ms"), "markersize")
        options.alpha = try PlotValues.number(a["alpha"], "alpha")
        // Check everything before drawing anything, so a bad call leaves the axes unchanged.
        var lines: [(x: [Double]?, y: [Double], format: String?, label: String?)] = []
        for group in groups {
            if let f = group.format { _ = try FormatString(f) }
            let columns = try pairColumns(group.x, group.y)
            let labels = try lineLabels(a["label"], count: columns.count, rt)
            for (k, column) in columns.enumerated() {
                lines.append((column.x, column.y, group.format, labels[k]))
            }
        }
        if let name = options.color { _ = try Color(parsing: name) }
        for line in lines {
            var o = options
            o.label = line.label
            try ax.plot(x: line.x, y: line.y, format: line.format, options: o)
        }
        return .none
    }

    /// Splits `plot`'s positional arguments into groups as matplotlib does: two values, then a
    /// format string if one follows; a group ending in a string has it as its format.
    private static func lineGroups(_ args: [Value]) throws(ScriptError) -> [LineGroup] {
        var groups: [LineGroup] = []
        var i = 0
        while i < args.count {
            var this = Array(args[i..<min(i + 2, args.count)])
            i += this.count
            if i < args.count, case .str = args[i] {
                this.append(args[i])
                i += 1
            }
            var format: String?
            if case .str(let s)? = this.last {
                format = s.value
                this.removeLast()
            }
            for v in this {
                if case .str(let s) = v {
                    throw ScriptError.valueError("'\(s.value)' is not a valid format string here: a format string follows the data it styles")
                }
            }
            switch this.count {
            case 1: groups.append(LineGroup(x: nil, y: try PlotArray(this[0]), format: format))
            case 2: groups.append(LineGroup(x: try PlotArray(this[0]), y: try PlotArray(this[1]), format: format))
            default: throw ScriptError.valueError("plot() got a format string without data before it")
            }
        }
        return groups
    }

    /// The lines of one group: one per column of `y` (and of `x` when it has as many).
    private static func pairColumns(_ x: PlotArray?, _ y: PlotArray) throws(ScriptError) -> [(x: [Double]?, y: [Double])] {
        if let x, x.ndim > 2 || y.ndim > 2 {
            throw ScriptError.valueError("x and y can be no greater than 2D, but have shapes \(x.shapeText) and \(y.shapeText)")
        }
        if y.ndim > 2 { throw ScriptError.valueError("y can be no greater than 2D, but has shape \(y.shapeText)") }
        guard let x else { return (0..<y.columnCount).map { (nil, y.column($0)) } }
        guard x.rowCount == y.rowCount else {
            throw ScriptError.valueError("x and y must have same first dimension, but have shapes \(x.shapeText) and \(y.shapeText)")
        }
        let (nx, ny) = (x.columnCount, y.columnCount)
        if nx > 1, ny > 1, nx != ny { throw ScriptError.valueError("x has \(nx) columns but y has \(ny) columns") }
        return (0..<max(nx, ny)).map { j in (x.column(nx == 1 ? 0 : j), y.column(ny == 1 ? 0 : j)) }
    }

    /// `label=`: one string for every line, or a list with one per line.
    private static func lineLabels(_ v: Value, count: Int, _ rt: Runtime) throws(ScriptError) -> [String?] {
        if case .none = v { return Array(repeating: nil, count: count) }
        if count > 1, let many = PlotValues.strings(v) {
            guard many.count == count else {
                throw ScriptError.valueError("label must be scalar or have the same length as the input data, but found \(many.count) for \(count) datasets.")
            }
            return many
        }
        return Array(repeating: try rt.str(v), count: count)
    }

    /// `scatter(x, y, s=, c=, …)`: x and y are flattened; `c` is a colour, a list of colours,
    /// RGB(A) rows or numbers mapped through `cmap`.
    static func scatter(_ ax: Axes, _ a: BoundArguments, _ rt: Runtime) throws -> Value {
        let x = try PlotArray(a["x"]), y = try PlotArray(a["y"])
        guard x.values.count == y.values.count else { throw ScriptError.valueError("x and y must be the same size") }
        var options = ScatterOptions()
        let c = a["c"], color = a["color"]
        if !c.isNone && !color.isNone {
            throw ScriptError.valueError("Supply a 'c' argument or a 'color' kwarg but not both; they differ but their functionalities overlap.")
        }
        options.colors = try scatterColors(c.isNone ? color : c, count: x.values.count, rt)
        options.colormap = try PlotValues.colormap(a["cmap"], rt)
        options.vmin = try PlotValues.number(a["vmin"], "vmin")
        options.vmax = try PlotValues.number(a["vmax"], "vmax")
        if !a["s"].isNone { options.sizes = try PlotArray(a["s"]).values }
        if !a["marker"].isNone { options.marker = try PlotValues.text(a["marker"], rt) }
        options.label = try PlotValues.text(a["label"], rt)
        options.alpha = try PlotValues.number(a["alpha"], "alpha")
        try ax.scatter(x: x.values, y: y.values, options: options)
        return .none
    }

    /// The `c=` (or `color=`) argument of `scatter`.
    private static func scatterColors(_ v: Value, count: Int, _ rt: Runtime) throws(ScriptError) -> ScatterColors? {
        switch v {
        case .none: return nil
        case .str(let s): return .single(s.value)
        default: break
        }
        if let rgba = try PlotValues.rgbaTuple(v), count != rgba.count { return .single(PlotValues.hex(rgba)) }
        if let names = try PlotValues.colorList(v, rt), !names.isEmpty, PlotValues.strings(v) != nil || names.count == count {
            return .perPoint(names)
        }
        let values = try PlotArray(v)
        if values.ndim == 2, values.shape[0] == count, values.shape[1] == 3 || values.shape[1] == 4 {
            let width = values.shape[1]
            var names: [String] = []
            for i in 0..<count {
                let row = Array(values.values[(i * width)..<(i * width + width)])
                guard row.allSatisfy({ $0 >= 0 && $0 <= 1 }) else {
                    throw ScriptError.valueError("RGBA values should be within 0-1 range")
                }
                names.append(PlotValues.hex(row))
            }
            return .perPoint(names)
        }
        return .values(values.values)
    }
}
