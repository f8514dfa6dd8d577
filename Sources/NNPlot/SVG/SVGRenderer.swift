/// Options of the SVG writer.
public struct SVGOptions: Sendable {
    /// Start with `<?xml …?>` (for a standalone `.svg` file); leave it out to inline the
    /// document in HTML.
    public var xmlDeclaration: Bool
    /// Prefix of the element ids (clip paths) so several figures can share one HTML page;
    /// characters other than letters, digits, `-` and `_` are dropped.
    public var idPrefix: String

    public init(xmlDeclaration: Bool = true, idPrefix: String = "nnplot") {
        self.xmlDeclaration = xmlDeclaration
        self.idPrefix = idPrefix
    }
}

/// A rectangle in SVG points (y grows downwards).
struct SVGRect {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var maxX: Double { x + width }
    var maxY: Double { y + height }

    func contains(_ px: Double, _ py: Double) -> Bool {
        px >= x && px <= maxX && py >= y && py <= maxY
    }
}

/// Writes a figure as a standalone SVG document in matplotlib's look: white background,
/// black axes box, outward ticks, 10 pt tick labels, 12 pt titles, translucent legend box.
///
/// The figure is `figsize` inches at 72 points per inch. Every axes is laid out as
/// `tight_layout()` would: its decorations (tick labels, axis labels, title) are measured and
/// the box fills the rest of its grid cell.
public enum SVGRenderer {
    static let fontSize = 10.0
    static let titleSize = 12.0
    static let pad = 6.0

    public static func render(_ figure: Figure, options: SVGOptions = SVGOptions()) -> String {
        let width = figure.width * 72
        let height = figure.height * 72
        let prefix = sanitizedPrefix(options.idPrefix)
        var b = SVGBuilder()
        if options.xmlDeclaration { b.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") }
        let w = SVGBuilder.number(width)
        let h = SVGBuilder.number(height)
        b.open("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"), ("xmlns:xlink", "http://www.w3.org/1999/xlink"),
            ("version", "1.1"), ("width", w + "pt"), ("height", h + "pt"), ("viewBox", "0 0 \(w) \(h)"),
            ("font-family", "sans-serif"), ("font-size", SVGBuilder.number(fontSize)),
        ])
        b.element("rect", [("width", w), ("height", h), ("fill", "#ffffff")])
        var top = pad
        let title = DisplayWidth.sanitized(figure.title)
        if !title.isEmpty {
            b.element("text", [
                ("x", SVGBuilder.number(width / 2)), ("y", SVGBuilder.number(pad + titleSize)),
                ("text-anchor", "middle"), ("font-size", SVGBuilder.number(titleSize)),
            ], text: title)
            top += titleSize * 1.5
        }
        let area = SVGRect(x: pad, y: top, width: max(1, width - 2 * pad), height: max(1, height - top - pad))
        for (k, axes) in figure.axes.enumerated() {
            let f = axes.spec.frame(horizontalGap: 0, verticalGap: 0)
            let cell = SVGRect(
                x: area.x + f.x0 * area.width, y: area.y + f.y0 * area.height,
                width: (f.x1 - f.x0) * area.width, height: (f.y1 - f.y0) * area.height)
            SVGAxesRenderer(axes: axes, cell: cell, id: "\(prefix)-axes\(k)").render(into: &b)
        }
        b.close("svg")
        return b.text
    }

    static func sanitizedPrefix(_ raw: String) -> String {
        let kept = raw.filter { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == "_" }
        guard let first = kept.first, first.isLetter else { return "nnplot" + kept }
        return kept
    }
}

extension Figure {
    /// The figure as a standalone SVG document; see `SVGRenderer`.
    public func renderSVG(_ options: SVGOptions = SVGOptions()) -> String {
        SVGRenderer.render(self, options: options)
    }
}
