/// Renders one axes into a `width` x `height` text canvas: title, y label, frame with ticks,
/// tick labels, x label, the plotted interior and the legend.
///
/// Layout, top to bottom: title (and y label, on the same line when both fit), top border,
/// `plotRows` interior rows, bottom border with tick marks, x tick labels, x label, and in
/// plain mode a key for scatter classes. Left to right: y tick labels, a space, the left
/// border with tick marks, `plotColumns` interior columns, the right border.
struct PanelRenderer {
    let axes: Axes
    let width: Int
    let height: Int
    let color: Bool

    /// Renders the panel; never fails, whatever the axes holds.
    func render() -> TextCanvas {
        var canvas = TextCanvas(width: width, height: height)
        guard width >= 4, height >= 2 else { return canvas }
        let viewport = Viewport(axes)
        let styles = PlainStyles(axes)
        let visible = axes.axisVisible
        let title = DisplayWidth.sanitized(axes.title)
        let yLabel = visible ? DisplayWidth.sanitized(axes.y.label) : ""
        let xLabel = visible ? DisplayWidth.sanitized(axes.x.label) : ""
        let keyText = color ? "" : styles.key.map { "\($0.0) \($0.1)" }.joined(separator: "  ")

        // Vertical budget.
        let titleWidth = DisplayWidth.of(title)
        let mergeHeader = !title.isEmpty && !yLabel.isEmpty
            && DisplayWidth.of(yLabel) + 1 <= (width - titleWidth) / 2
        var header = (title.isEmpty ? 0 : 1) + (yLabel.isEmpty || mergeHeader ? 0 : 1)
        var showXLabel = !xLabel.isEmpty
        var showKey = !keyText.isEmpty
        let frame = visible ? 3 : 0  // two borders and the tick label line
        func footer() -> Int { (showXLabel ? 1 : 0) + (showKey ? 1 : 0) }
        if height - header - frame - footer() < 1 { showKey = false }
        if height - header - frame - footer() < 1 { showXLabel = false }
        if height - header - frame - footer() < 1 { header = title.isEmpty ? 0 : 1 }
        var plotRows = max(1, height - header - frame - footer())

        // Horizontal budget: y tick labels decide how wide the interior can be.
        var yTicks = visible ? fittingYTicks(viewport, rows: plotRows) : []
        var labelWidth = yTicks.map { DisplayWidth.of($0.label) }.max() ?? 0
        let available = max(1, width - (visible ? labelWidth + 3 : 0))
        var plotColumns = available
        let ratio = viewport.xSpan / viewport.ySpan
        if axes.equalAspect, ratio.isFinite, ratio > 0 {
            // A cell is about twice as tall as wide: square data units need 2 columns per row.
            let wanted = Int(min(Double(available) + 1, (2 * Double(plotRows) * ratio).rounded()))
            if wanted <= available {
                plotColumns = max(1, wanted)
            } else {
                plotRows = max(1, min(plotRows, Int(min(Double(plotRows), (Double(available) / (2 * ratio)).rounded()))))
                if visible { yTicks = fittingYTicks(viewport, rows: plotRows) }
                labelWidth = yTicks.map { DisplayWidth.of($0.label) }.max() ?? 0
                plotColumns = max(1, min(available, width - (visible ? labelWidth + 3 : 0)))
            }
        }
        let offset = max(0, (available - plotColumns) / 2)
        let boxLeft = offset + (visible ? labelWidth + 1 : 0)  // column of the left border
        let interiorLeft = boxLeft + (visible ? 1 : 0)
        let interiorTop = header + (visible ? 1 : 0)
        let xTicks = visible ? fittingXTicks(viewport, columns: plotColumns, interiorLeft: interiorLeft) : []

        // The interior.
        var drawing = PanelDrawing(columns: plotColumns, rows: plotRows, color: color, viewport: viewport, styles: styles)
        if axes.showGrid {
            drawing.grid(rows: yTicks.map { cellIndex($0.fraction, plotRows) },
                         columns: xTicks.map(\.column))
        }
        drawing.draw(axes)
        var interior = drawing.compose()
        if let legend = axes.legend {
            LegendRenderer(axes: axes, styles: styles, color: color)
                .overlay(on: &interior, columns: plotColumns, rows: plotRows, location: legend.location)
        }
        for r in 0..<plotRows {
            for c in 0..<plotColumns {
                canvas[interiorLeft + c, interiorTop + r] = interior[r * plotColumns + c]
            }
        }

        // Header.
        if !title.isEmpty {
            var start = interiorLeft + (plotColumns - titleWidth) / 2
            if mergeHeader { start = max(start, DisplayWidth.of(yLabel) + 1) }
            start = max(0, min(start, width - titleWidth))
            canvas.write(title, x: start, y: 0, maxWidth: width)
        }
        // The y label has its own line only while the header kept room for it.
        let yLabelRow: Int? = yLabel.isEmpty ? nil
            : mergeHeader ? 0 : (header == (title.isEmpty ? 1 : 2) ? header - 1 : nil)
        if let row = yLabelRow {
            canvas.write(yLabel, x: 0, y: row, maxWidth: width)
        }
        guard visible else { return canvas }

        // Frame with tick marks.
        let top = interiorTop - 1
        let bottom = interiorTop + plotRows
        let right = interiorLeft + plotColumns
        for c in interiorLeft..<right {
            canvas.put("─", x: c, y: top)
            canvas.put("─", x: c, y: bottom)
        }
        for r in interiorTop..<bottom {
            canvas.put("│", x: boxLeft, y: r)
            canvas.put("│", x: right, y: r)
        }
        canvas.put("┌", x: boxLeft, y: top)
        canvas.put("┐", x: right, y: top)
        canvas.put("└", x: boxLeft, y: bottom)
        canvas.put("┘", x: right, y: bottom)
        for tick in yTicks {
            let row = interiorTop + cellIndex(tick.fraction, plotRows)
            canvas.put("┤", x: boxLeft, y: row)
            let w = DisplayWidth.of(tick.label)
            canvas.write(tick.label, x: boxLeft - 1 - w, y: row)
        }
        for tick in xTicks {
            canvas.put("┬", x: interiorLeft + tick.column, y: bottom)
            canvas.write(tick.label, x: tick.labelStart, y: bottom + 1)
        }
        var line = bottom + 2
        if showXLabel {
            let w = min(DisplayWidth.of(xLabel), width)
            let start = max(0, min(interiorLeft + (plotColumns - w) / 2, width - w))
            canvas.write(xLabel, x: start, y: line, maxWidth: width)
            line += 1
        }
        if showKey {
            canvas.write(keyText, x: max(0, interiorLeft), y: line, maxWidth: width - max(0, interiorLeft))
        }
        return canvas
    }

    /// The cell of a fraction along `count` cells (the far edge belongs to the last cell).
    func cellIndex(_ fraction: Double, _ count: Int) -> Int {
        min(max(Int((fraction * Double(count)).rounded(.down)), 0), max(0, count - 1))
    }

    /// Y ticks with at most one per row: fewer bins until no two share a row.
    private func fittingYTicks(_ viewport: Viewport, rows: Int) -> [Tick] {
        var bins = min(9, max(1, rows / 3))
        while true {
            let ticks = viewport.yTicks(axes, maxBins: bins, minus: "-")
            let positions = ticks.map { cellIndex($0.fraction, rows) }
            if Set(positions).count == positions.count || bins == 1 {
                return deduplicated(ticks) { cellIndex($0.fraction, rows) }
            }
            bins -= 1
        }
    }

    /// X ticks whose labels fit side by side with a space between them: fewer bins until they
    /// do; fixed ticks and categories are shortened or thinned instead.
    private func fittingXTicks(_ viewport: Viewport, columns: Int, interiorLeft: Int) -> [PlacedTick] {
        let fixed = axes.x.fixedTicks != nil || !axes.x.categories.isEmpty
        var bins = min(9, max(1, columns / 6))
        while true {
            let ticks = viewport.xTicks(axes, maxBins: bins, minus: "-")
            var placed: [PlacedTick] = []
            var fits = true
            var spacing = columns
            if fixed, ticks.count > 1 {
                let cols = ticks.map { cellIndex($0.fraction, columns) }
                spacing = zip(cols, cols.dropFirst()).map { abs($1 - $0) }.min() ?? columns
            }
            var lastEnd = -1
            for tick in ticks {
                let column = cellIndex(tick.fraction, columns)
                var label = DisplayWidth.sanitized(tick.label)
                if fixed { label = DisplayWidth.truncated(label, to: max(1, spacing - 1)) }
                let w = DisplayWidth.of(label)
                let start = max(0, min(interiorLeft + column - (w - 1) / 2, width - w))
                if start <= lastEnd {
                    fits = false
                    if fixed { continue }
                    break
                }
                placed.append(PlacedTick(column: column, label: label, labelStart: start))
                lastEnd = start + w
            }
            if fits || fixed || bins == 1 { return placed }
            bins -= 1
        }
    }

    private func deduplicated(_ ticks: [Tick], by key: (Tick) -> Int) -> [Tick] {
        var seen = Set<Int>()
        return ticks.filter { seen.insert(key($0)).inserted }
    }
}

/// An x tick placed in a panel: interior column of its mark, label and label start column.
struct PlacedTick {
    let column: Int
    let label: String
    let labelStart: Int
}
