/// Writes one axes into an SVG document: face, grid, series (clipped to the box), box,
/// ticks, tick labels, axis labels, title and legend.
struct SVGAxesRenderer {
    let axes: Axes
    let cell: SVGRect
    let id: String

    static let tickLength = 3.5
    static let tickPad = 3.5
    static let minus = "\u{2212}"

    func render(into b: inout SVGBuilder) {
        let viewport = Viewport(axes)
        let visible = axes.axisVisible
        let size = SVGRenderer.fontSize
        let title = DisplayWidth.sanitized(axes.title)
        let xLabel = visible ? DisplayWidth.sanitized(axes.x.label) : ""
        let yLabel = visible ? DisplayWidth.sanitized(axes.y.label) : ""

        // Decorations around the box, measured as tight_layout does.
        let tickBand = SVGAxesRenderer.tickLength + SVGAxesRenderer.tickPad
        let top = 4 + (title.isEmpty ? 0 : SVGRenderer.titleSize * 1.2 + 6)
        let bottom = 4 + (visible ? tickBand + size * 1.2 : 0) + (xLabel.isEmpty ? 0 : size * 1.2 + 4)
        let boxHeight = max(10, cell.height - top - bottom)
        let yTicks = visible ? viewport.yTicks(axes, maxBins: bins(boxHeight, size * 2), minus: SVGAxesRenderer.minus) : []
        let yLabelWidth = yTicks.map { SVGBuilder.textWidth($0.label, size: size) }.max() ?? 0
        let left = 4 + (visible ? tickBand + yLabelWidth : 0) + (yLabel.isEmpty ? 0 : size * 1.2 + 4)
        let right = visible ? 12.0 : 4.0
        var box = SVGRect(x: cell.x + left, y: cell.y + top, width: max(10, cell.width - left - right), height: boxHeight)
        if axes.equalAspect, viewport.xSpan > 0, viewport.ySpan > 0 {
            let ratio = viewport.xSpan / viewport.ySpan
            if box.width / box.height > ratio {
                let w = box.height * ratio
                box.x += (box.width - w) / 2
                box.width = w
            } else {
                let h = box.width / ratio
                box.height = h
            }
        }
        let xTicks = visible ? viewport.xTicks(axes, maxBins: bins(box.width, size * 3), minus: SVGAxesRenderer.minus) : []
        let yTicksFinal = visible && axes.equalAspect
            ? viewport.yTicks(axes, maxBins: bins(box.height, size * 2), minus: SVGAxesRenderer.minus) : yTicks
        let n = SVGBuilder.number

        b.open("g", [("id", id)])
        b.open("defs")
        b.open("clipPath", [("id", id + "-clip")])
        b.element("rect", [("x", n(box.x)), ("y", n(box.y)), ("width", n(box.width)), ("height", n(box.height))])
        b.close("clipPath")
        b.close("defs")
        b.element("rect", [
            ("x", n(box.x)), ("y", n(box.y)), ("width", n(box.width)), ("height", n(box.height)), ("fill", "#ffffff"),
        ])
        let painter = SVGSeriesPainter(axes: axes, viewport: viewport, box: box)
        b.open("g", [("clip-path", "url(#\(id)-clip)")])
        if axes.showGrid {
            for t in xTicks {
                let x = box.x + t.fraction * box.width
                b.element("line", gridLine(x, box.y, x, box.maxY))
            }
            for t in yTicksFinal {
                let y = box.y + t.fraction * box.height
                b.element("line", gridLine(box.x, y, box.maxX, y))
            }
        }
        painter.paintSeries(into: &b)
        b.close("g")
        painter.paintTexts(into: &b)
        if visible {
            b.element("rect", [
                ("x", n(box.x)), ("y", n(box.y)), ("width", n(box.width)), ("height", n(box.height)),
                ("fill", "none"), ("stroke", "#000000"), ("stroke-width", "0.8"),
            ])
            for t in xTicks {
                let x = box.x + t.fraction * box.width
                b.element("line", tickLine(x, box.maxY, x, box.maxY + SVGAxesRenderer.tickLength))
                b.element("text", [
                    ("x", n(x)), ("y", n(box.maxY + tickBand + size * 0.8)), ("text-anchor", "middle"),
                ], text: t.label)
            }
            for t in yTicksFinal {
                let y = box.y + t.fraction * box.height
                b.element("line", tickLine(box.x - SVGAxesRenderer.tickLength, y, box.x, y))
                b.element("text", [
                    ("x", n(box.x - tickBand)), ("y", n(y + size * 0.35)), ("text-anchor", "end"),
                ], text: t.label)
            }
            if !xLabel.isEmpty {
                b.element("text", [
                    ("x", n(box.x + box.width / 2)), ("y", n(box.maxY + tickBand + size * 1.2 + 4 + size * 0.8)),
                    ("text-anchor", "middle"),
                ], text: xLabel)
            }
            if !yLabel.isEmpty {
                let x = box.x - tickBand - yLabelWidth - 4 - size * 0.3
                let y = box.y + box.height / 2
                b.element("text", [
                    ("x", n(x)), ("y", n(y)), ("text-anchor", "middle"),
                    ("transform", "rotate(-90 \(n(x)) \(n(y)))"),
                ], text: yLabel)
            }
        }
        if !title.isEmpty {
            b.element("text", [
                ("x", n(box.x + box.width / 2)), ("y", n(box.y - 6)), ("text-anchor", "middle"),
                ("font-size", n(SVGRenderer.titleSize)),
            ], text: title)
        }
        if let legend = axes.legend {
            SVGLegend(axes: axes, painter: painter, box: box).render(location: legend.location, into: &b)
        }
        b.close("g")
    }

    /// matplotlib's automatic tick budget: the axis length over the room one label needs,
    /// between 1 and 9.
    private func bins(_ length: Double, _ room: Double) -> Int {
        min(9, max(1, Int(length / room)))
    }

    private func gridLine(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> [(String, String)] {
        let n = SVGBuilder.number
        return [("x1", n(x0)), ("y1", n(y0)), ("x2", n(x1)), ("y2", n(y1)), ("stroke", "#b0b0b0"), ("stroke-width", "0.8")]
    }

    private func tickLine(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> [(String, String)] {
        let n = SVGBuilder.number
        return [("x1", n(x0)), ("y1", n(y0)), ("x2", n(x1)), ("y2", n(y1)), ("stroke", "#000000"), ("stroke-width", "0.8")]
    }
}
