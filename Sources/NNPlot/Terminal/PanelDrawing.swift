/// The interior of one terminal panel while series are drawn into it, in three layers:
/// fills (grid, bars, images), braille dots (lines, scatter points) and characters (markers,
/// text) — composed in that order, so lines show over bars and text over everything.
struct PanelDrawing {
    let columns: Int
    let rows: Int
    let color: Bool
    let viewport: Viewport
    let styles: PlainStyles
    var braille: BrailleLayer
    var fills: [TextCell?]
    var glyphs: [TextCell?]
    /// The colour under each cell (bars, images) that text and dots keep as background.
    var backgrounds: [Color?]

    init(columns: Int, rows: Int, color: Bool, viewport: Viewport, styles: PlainStyles) {
        self.columns = columns
        self.rows = rows
        self.color = color
        self.viewport = viewport
        self.styles = styles
        braille = BrailleLayer(columns: columns, rows: rows)
        fills = Array(repeating: nil, count: columns * rows)
        glyphs = Array(repeating: nil, count: columns * rows)
        backgrounds = Array(repeating: nil, count: columns * rows)
    }

    /// Continuous braille-dot coordinates of a data point, or `nil` when it has none.
    func dot(_ x: Double, _ y: Double) -> (Double, Double)? {
        guard let fx = viewport.fx(x), let fy = viewport.fy(y) else { return nil }
        return (fx * Double(braille.dotWidth), fy * Double(braille.dotHeight))
    }

    /// The cell of a data point, or `nil` when it falls outside the interior.
    func cell(_ x: Double, _ y: Double) -> (Int, Int)? {
        guard let (dx, dy) = dot(x, y),
            let column = BrailleLayer.dotIndex(dx, size: braille.dotWidth),
            let row = BrailleLayer.dotIndex(dy, size: braille.dotHeight)
        else { return nil }
        return (column / 2, row / 4)
    }

    /// Puts a character in the top layer.
    mutating func putGlyph(_ character: Character, column: Int, row: Int, foreground: Color?) {
        guard column >= 0, column < columns, row >= 0, row < rows else { return }
        glyphs[row * columns + column] = TextCell(character: character, foreground: color ? foreground : nil)
    }

    /// Dotted grid lines at the given rows and columns (a dot every other column across, every
    /// row down: about the same spacing on screen).
    mutating func grid(rows gridRows: [Int], columns gridColumns: [Int]) {
        let grey = Color(red: 0.69, green: 0.69, blue: 0.69)
        for r in gridRows where r >= 0 && r < rows {
            for c in stride(from: 0, to: columns, by: 2) {
                fills[r * columns + c] = TextCell(character: "·", foreground: color ? grey : nil)
            }
        }
        for c in gridColumns where c >= 0 && c < columns {
            for r in 0..<rows { fills[r * columns + c] = TextCell(character: "·", foreground: color ? grey : nil) }
        }
    }

    /// Draws every series in order, then the text annotations.
    mutating func draw(_ axes: Axes) {
        for (index, series) in axes.series.enumerated() {
            switch series {
            case .line(let line): drawLine(line, index: index)
            case .scatter(let scatter): drawScatter(scatter, index: index)
            case .bars(let bars): drawBars(bars, index: index)
            case .image(let image): drawImage(image)
            }
        }
        for text in axes.texts { drawText(text) }
    }

    /// The finished interior, row by row.
    func compose() -> [TextCell] {
        (0..<(columns * rows)).map { i in
            if var g = glyphs[i] {
                if color, g.background == nil { g.background = backgrounds[i] }
                return g
            }
            let bits = braille.bits[i]
            if bits != 0 {
                return TextCell(
                    character: BrailleLayer.character(bits), foreground: color ? braille.colors[i] : nil,
                    background: color ? backgrounds[i] : nil)
            }
            return fills[i] ?? .blank
        }
    }

    // MARK: - Series

    private mutating func drawLine(_ line: LineSeries, index: Int) {
        guard line.color.alpha > 0 else { return }
        let n = min(line.x.count, line.y.count)
        if let style = line.lineStyle {
            var points = (0..<n).map { dot(line.x[$0], line.y[$0]) }
            if points.count > 8 * max(1, braille.dotWidth) { points = Decimation.reduce(points) }
            let pattern = color ? style.dotPattern : (styles.linePatterns[index] ?? style).dotPattern
            braille.polyline(points, color: line.color, pattern: pattern)
        }
        guard let marker = line.marker else { return }
        for i in 0..<n {
            if marker == .pixel {
                if let (x, y) = dot(line.x[i], line.y[i]),
                    let dx = BrailleLayer.dotIndex(x, size: braille.dotWidth),
                    let dy = BrailleLayer.dotIndex(y, size: braille.dotHeight)
                {
                    braille.set(dx, dy, color: line.color)
                }
            } else if let (c, r) = cell(line.x[i], line.y[i]) {
                putGlyph(marker.glyph, column: c, row: r, foreground: line.color)
            }
        }
    }

    private mutating func drawScatter(_ scatter: ScatterSeries, index: Int) {
        let dotted: Set<Marker> = [.circle, .point, .pixel]
        let useGlyphs = color ? !dotted.contains(scatter.marker) : styles.scatterUsesGlyphs || !dotted.contains(scatter.marker)
        for i in 0..<min(scatter.x.count, scatter.y.count) {
            let pointColor = scatter.color(at: i)
            guard pointColor.alpha > 0 else { continue }
            if useGlyphs {
                guard let (c, r) = cell(scatter.x[i], scatter.y[i]) else { continue }
                let glyph = color || !styles.scatterUsesGlyphs
                    ? scatter.marker.glyph : styles.scatterGlyph(series: index, scatter: scatter, point: i)
                putGlyph(glyph, column: c, row: r, foreground: pointColor)
            } else if let (x, y) = dot(scatter.x[i], scatter.y[i]),
                let dx = BrailleLayer.dotIndex(x, size: braille.dotWidth),
                let dy = BrailleLayer.dotIndex(y, size: braille.dotHeight)
            {
                braille.set(dx, dy, color: pointColor)
            }
        }
    }

    private mutating func drawBars(_ series: BarSeries, index: Int) {
        guard series.color.alpha > 0 else { return }
        if series.outlineOnly {
            var outline: [(Double, Double)?] = []
            for bar in series.bars {
                outline.append(dot(bar.left, bar.bottom))
                outline.append(dot(bar.left, bar.top))
                outline.append(dot(bar.right, bar.top))
                outline.append(dot(bar.right, bar.bottom))
            }
            braille.polyline(outline, color: series.color)
            return
        }
        let fill: Character = color ? "█" : (styles.barFills[index] ?? "█")
        for bar in series.bars {
            guard let fl = viewport.fx(bar.left), let fr = viewport.fx(bar.right), let ft = viewport.fy(bar.top) else {
                continue
            }
            let fb = viewport.fy(bar.bottom) ?? 1
            // Clamped before any conversion to Int: bars far outside the view stay finite.
            let left = min(max(min(fl, fr) * Double(columns), -1), Double(columns) + 1)
            let right = min(max(max(fl, fr) * Double(columns), -1), Double(columns) + 1)
            var c0 = Int(left.rounded())
            var c1 = Int(right.rounded())
            if c1 <= c0 {
                // A bar narrower than a cell still shows, in the cell holding its centre.
                c0 = Int(((left + right) / 2).rounded(.down))
                c1 = c0 + 1
            }
            c0 = max(c0, 0)
            c1 = min(c1, columns)
            let upper = max(0, min(ft, fb) * Double(rows))
            let lower = min(Double(rows), max(ft, fb) * Double(rows))
            guard c0 < c1, upper < lower else { continue }
            for r in Int(upper.rounded(.down))..<min(rows, Int(lower.rounded(.up))) {
                let cover = min(lower, Double(r + 1)) - max(upper, Double(r))
                guard let character = PanelDrawing.barCharacter(
                    cover: cover, touchesBottom: lower >= Double(r + 1) - 1e-9,
                    touchesTop: upper <= Double(r) + 1e-9, fill: fill)
                else { continue }
                for c in c0..<c1 {
                    let i = r * columns + c
                    fills[i] = TextCell(character: character, foreground: color ? series.color : nil)
                    if character == "█" { backgrounds[i] = series.color }
                }
            }
        }
    }

    /// The block character for a cell a bar covers by `cover` (0…1): eighths growing up from
    /// the bottom for solid fills, halves hanging from the top, whole cells otherwise.
    static func barCharacter(cover: Double, touchesBottom: Bool, touchesTop: Bool, fill: Character) -> Character? {
        if cover >= 1 - 1e-9 { return fill }
        if fill != "█" { return cover >= 0.5 ? fill : nil }
        if touchesBottom {
            let eighths = Int((cover * 8).rounded())
            let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
            return eighths == 0 ? nil : blocks[min(eighths, 8) - 1]
        }
        if touchesTop {
            let halves = Int((cover * 2).rounded())
            return halves == 0 ? nil : (halves == 1 ? "▀" : "█")
        }
        return cover >= 0.5 ? "█" : nil
    }
}
