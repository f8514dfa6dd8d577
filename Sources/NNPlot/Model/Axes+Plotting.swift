/// The drawing calls: `plot`, `scatter`, `hist`, `bar`, `imshow`, `text`.
///
/// Each validates its arguments and throws a `PlotError` before changing anything, so a
/// failed call leaves the axes as it was.
extension Axes {
    /// `plot([x,] y, fmt, **kw)`: a line through the points; `x` defaults to `0..<y.count`.
    /// Keyword options win over the format string; without a colour the next colour of the
    /// cycle is used.
    public func plot(x: [Double]? = nil, y: [Double], format: String? = nil, options: LineOptions = LineOptions()) throws {
        let xs = x ?? (0..<y.count).map(Double.init)
        guard xs.count == y.count else { throw PlotError.lengthMismatch(xCount: xs.count, yCount: y.count) }
        let spec = try format.map(FormatString.init)
        var lineStyle = spec?.lineStyle ?? .solid
        var marker = spec?.marker
        if let keyword = options.lineStyle { lineStyle = try LineStyle.parse(keyword) ?? .solid }
        var drawsLine = spec?.lineStyle != nil || spec == nil
        if let keyword = options.lineStyle { drawsLine = try LineStyle.parse(keyword) != nil }
        if let keyword = options.marker { marker = try Marker.parse(keyword) }
        let width = try Axes.size("linewidth", options.lineWidth, default: 1.5)
        let markerSize = try Axes.size("markersize", options.markerSize, default: 6)
        var color: Color
        if let name = options.color {
            color = try Color(parsing: name)
        } else if let fromFormat = spec?.color {
            color = fromFormat
        } else {
            color = Color.cycle(lineCycle)
            lineCycle += 1
        }
        if let alpha = options.alpha { color = color.withAlpha(alpha) }
        series.append(.line(LineSeries(
            x: xs, y: y, color: color, lineStyle: drawsLine ? lineStyle : nil, lineWidth: width,
            marker: marker, markerSize: markerSize, label: options.label)))
    }

    /// `scatter(x, y, c=, s=, cmap=, marker=, label=)`.
    public func scatter(x: [Double], y: [Double], options: ScatterOptions = ScatterOptions()) throws {
        guard x.count == y.count else { throw PlotError.lengthMismatch(xCount: x.count, yCount: y.count) }
        let marker = try options.marker.flatMap(Marker.parse) ?? .circle
        let sizes = options.sizes ?? [20]
        guard sizes.count == 1 || sizes.count == x.count else {
            throw PlotError.argumentLength(name: "s", expected: x.count, actual: sizes.count)
        }
        for s in sizes where !(s.isFinite && s >= 0) { throw PlotError.invalidSize(name: "s", value: s) }
        let coloring: PointColoring
        switch options.colors {
        case nil:
            coloring = .uniform(Color.cycle(patchCycle))
            patchCycle += 1
        case .single(let name):
            coloring = .uniform(try Color(parsing: name))
        case .perPoint(let names):
            guard names.count == x.count else {
                throw PlotError.argumentLength(name: "c", expected: x.count, actual: names.count)
            }
            coloring = .perPoint(try names.map { try Color(parsing: $0) })
        case .values(let values):
            guard values.count == x.count else {
                throw PlotError.argumentLength(name: "c", expected: x.count, actual: values.count)
            }
            let map = try options.colormap.map { try Colormap(named: $0) } ?? .viridis
            let finite = values.filter(\.isFinite)
            let vmin = options.vmin ?? finite.min() ?? 0
            let vmax = options.vmax ?? finite.max() ?? 1
            coloring = .mapped(values: values, colormap: map, vmin: vmin, vmax: vmax)
        }
        var result = ScatterSeries(x: x, y: y, coloring: coloring, marker: marker, sizes: sizes, label: options.label)
        if let alpha = options.alpha {
            switch result.coloring {
            case .uniform(let c): result.coloring = .uniform(c.withAlpha(alpha))
            case .perPoint(let cs): result.coloring = .perPoint(cs.map { $0.withAlpha(alpha) })
            case .mapped: break
            }
        }
        series.append(.scatter(result))
    }

    /// `hist(values, bins=, range=, density=)`: bins like `np.histogram` and draws the bars;
    /// returns the counts and edges (what `plt.hist` returns as `n, bins`).
    @discardableResult
    public func hist(_ values: [Double], options: HistogramOptions = HistogramOptions()) throws -> Histogram {
        let histogram = try Histogram(values, bins: options.bins, range: options.range, density: options.density)
        let outline: Bool
        switch options.histType ?? "bar" {
        case "bar", "stepfilled", "barstacked": outline = false
        case "step": outline = true
        case let other: throw PlotError.invalidImageOption(name: "histtype", value: other)
        }
        var color = try options.color.map { try Color(parsing: $0) } ?? nextPatchColor()
        if let alpha = options.alpha { color = color.withAlpha(alpha) }
        let bars = histogram.counts.indices.map { i in
            Bar(left: histogram.edges[i], right: histogram.edges[i + 1], bottom: 0, top: histogram.counts[i])
        }
        series.append(.bars(BarSeries(bars: bars, color: color, label: options.label, outlineOnly: outline)))
        return histogram
    }

    /// `bar(x, height, width=0.8, bottom=0, color=, label=, align='center')`; string `x`
    /// values become categories at 0, 1, 2, … labelled on the axis.
    public func bar(_ positions: BarPositions, heights: [Double], options: BarOptions = BarOptions()) throws {
        let n = positions.count
        guard heights.count == n || heights.count == 1 else {
            throw PlotError.lengthMismatch(xCount: n, yCount: heights.count)
        }
        let xs: [Double]
        switch positions {
        case .numbers(let v): xs = v
        case .categories(let names): xs = x.positions(ofCategories: names)
        }
        func perBar(_ values: [Double], _ name: String) throws -> [Double] {
            if values.count == 1 { return Array(repeating: values[0], count: n) }
            guard values.count == n else { throw PlotError.argumentLength(name: name, expected: n, actual: values.count) }
            return values
        }
        let widths = try perBar(options.widths, "width")
        for w in widths where !w.isFinite { throw PlotError.invalidSize(name: "width", value: w) }
        let bottoms = try perBar(options.bottoms, "bottom")
        let heightsAll = heights.count == 1 ? Array(repeating: heights[0], count: n) : heights
        let centred: Bool
        switch options.align ?? "center" {
        case "center": centred = true
        case "edge": centred = false
        case let other: throw PlotError.invalidAlignment(other)
        }
        var colors: [Color] = []
        if let names = options.colors, names.count != 1 {
            guard names.count == n else { throw PlotError.argumentLength(name: "color", expected: n, actual: names.count) }
            colors = try names.map { try Color(parsing: $0) }
        }
        let single = try options.colors?.first.map { try Color(parsing: $0) } ?? nextPatchColor()
        var bars: [Bar] = []
        for i in 0..<n {
            let left = centred ? xs[i] - widths[i] / 2 : xs[i]
            bars.append(Bar(left: left, right: left + widths[i], bottom: bottoms[i], top: bottoms[i] + heightsAll[i]))
        }
        if colors.isEmpty {
            let color = options.alpha.map { single.withAlpha($0) } ?? single
            series.append(.bars(BarSeries(bars: bars, color: color, label: options.label, outlineOnly: false)))
        } else {
            // One series per bar keeps each its colour; only the first carries the label.
            for i in 0..<n {
                let color = options.alpha.map { colors[i].withAlpha($0) } ?? colors[i]
                series.append(.bars(BarSeries(
                    bars: [bars[i]], color: color, label: i == 0 ? options.label : nil, outlineOnly: false)))
            }
        }
    }

    /// `imshow(image, cmap=, vmin=, vmax=, aspect=, origin=, extent=, alpha=)`: pixel (i, j) is
    /// centred at x = j, y = i unless `extent` places the image; turns on square data units
    /// unless `aspect='auto'`.
    public func imshow(_ image: ImageInput, options: ImageOptions = ImageOptions()) throws {
        let rows: Int
        let columns: Int
        let pixels: ImagePixels
        switch image {
        case .scalar(let r, let c, let values):
            let (count, overflow) = r.multipliedReportingOverflow(by: c)
            guard r > 0, c > 0, !overflow, values.count == count else {
                let expected = overflow ? "more than Int.max" : String(count)
                throw PlotError.invalidImageShape("expected \(r)x\(c) = \(expected) values, got \(values.count)")
            }
            (rows, columns, pixels) = (r, c, .scalar(values))
        case .color(let r, let c, let channels, let values):
            let (area, overflow) = r.multipliedReportingOverflow(by: c)
            guard r > 0, c > 0, channels == 3 || channels == 4, !overflow, area <= values.count,
                values.count == area * channels
            else {
                throw PlotError.invalidImageShape("(\(r), \(c), \(channels)) with \(values.count) values")
            }
            let colors = (0..<(r * c)).map { i in
                let v = values[(i * channels)..<(i * channels + channels)].map { $0.isFinite ? $0 : 0 }
                return Color(red: v[v.startIndex], green: v[v.startIndex + 1], blue: v[v.startIndex + 2],
                             alpha: channels == 4 ? v[v.startIndex + 3] : 1)
            }
            (rows, columns, pixels) = (r, c, .rgb(colors))
        }
        if let labels = options.cellLabels, labels.count != rows * columns {
            throw PlotError.argumentLength(name: "cell_labels", expected: rows * columns, actual: labels.count)
        }
        let map = try options.colormap.map { try Colormap(named: $0) } ?? .viridis
        var vmin = options.vmin
        var vmax = options.vmax
        if case .scalar(let values) = pixels {
            let finite = values.filter(\.isFinite)
            vmin = vmin ?? finite.min() ?? 0
            vmax = vmax ?? finite.max() ?? 1
        }
        let upper: Bool
        switch options.origin ?? "upper" {
        case "upper": upper = true
        case "lower": upper = false
        case let other: throw PlotError.invalidImageOption(name: "origin", value: other)
        }
        switch options.aspect ?? "equal" {
        case "equal": equalAspect = true
        case "auto": break
        case let other: throw PlotError.invalidImageOption(name: "aspect", value: other)
        }
        let h = Double(rows)
        var edges = (left: -0.5, right: Double(columns) - 0.5, top: upper ? -0.5 : h - 0.5, bottom: upper ? h - 0.5 : -0.5)
        if let e = options.extent {
            guard [e.left, e.right, e.bottom, e.top].allSatisfy(\.isFinite), e.left != e.right, e.bottom != e.top else {
                let text = [e.left, e.right, e.bottom, e.top].map(PlotError.show).joined(separator: ", ")
                throw PlotError.invalidImageOption(name: "extent", value: "(\(text))")
            }
            // `top` and `bottom` of the series are the edges of row 0 and of the last row.
            edges = (e.left, e.right, upper ? e.top : e.bottom, upper ? e.bottom : e.top)
        }
        if let alpha = options.alpha, !(alpha >= 0 && alpha <= 1) {
            throw PlotError.invalidImageOption(name: "alpha", value: PlotError.show(alpha))
        }
        var image = ImageSeries(
            rows: rows, columns: columns, pixels: pixels, colormap: map, vmin: vmin ?? 0, vmax: vmax ?? 1,
            left: edges.left, right: edges.right, top: edges.top, bottom: edges.bottom,
            cellLabels: options.cellLabels)
        image.alpha = options.alpha ?? 1
        // Without an extent, row 0 at the top means a y axis growing downwards (matplotlib).
        if options.extent == nil { y.inverted = upper }
        series.append(.image(image))
    }

    /// `text(x, y, s, color=, ha=, va=, fontsize=)` at data coordinates.
    public func text(x: Double, y: Double, _ string: String, options: TextOptions = TextOptions()) throws {
        let color = try options.color.map { try Color(parsing: $0) }
        let ha = try options.horizontalAlignment.map(HorizontalAlignment.parse) ?? .left
        let va = try options.verticalAlignment.map(VerticalAlignment.parse) ?? .baseline
        let size = try Axes.size("fontsize", options.fontSize, default: 10)
        texts.append(TextAnnotation(
            x: x, y: y, text: string, color: color, horizontalAlignment: ha, verticalAlignment: va, fontSize: size))
    }

    private func nextPatchColor() -> Color {
        defer { patchCycle += 1 }
        return Color.cycle(patchCycle)
    }

    private static func size(_ name: String, _ value: Double?, default fallback: Double) throws -> Double {
        guard let value else { return fallback }
        guard value.isFinite, value >= 0 else { throw PlotError.invalidSize(name: name, value: value) }
        return value
    }
}
