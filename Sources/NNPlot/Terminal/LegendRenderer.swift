/// Draws a legend box over a panel's interior: one line per labelled series, a three-cell
/// sample of how the series is drawn (its dash pattern, marker, fill or scatter character)
/// and its label. `'best'` picks the candidate position that hides the fewest drawn cells.
struct LegendRenderer {
    let axes: Axes
    let styles: PlainStyles
    let color: Bool

    func overlay(on interior: inout [TextCell], columns: Int, rows: Int, location: LegendLocation) {
        var entries: [(index: Int, label: String)] = []
        for (index, series) in axes.series.enumerated() {
            if let label = series.label { entries.append((index, DisplayWidth.sanitized(label))) }
        }
        guard !entries.isEmpty, columns >= 9, rows >= 3 else { return }
        if entries.count > rows - 2 { entries = Array(entries.prefix(rows - 2)) }
        let labelRoom = columns - 7
        let labels = entries.map { DisplayWidth.truncated($0.label, to: labelRoom) }
        let boxWidth = 7 + (labels.map(DisplayWidth.of).max() ?? 0)
        let boxHeight = entries.count + 2

        func origin(_ loc: LegendLocation) -> (Int, Int) {
            let x = [0, (columns - boxWidth) / 2, columns - boxWidth][loc.column]
            let y = [0, (rows - boxHeight) / 2, rows - boxHeight][loc.row]
            return (x, y)
        }
        var chosen = location
        if location == .best {
            var fewest = Int.max
            for candidate in LegendLocation.bestCandidates {
                let (x0, y0) = origin(candidate)
                var covered = 0
                for r in y0..<(y0 + boxHeight) {
                    for c in x0..<(x0 + boxWidth) where interior[r * columns + c] != .blank { covered += 1 }
                }
                if covered < fewest {
                    fewest = covered
                    chosen = candidate
                }
            }
        }
        let (x0, y0) = origin(chosen)
        func put(_ cell: TextCell, _ c: Int, _ r: Int) {
            guard c >= 0, c < columns, r >= 0, r < rows else { return }
            interior[r * columns + c] = cell
        }
        for r in 0..<boxHeight {
            for c in 0..<boxWidth {
                let top = r == 0
                let bottom = r == boxHeight - 1
                let character: Character
                switch (top, bottom, c) {
                case (true, _, 0): character = "┌"
                case (true, _, boxWidth - 1): character = "┐"
                case (_, true, 0): character = "└"
                case (_, true, boxWidth - 1): character = "┘"
                case (true, _, _), (_, true, _): character = "─"
                case (_, _, 0), (_, _, boxWidth - 1): character = "│"
                default: character = " "
                }
                put(TextCell(character: character), x0 + c, y0 + r)
            }
        }
        for (line, entry) in entries.enumerated() {
            let r = y0 + 1 + line
            for (k, cell) in sample(for: entry.index).enumerated() { put(cell, x0 + 2 + k, r) }
            var c = x0 + 6
            for ch in labels[line] where DisplayWidth.of(ch) == 1 {
                put(TextCell(character: ch), c, r)
                c += 1
            }
        }
    }

    /// Three cells showing how series `index` is drawn.
    func sample(for index: Int) -> [TextCell] {
        guard index < axes.series.count else { return [] }
        func cells(_ characters: [Character], _ ink: Color) -> [TextCell] {
            characters.map { TextCell(character: $0, foreground: color ? ink : nil) }
        }
        switch axes.series[index] {
        case .line(let line):
            var characters: [Character] = [" ", " ", " "]
            if let style = line.lineStyle {
                let pattern = color ? style.dotPattern : (styles.linePatterns[index] ?? style).dotPattern
                var bits: [UInt8] = [0, 0, 0]
                for d in 0..<6 where BrailleLayer.isOn(d, pattern) { bits[d / 2] |= BrailleLayer.bit(d % 2, 1) }
                characters = bits.map { $0 == 0 ? " " : BrailleLayer.character($0) }
            }
            if let marker = line.marker { characters[1] = marker == .pixel ? "·" : marker.glyph }
            return cells(characters, line.color)
        case .scatter(let scatter):
            let dotted: Set<Marker> = [.circle, .point, .pixel]
            var glyph: Character = dotted.contains(scatter.marker) ? "•" : scatter.marker.glyph
            if !color, styles.scatterUsesGlyphs {
                glyph = styles.scatterGlyph(series: index, scatter: scatter, point: 0)
            }
            return cells([" ", glyph, " "], scatter.color(at: 0))
        case .bars(let bars):
            if bars.outlineOnly { return cells(["┌", "─", "┐"], bars.color) }
            let fill: Character = color ? "█" : (styles.barFills[index] ?? "█")
            return cells([fill, fill, fill], bars.color)
        case .image:
            return []
        }
    }
}
