/// Images and text in a terminal panel.
///
/// Colour mode draws two pixels per cell with `▀` (upper pixel as foreground, lower as
/// background; translucent pixels blended with white); plain mode draws one shade per cell
/// (` ░▒▓█`, denser for larger values, lighter by the image's `alpha`). A cell covering
/// many pixels shows their average.
extension PanelDrawing {
    static let shades: [Character] = [" ", "░", "▒", "▓", "█"]

    mutating func drawImage(_ image: ImageSeries) {
        guard let fl = viewport.fx(image.left), let fr = viewport.fx(image.right),
            let ft = viewport.fy(image.top), let fb = viewport.fy(image.bottom), fl != fr, ft != fb
        else { return }
        // Fractions of the box → continuous pixel coordinates (column, row).
        func pixelX(_ f: Double) -> Double { (f - fl) / (fr - fl) * Double(image.columns) }
        func pixelY(_ f: Double) -> Double { (f - ft) / (fb - ft) * Double(image.rows) }
        let w = Double(columns)
        let h = Double(rows)
        for r in 0..<rows {
            for c in 0..<columns {
                let u0 = pixelX(Double(c) / w)
                let u1 = pixelX(Double(c + 1) / w)
                let i = r * columns + c
                if color {
                    let top = PanelDrawing.average(image, u0, u1, pixelY(Double(r) / h), pixelY((Double(r) + 0.5) / h))
                    let bottom = PanelDrawing.average(image, u0, u1, pixelY((Double(r) + 0.5) / h), pixelY(Double(r + 1) / h))
                    switch (top, bottom) {
                    case (nil, nil): continue
                    case (let t?, nil): fills[i] = TextCell(character: "▀", foreground: t)
                    case (nil, let b?): fills[i] = TextCell(character: "▄", foreground: b)
                    case (let t?, let b?): fills[i] = TextCell(character: "▀", foreground: t, background: b)
                    }
                    backgrounds[i] = PanelDrawing.mix(top, bottom)
                } else {
                    let v = PanelDrawing.averageIntensity(image, u0, u1, pixelY(Double(r) / h), pixelY(Double(r + 1) / h))
                    guard let v else { continue }
                    let level = min(PanelDrawing.shades.count - 1, Int(v * Double(PanelDrawing.shades.count)))
                    fills[i] = TextCell(character: PanelDrawing.shades[level])
                }
            }
        }
        if let labels = image.cellLabels { drawCellLabels(image, labels) }
    }

    /// Pixel index ranges covered by a cell, or `nil` when its centre is outside the image.
    private static func pixelRange(_ image: ImageSeries, _ u0: Double, _ u1: Double, _ v0: Double,
                                   _ v1: Double) -> (ClosedRange<Int>, ClosedRange<Int>)? {
        let uc = (u0 + u1) / 2
        let vc = (v0 + v1) / 2
        guard uc >= 0, uc < Double(image.columns), vc >= 0, vc < Double(image.rows) else { return nil }
        // Pixels whose centres fall inside the cell; the pixel under the cell's centre when
        // the cell is smaller than a pixel (upsampling keeps pixel edges crisp).
        func range(_ a: Double, _ b: Double, _ centre: Double, _ count: Int) -> ClosedRange<Int> {
            let limit = Double(count) + 1
            let lo = Int((min(max(min(a, b), -1), limit) - 0.5).rounded(.up))
            let hi = Int((min(max(max(a, b), -1), limit) - 0.5).rounded(.up)) - 1
            if hi < lo { let k = min(count - 1, Int(centre)); return k...k }
            return max(0, lo)...min(count - 1, max(0, hi))
        }
        return (range(u0, u1, uc, image.columns), range(v0, v1, vc, image.rows))
    }

    /// The mean colour of the pixels a cell covers (sampling at most 8x8 of them).
    static func average(_ image: ImageSeries, _ u0: Double, _ u1: Double, _ v0: Double, _ v1: Double) -> Color? {
        guard let (cols, rws) = pixelRange(image, u0, u1, v0, v1) else { return nil }
        var sum = (0.0, 0.0, 0.0)
        var count = 0.0
        for row in stride(from: rws.lowerBound, through: rws.upperBound, by: max(1, rws.count / 8)) {
            for col in stride(from: cols.lowerBound, through: cols.upperBound, by: max(1, cols.count / 8)) {
                let c = image.color(row: row, column: col)
                guard c.alpha > 0 else { continue }
                // A translucent pixel over the white face, as SVG shows it.
                let a = c.alpha, w = 1 - c.alpha
                sum = (sum.0 + c.red * a + w, sum.1 + c.green * a + w, sum.2 + c.blue * a + w)
                count += 1
            }
        }
        guard count > 0 else { return nil }
        return Color(red: sum.0 / count, green: sum.1 / count, blue: sum.2 / count)
    }

    /// The mean normalised intensity of the pixels a cell covers, `nil` when all are masked.
    static func averageIntensity(_ image: ImageSeries, _ u0: Double, _ u1: Double, _ v0: Double,
                                 _ v1: Double) -> Double? {
        guard let (cols, rws) = pixelRange(image, u0, u1, v0, v1) else { return nil }
        var sum = 0.0
        var count = 0.0
        for row in stride(from: rws.lowerBound, through: rws.upperBound, by: max(1, rws.count / 8)) {
            for col in stride(from: cols.lowerBound, through: cols.upperBound, by: max(1, cols.count / 8)) {
                let v = image.intensity(row: row, column: col)
                guard !v.isNaN else { continue }
                sum += v
                count += 1
            }
        }
        return count > 0 ? sum / count : nil
    }

    static func mix(_ a: Color?, _ b: Color?) -> Color? {
        guard let a else { return b }
        guard let b else { return a }
        return Color(red: (a.red + b.red) / 2, green: (a.green + b.green) / 2, blue: (a.blue + b.blue) / 2)
    }

    /// Each label centred on its pixel, when the pixel is wide enough in cells; black or white
    /// by contrast in colour mode, padded with spaces over shades in plain mode.
    private mutating func drawCellLabels(_ image: ImageSeries, _ labels: [String]) {
        let dx = (image.right - image.left) / Double(image.columns)
        let dy = (image.bottom - image.top) / Double(image.rows)
        for row in 0..<image.rows {
            for column in 0..<image.columns {
                let i = row * image.columns + column
                guard i < labels.count else { continue }
                let text = DisplayWidth.sanitized(labels[i])
                let x0 = image.left + Double(column) * dx
                let y0 = image.top + Double(row) * dy
                guard let a = cell(x0 + dx * 0.001, y0 + dy * 0.001),
                    let b = cell(x0 + dx * 0.999, y0 + dy * 0.999),
                    let centre = cell(x0 + dx / 2, y0 + dy / 2)
                else { continue }
                let span = abs(b.0 - a.0) + 1
                let w = DisplayWidth.of(text)
                guard w <= span else { continue }
                let start = centre.0 - (w - 1) / 2
                let pixel = image.color(row: row, column: column)
                let ink: Color = pixel.luminance > 0.5 ? .black : .white
                if !color, w + 2 <= span {
                    putGlyph(" ", column: start - 1, row: centre.1, foreground: nil)
                    putGlyph(" ", column: start + w, row: centre.1, foreground: nil)
                }
                writeGlyphs(text, column: start, row: centre.1, foreground: ink, background: pixel)
            }
        }
    }

    /// `text(x, y, s)`: the string placed by its alignment at the cell of (x, y).
    mutating func drawText(_ annotation: TextAnnotation) {
        guard let (c, r) = cell(annotation.x, annotation.y) else { return }
        let text = DisplayWidth.sanitized(annotation.text)
        let w = DisplayWidth.of(text)
        let start: Int
        switch annotation.horizontalAlignment {
        case .left: start = c
        case .center: start = c - (w - 1) / 2
        case .right: start = c - w + 1
        }
        var ink = annotation.color
        let under = r >= 0 && r < rows && c >= 0 && c < columns ? backgrounds[r * columns + c] : nil
        if ink == nil, let under { ink = under.luminance > 0.5 ? .black : .white }
        writeGlyphs(text, column: start, row: r, foreground: ink, background: nil)
    }

    private mutating func writeGlyphs(_ text: String, column: Int, row: Int, foreground: Color?, background: Color?) {
        var x = column
        for ch in text {
            guard DisplayWidth.of(ch) == 1 else { x += 2; continue }
            if x >= 0, x < columns, row >= 0, row < rows {
                glyphs[row * columns + x] = TextCell(
                    character: ch, foreground: color ? foreground : nil, background: color ? background : nil)
            }
            x += 1
        }
    }
}
