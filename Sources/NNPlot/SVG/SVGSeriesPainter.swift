/// Paints an axes' series and texts as SVG elements inside its box.
struct SVGSeriesPainter {
    let axes: Axes
    let viewport: Viewport
    let box: SVGRect

    /// The SVG position of a data point, or `nil` when it has none (NaN, non-positive on log).
    func point(_ x: Double, _ y: Double) -> (Double, Double)? {
        guard let fx = viewport.fx(x), let fy = viewport.fy(y) else { return nil }
        return (box.x + fx * box.width, box.y + fy * box.height)
    }

    func paintSeries(into b: inout SVGBuilder) {
        for s in axes.series {
            switch s {
            case .image(let image): paintImage(image, into: &b)
            case .bars(let bars): paintBars(bars, into: &b)
            case .line(let line): paintLine(line, into: &b)
            case .scatter(let scatter): paintScatter(scatter, into: &b)
            }
        }
    }

    // MARK: - Lines

    /// Path data for a polyline: segments clipped to the box widened by a margin, so huge or
    /// far-away coordinates never reach the document; non-finite points break the path.
    func pathData(_ points: [(Double, Double)?]) -> String {
        let margin = 20.0
        let width = box.width + 2 * margin
        let height = box.height + 2 * margin
        var d = ""
        var previous: (Double, Double)?
        var penAt: (Double, Double)?
        let n = SVGBuilder.number
        for p in points {
            guard let p, p.0.isFinite, p.1.isFinite else {
                previous = nil
                continue
            }
            defer { previous = p }
            guard let q = previous else { continue }
            let a = (q.0 - box.x + margin, q.1 - box.y + margin)
            let c = (p.0 - box.x + margin, p.1 - box.y + margin)
            guard let (s, e) = BrailleLayer.clip(a, c, width: width, height: height) else {
                penAt = nil
                continue
            }
            let start = (s.0 + box.x - margin, s.1 + box.y - margin)
            let end = (e.0 + box.x - margin, e.1 + box.y - margin)
            let continues = penAt.map { abs($0.0 - start.0) <= 1e-9 && abs($0.1 - start.1) <= 1e-9 } ?? false
            if !continues { d += "M\(n(start.0)) \(n(start.1))" }
            d += "L\(n(end.0)) \(n(end.1))"
            penAt = end
        }
        return d
    }

    private func paintLine(_ line: LineSeries, into b: inout SVGBuilder) {
        guard line.color.alpha > 0 else { return }
        let count = min(line.x.count, line.y.count)
        var points = (0..<count).map { point(line.x[$0], line.y[$0]) }
        if let style = line.lineStyle {
            if points.count > 8 * Int(box.width) { points = Decimation.reduce(points) }
            let d = pathData(points)
            if !d.isEmpty {
                var attributes: [(String, String)] = [
                    ("d", d), ("fill", "none"), ("stroke", SVGBuilder.color(line.color)),
                    ("stroke-width", SVGBuilder.number(line.lineWidth)), ("stroke-linejoin", "round"),
                    ("stroke-linecap", style == .solid ? "square" : "butt"),
                ]
                if style != .solid {
                    let dashes = style.svgDashes.map { SVGBuilder.number($0 * max(line.lineWidth, 0.1)) }
                    attributes.append(("stroke-dasharray", dashes.joined(separator: ",")))
                }
                if line.color.alpha < 1 { attributes.append(("stroke-opacity", SVGBuilder.number(line.color.alpha))) }
                b.element("path", attributes)
            }
        }
        guard let marker = line.marker else { return }
        for i in 0..<count {
            guard let (x, y) = point(line.x[i], line.y[i]), box.contains(x, y) else { continue }
            SVGMarkers.draw(marker, x: x, y: y, size: line.markerSize, color: line.color, into: &b)
        }
    }

    private func paintScatter(_ scatter: ScatterSeries, into b: inout SVGBuilder) {
        for i in 0..<min(scatter.x.count, scatter.y.count) {
            guard let (x, y) = point(scatter.x[i], scatter.y[i]), box.contains(x, y) else { continue }
            let color = scatter.color(at: i)
            guard color.alpha > 0 else { continue }
            let area = scatter.sizes.count == 1 ? scatter.sizes[0] : (i < scatter.sizes.count ? scatter.sizes[i] : 20)
            SVGMarkers.draw(scatter.marker, x: x, y: y, size: area.squareRoot(), color: color, into: &b)
        }
    }

    // MARK: - Bars

    private func paintBars(_ series: BarSeries, into b: inout SVGBuilder) {
        guard series.color.alpha > 0 else { return }
        let n = SVGBuilder.number
        if series.outlineOnly {
            var outline: [(Double, Double)?] = []
            for bar in series.bars {
                outline += [point(bar.left, bar.bottom), point(bar.left, bar.top), point(bar.right, bar.top),
                            point(bar.right, bar.bottom)]
            }
            b.element("path", [
                ("d", pathData(outline)), ("fill", "none"), ("stroke", SVGBuilder.color(series.color)),
                ("stroke-width", "1.5"),
            ])
            return
        }
        var attributes = [("fill", SVGBuilder.color(series.color))]
        if series.color.alpha < 1 { attributes.append(("fill-opacity", n(series.color.alpha))) }
        b.open("g", attributes)
        for bar in series.bars {
            guard let (x0, y0) = point(bar.left, bar.top), let (x1, _) = point(bar.right, bar.top) else { continue }
            let yBase = point(bar.left, bar.bottom)?.1 ?? box.maxY
            let rx = max(box.x - 20, min(x0, x1))
            let rw = min(box.maxX + 20, max(x0, x1)) - rx
            let ry = max(box.y - 20, min(y0, yBase))
            let rh = min(box.maxY + 20, max(y0, yBase)) - ry
            guard rw > 0, rh > 0 else { continue }
            b.element("rect", [("x", n(rx)), ("y", n(ry)), ("width", n(rw)), ("height", n(rh))])
        }
        b.close("g")
    }

    // MARK: - Images and text

    /// The image in display orientation (at most 1024 pixels a side, sampled nearest): small
    /// images as one rectangle per run of equal pixels, larger ones as an embedded PNG
    /// asked to render with crisp pixel edges.
    private func paintImage(_ image: ImageSeries, into b: inout SVGBuilder) {
        guard let (xa, ya) = point(image.left, image.top), let (xb, yb) = point(image.right, image.bottom) else { return }
        let flipX = xa > xb
        let flipY = ya > yb
        let outColumns = min(image.columns, 1024)
        let outRows = min(image.rows, 1024)
        var pixels: [Color] = []
        pixels.reserveCapacity(outColumns * outRows)
        for r in 0..<outRows {
            var row = r * image.rows / outRows
            if flipY { row = image.rows - 1 - row }
            for c in 0..<outColumns {
                var column = c * image.columns / outColumns
                if flipX { column = image.columns - 1 - column }
                pixels.append(image.opaqueColor(row: row, column: column))
            }
        }
        let n = SVGBuilder.number
        let x0 = min(xa, xb)
        let y0 = min(ya, yb)
        let pw = abs(xb - xa) / Double(outColumns)
        let ph = abs(yb - ya) / Double(outRows)
        // A translucent image gets its opacity once, on a group: its pixels overlap slightly
        // (to hide seams), which per-pixel opacity would show as darker lines.
        if image.alpha < 1 { b.open("g", [("opacity", n(image.alpha))]) }
        defer { if image.alpha < 1 { b.close("g") } }
        if outColumns * outRows <= 4096 {
            // Small images (heatmaps, digits) as rectangles: crisp in every renderer.
            b.open("g", [("shape-rendering", "crispEdges")])
            for r in 0..<outRows {
                var c = 0
                while c < outColumns {
                    let color = pixels[r * outColumns + c]
                    var end = c + 1
                    while end < outColumns, pixels[r * outColumns + end] == color { end += 1 }
                    if color.alpha > 0 {
                        var attributes = [
                            ("x", n(x0 + Double(c) * pw)), ("y", n(y0 + Double(r) * ph)),
                            ("width", n(Double(end - c) * pw + 0.01)), ("height", n(ph + 0.01)),
                            ("fill", SVGBuilder.color(color)),
                        ]
                        if color.alpha < 1 { attributes.append(("fill-opacity", n(color.alpha))) }
                        b.element("rect", attributes)
                    }
                    c = end
                }
            }
            b.close("g")
        } else {
            let uri = PNGEncoder.dataURI(width: outColumns, height: outRows, pixels: pixels)
            b.element("image", [
                ("x", n(x0)), ("y", n(y0)), ("width", n(abs(xb - xa))), ("height", n(abs(yb - ya))),
                ("preserveAspectRatio", "none"), ("image-rendering", "pixelated"), ("style", "image-rendering:pixelated"),
                ("href", uri), ("xlink:href", uri),
            ])
        }
        guard let labels = image.cellLabels else { return }
        let dx = (image.right - image.left) / Double(image.columns)
        let dy = (image.bottom - image.top) / Double(image.rows)
        let cellHeight = abs(yb - ya) / Double(image.rows)
        let size = min(SVGRenderer.fontSize, cellHeight * 0.6)
        for row in 0..<image.rows {
            for column in 0..<image.columns where row * image.columns + column < labels.count {
                let cx = image.left + (Double(column) + 0.5) * dx
                let cy = image.top + (Double(row) + 0.5) * dy
                guard let (x, y) = point(cx, cy) else { continue }
                let ink: Color = image.color(row: row, column: column).luminance > 0.5 ? .black : .white
                b.element("text", [
                    ("x", n(x)), ("y", n(y + size * 0.35)), ("text-anchor", "middle"), ("font-size", n(size)),
                    ("fill", SVGBuilder.color(ink)),
                ], text: DisplayWidth.sanitized(labels[row * image.columns + column]))
            }
        }
    }

    func paintTexts(into b: inout SVGBuilder) {
        let n = SVGBuilder.number
        for t in axes.texts {
            guard let (x, y) = point(t.x, t.y), x.isFinite, y.isFinite, abs(x) < 1e6, abs(y) < 1e6 else { continue }
            let anchor: String
            switch t.horizontalAlignment {
            case .left: anchor = "start"
            case .center: anchor = "middle"
            case .right: anchor = "end"
            }
            let shift: Double
            switch t.verticalAlignment {
            case .baseline: shift = 0
            case .center: shift = 0.35
            case .top: shift = 0.8
            case .bottom: shift = -0.2
            }
            var attributes = [
                ("x", n(x)), ("y", n(y + shift * t.fontSize)), ("text-anchor", anchor), ("font-size", n(t.fontSize)),
            ]
            if let color = t.color { attributes.append(("fill", SVGBuilder.color(color))) }
            b.element("text", attributes, text: DisplayWidth.sanitized(t.text))
        }
    }
}
