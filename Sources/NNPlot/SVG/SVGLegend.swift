/// A matplotlib-style legend in SVG: a white, slightly translucent rounded box with a grey
/// edge, a 20 pt sample of each labelled series and its label.
struct SVGLegend {
    let axes: Axes
    let painter: SVGSeriesPainter
    let box: SVGRect

    func render(location: LegendLocation, into b: inout SVGBuilder) {
        let entries = axes.series.compactMap { s in s.label.map { (DisplayWidth.sanitized($0), s) } }
        guard !entries.isEmpty else { return }
        let size = SVGRenderer.fontSize
        let lineHeight = size * 1.4
        let handle = 20.0
        let textWidth = entries.map { SVGBuilder.textWidth($0.0, size: size) }.max() ?? 0
        let width = 6 + handle + 6 + textWidth + 6
        let height = Double(entries.count) * lineHeight + 8
        let inset = 5.0

        func rect(_ loc: LegendLocation) -> SVGRect {
            let xs = [box.x + inset, box.x + (box.width - width) / 2, box.maxX - width - inset]
            let ys = [box.y + inset, box.y + (box.height - height) / 2, box.maxY - height - inset]
            return SVGRect(x: xs[loc.column], y: ys[loc.row], width: width, height: height)
        }
        var chosen = location
        if location == .best {
            let points = samplePoints()
            var fewest = Int.max
            for candidate in LegendLocation.bestCandidates {
                let r = rect(candidate)
                let covered = points.filter { r.contains($0.0, $0.1) }.count
                if covered < fewest {
                    fewest = covered
                    chosen = candidate
                }
            }
        }
        let r = rect(chosen)
        let n = SVGBuilder.number
        b.open("g", [("class", "legend")])
        b.element("rect", [
            ("x", n(r.x)), ("y", n(r.y)), ("width", n(r.width)), ("height", n(r.height)), ("rx", "2"),
            ("fill", "#ffffff"), ("fill-opacity", "0.8"), ("stroke", "#cccccc"), ("stroke-width", "0.8"),
        ])
        for (k, entry) in entries.enumerated() {
            let cy = r.y + 4 + (Double(k) + 0.5) * lineHeight
            let hx = r.x + 6
            switch entry.1 {
            case .line(let line):
                if let style = line.lineStyle {
                    var attributes: [(String, String)] = [
                        ("x1", n(hx)), ("y1", n(cy)), ("x2", n(hx + handle)), ("y2", n(cy)),
                        ("stroke", SVGBuilder.color(line.color)), ("stroke-width", n(line.lineWidth)),
                    ]
                    if style != .solid {
                        let dashes = style.svgDashes.map { n($0 * max(line.lineWidth, 0.1)) }
                        attributes.append(("stroke-dasharray", dashes.joined(separator: ",")))
                    }
                    b.element("line", attributes)
                }
                if let marker = line.marker {
                    SVGMarkers.draw(marker, x: hx + handle / 2, y: cy, size: line.markerSize, color: line.color, into: &b)
                }
            case .scatter(let scatter):
                SVGMarkers.draw(scatter.marker, x: hx + handle / 2, y: cy, size: 6, color: scatter.color(at: 0), into: &b)
            case .bars(let bars):
                var attributes: [(String, String)] = [
                    ("x", n(hx)), ("y", n(cy - 3.5)), ("width", n(handle)), ("height", "7"),
                ]
                if bars.outlineOnly {
                    attributes += [("fill", "none"), ("stroke", SVGBuilder.color(bars.color))]
                } else {
                    attributes.append(("fill", SVGBuilder.color(bars.color)))
                }
                b.element("rect", attributes)
            case .image:
                break
            }
            b.element("text", [("x", n(hx + handle + 6)), ("y", n(cy + size * 0.35))], text: entry.0)
        }
        b.close("g")
    }

    /// Up to a few thousand positions of drawn data, to judge where a legend hides least.
    private func samplePoints() -> [(Double, Double)] {
        var points: [(Double, Double)] = []
        for s in axes.series {
            switch s {
            case .line(let l):
                let step = max(1, l.x.count / 2000)
                for i in stride(from: 0, to: min(l.x.count, l.y.count), by: step) {
                    if let p = painter.point(l.x[i], l.y[i]) { points.append(p) }
                }
            case .scatter(let sc):
                let step = max(1, sc.x.count / 2000)
                for i in stride(from: 0, to: min(sc.x.count, sc.y.count), by: step) {
                    if let p = painter.point(sc.x[i], sc.y[i]) { points.append(p) }
                }
            case .bars(let bars):
                for bar in bars.bars {
                    if let p = painter.point((bar.left + bar.right) / 2, bar.top) { points.append(p) }
                    if let p = painter.point((bar.left + bar.right) / 2, (bar.top + bar.bottom) / 2) { points.append(p) }
                }
            case .image:
                continue
            }
        }
        return points
    }
}
