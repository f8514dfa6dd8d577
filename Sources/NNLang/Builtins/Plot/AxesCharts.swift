import NNPlot
import NNTensor

/// `hist`, `bar`, `imshow` and `text`.
extension AxesCalls {
    static var charts: [AxesCall] {
        [
            AxesCall("hist", "hist",
                     "x, bins=None, range=None, density=False, histtype='bar', color=None, label=None, *, "
                        + "alpha=None, edgecolor=None, ec=None, rwidth=None, zorder=None",
                     doc: "A histogram; returns (counts, bin edges, bars) as matplotlib does.", hist),
            AxesCall("bar", "bar",
                     "x, height, width=0.8, bottom=None, *, align='center', color=None, label=None, alpha=None, "
                        + "edgecolor=None, tick_label=None, zorder=None",
                     doc: "Bars at x (numbers, or names placed at 0, 1, 2, …) with the given heights.", bar),
            AxesCall("imshow", "imshow",
                     "X, cmap=None, *, aspect=None, interpolation=None, alpha=None, vmin=None, vmax=None, origin=None, extent=None",
                     doc: "An image: a 2-D array through a colour map, or RGB(A) rows x columns x 3 (or 4); extent=(left, right, bottom, top) places it.", imshow),
            AxesCall("text", "text",
                     "x, y, s, *, color=None, ha=None, va=None, horizontalalignment=None, verticalalignment=None, "
                        + "fontsize=None, size=None",
                     doc: "Text at data coordinates (x, y).", text),
        ]
    }

    /// `hist(x, bins=10, range=None, density=False, …)` → `(n, bins, patches)`.
    static func hist(_ ax: Axes, _ a: BoundArguments, _ rt: Runtime) throws -> Value {
        let data = try PlotArray(a["x"])
        guard data.ndim <= 1 || (data.ndim == 2 && data.shape[1] == 1) else {
            throw ScriptError.valueError("hist() of \(data.shapeText) data would draw one histogram per column; nn draws one dataset per call: call hist once per column")
        }
        var options = HistogramOptions()
        switch a["bins"] {
        case .none: break
        case .str(let s):
            throw ScriptError.valueError("bins='\(s.value)' is not supported; give a number of bins or the bin edges")
        case let v:
            if let n = v.asIndex {
                options.bins = .count(n)
            } else {
                let edges = try PlotArray(v)
                guard edges.ndim == 1 else { throw ScriptError.valueError("`bins` must be 1d, when an array") }
                options.bins = .edges(edges.values)
            }
        }
        if !a["range"].isNone {
            let r = try PlotArray(a["range"])
            guard r.values.count == 2 else { throw ScriptError.valueError("range must be a pair (min, max), not \(try rt.repr(a["range"]))") }
            options.range = (r.values[0], r.values[1])
        }
        options.density = try rt.truthy(a["density"])
        options.histType = try PlotValues.text(a["histtype"], rt)
        if !a["color"].isNone { options.color = try PlotValues.color(a["color"], rt) }
        options.label = try PlotValues.text(a["label"], rt)
        options.alpha = try PlotValues.number(a["alpha"], "alpha")
        let histogram = try ax.hist(data.values, options: options)
        return .tuple([
            .ndarray(Tensor(histogram.counts)), .ndarray(Tensor(histogram.edges)),
            .native(BarContainerObject(count: histogram.counts.count)),
        ])
    }

    /// `bar(x, height, width=0.8, bottom=None, …)`.
    static func bar(_ ax: Axes, _ a: BoundArguments, _ rt: Runtime) throws -> Value {
        var numbers: [Double]?
        var names: [String] = []
        if case .str(let s) = a["x"] {
            names = [s.value]
        } else if let given = PlotValues.strings(a["x"]), !given.isEmpty {
            names = given
        } else {
            numbers = try PlotArray(a["x"]).values
        }
        let heights = try PlotArray(a["height"]).values
        // matplotlib broadcasts a single x against many heights.
        if let one = numbers, one.count == 1, heights.count > 1 { numbers = Array(repeating: one[0], count: heights.count) }
        if numbers == nil, names.count == 1, heights.count > 1 { names = Array(repeating: names[0], count: heights.count) }
        let count = numbers?.count ?? names.count
        let positions: BarPositions = numbers.map { .numbers($0) } ?? .categories(names)
        var options = BarOptions()
        options.widths = try PlotArray(a["width"]).values
        if !a["bottom"].isNone { options.bottoms = try PlotArray(a["bottom"]).values }
        options.align = try PlotValues.text(a["align"], rt)
        let color = a["color"]
        if case .str(let s) = color {
            options.colors = [s.value]
        } else if let many = try PlotValues.colorList(color, rt) {
            options.colors = many
        } else if !color.isNone {
            options.colors = [try PlotValues.color(color, rt)]
        }
        options.label = try PlotValues.text(a["label"], rt)
        options.alpha = try PlotValues.number(a["alpha"], "alpha")
        var tickLabels: [String]?
        switch a["tick_label"] {
        case .none: break
        case .str(let s): tickLabels = Array(repeating: s.value, count: count)
        case let v:
            guard let labels = PlotValues.strings(v), labels.count == count else {
                throw ScriptError.valueError("tick_label must be a string or a list of \(count) strings")
            }
            tickLabels = labels
        }
        try ax.bar(positions, heights: heights, options: options)
        if let tickLabels, let xs = numbers {
            try ax.x.setTicks(xs, labels: tickLabels)
        }
        return .none
    }

    /// `imshow(X, cmap=None, …)`: 2-D values, or rows x columns x 3/4 colours (floats in
    /// 0…1 or integers in 0…255, as matplotlib reads them).
    static func imshow(_ ax: Axes, _ a: BoundArguments, _ rt: Runtime) throws -> Value {
        let image = try PlotArray(a["X"])
        let input: ImageInput
        switch image.shape.count {
        case 2:
            input = .scalar(rows: image.shape[0], columns: image.shape[1], values: image.values)
        case 3 where image.shape[2] == 3 || image.shape[2] == 4:
            let values = image.isIntegral ? image.values.map { min(max($0, 0), 255) / 255 } : image.values.map { min(max($0, 0), 1) }
            input = .color(rows: image.shape[0], columns: image.shape[1], channels: image.shape[2], values: values)
        default:
            throw ScriptError.typeError("Invalid shape \(image.shapeText) for image data")
        }
        guard image.shape[0] > 0, image.shape[1] > 0 else {
            throw ScriptError.typeError("Invalid shape \(image.shapeText) for image data")
        }
        var options = ImageOptions()
        options.colormap = try PlotValues.colormap(a["cmap"], rt)
        options.vmin = try PlotValues.number(a["vmin"], "vmin")
        options.vmax = try PlotValues.number(a["vmax"], "vmax")
        options.aspect = try PlotValues.text(a["aspect"], rt)
        options.origin = try PlotValues.text(a["origin"], rt)
        options.alpha = try PlotValues.number(a["alpha"], "alpha")
        if !a["extent"].isNone {
            let e = try PlotArray(a["extent"])
            guard e.values.count == 4 else {
                throw ScriptError.valueError("extent must be (left, right, bottom, top), not \(try rt.repr(a["extent"]))")
            }
            options.extent = (e.values[0], e.values[1], e.values[2], e.values[3])
        }
        try ax.imshow(input, options: options)
        return .none
    }

    /// `text(x, y, s, …)`.
    static func text(_ ax: Axes, _ a: BoundArguments, _ rt: Runtime) throws -> Value {
        guard let x = try PlotValues.number(a["x"], "x"), let y = try PlotValues.number(a["y"], "y") else {
            throw ScriptError.typeError("text() needs numbers x and y")
        }
        var options = TextOptions()
        if !a["color"].isNone { options.color = try PlotValues.color(a["color"], rt) }
        options.horizontalAlignment = try PlotValues.text(try PlotValues.alias(a, "horizontalalignment", "ha"), rt)
        options.verticalAlignment = try PlotValues.text(try PlotValues.alias(a, "verticalalignment", "va"), rt)
        let size = try PlotValues.alias(a, "fontsize", "size")
        // Named sizes ('large') keep the default size.
        if case .str = size {} else { options.fontSize = try PlotValues.number(size, "fontsize") }
        try ax.text(x: x, y: y, try rt.str(a["s"]), options: options)
        return .none
    }
}
