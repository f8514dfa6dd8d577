import Foundation

/// How series tell themselves apart without colour: dash patterns for lines, fill characters
/// for bars, marker characters for scatter groups. Colour mode uses it only for scatter
/// markers; plain mode for everything, and the legend and key show the same samples.
struct PlainStyles {
    /// The pattern each line series is drawn with in plain mode, by series index.
    private(set) var linePatterns: [Int: LineStyle] = [:]
    /// The fill character of each bar series, by series index.
    private(set) var barFills: [Int: Character] = [:]
    /// How each scatter series picks a character per point, by series index.
    private(set) var scatterGlyphs: [Int: ScatterGlyphs] = [:]
    /// Whether scatter points are drawn as characters in plain mode (more than one group or
    /// other series around); otherwise as braille dots.
    private(set) var scatterUsesGlyphs = false
    /// Character → meaning pairs explained under the plot in plain mode (scatter classes).
    private(set) var key: [(Character, String)] = []

    static let groupGlyphs: [Character] = ["●", "▲", "■", "◆", "×", "+", "▼", "*", "◀", "▶"]
    static let fills: [Character] = ["█", "▓", "▒", "░"]

    /// Per-point characters of one scatter series.
    enum ScatterGlyphs {
        case single(Character)
        /// Integer class values and their characters.
        case classes([Double: Character])
        /// Continuous values shown as the digit of their decile, `0`…`9`.
        case digits(vmin: Double, vmax: Double)
    }

    init(_ axes: Axes) {
        let explicit = Set(axes.series.compactMap { s -> LineStyle? in
            if case .line(let l) = s, let style = l.lineStyle, style != .solid { return style }
            return nil
        })
        var used = explicit
        var nextGroup = 0
        var barCount = 0
        var groups = 0
        for (index, s) in axes.series.enumerated() {
            switch s {
            case .line(let line):
                guard let style = line.lineStyle else { continue }
                if style != .solid {
                    linePatterns[index] = style
                } else {
                    let free = LineStyle.allCases.first { !used.contains($0) } ?? .solid
                    used.insert(free)
                    linePatterns[index] = free
                }
                groups += 1
            case .bars:
                barFills[index] = PlainStyles.fills[barCount % PlainStyles.fills.count]
                barCount += 1
                groups += 1
            case .scatter(let scatter):
                let glyphs = Self.glyphs(for: scatter, next: &nextGroup, key: &key)
                scatterGlyphs[index] = glyphs
                if case .single = glyphs { groups += 1 } else { groups += 2 }
            case .image:
                continue
            }
        }
        scatterUsesGlyphs = groups > 1
        if !scatterUsesGlyphs { key.removeAll() }
    }

    /// Characters for a scatter series: classes when its colour values are few integers,
    /// deciles when they are continuous, otherwise one character.
    private static func glyphs(for scatter: ScatterSeries, next: inout Int,
                               key: inout [(Character, String)]) -> ScatterGlyphs {
        guard case .mapped(let values, _, let vmin, let vmax) = scatter.coloring else {
            let g = groupGlyphs[next % groupGlyphs.count]
            next += 1
            return .single(g)
        }
        let finite = values.filter(\.isFinite)
        let distinct = Set(finite)
        if distinct.count <= groupGlyphs.count, distinct.allSatisfy({ $0 == $0.rounded() && abs($0) < 1e15 }) {
            var table: [Double: Character] = [:]
            for value in distinct.sorted() {
                let g = groupGlyphs[next % groupGlyphs.count]
                next += 1
                table[value] = g
                let name = scatter.label.map { "\(DisplayWidth.sanitized($0))=" } ?? ""
                key.append((g, name + String(Int(value))))
            }
            return .classes(table)
        }
        key.append(("0", "…9: c from \(shortNumber(vmin)) to \(shortNumber(vmax))"))
        return .digits(vmin: vmin, vmax: vmax)
    }

    /// The character of point `i` of scatter series `index`.
    func scatterGlyph(series index: Int, scatter: ScatterSeries, point i: Int) -> Character {
        switch scatterGlyphs[index] ?? .single("●") {
        case .single(let g):
            return g
        case .classes(let table):
            guard i < scatter.colorValues.count else { return "●" }
            return table[scatter.colorValues[i]] ?? "·"
        case .digits(let vmin, let vmax):
            guard i < scatter.colorValues.count else { return "·" }
            let t = Colormap.normalize(scatter.colorValues[i], vmin: vmin, vmax: vmax)
            guard t.isFinite else { return "·" }
            let digit = Int(min(9, max(0, t * 10)))
            return Character(String(digit))
        }
    }

    /// A number as it reads in a key: integers without a point, others with 4 significant digits.
    static func shortNumber(_ v: Double) -> String {
        if v.isFinite, v == v.rounded(), abs(v) < 1e15 { return String(Int(v)) }
        return String(format: "%.4g", v)
    }
}

extension ScatterSeries {
    /// The colour values of a mapped scatter (`c=`), empty otherwise.
    var colorValues: [Double] {
        if case .mapped(let values, _, _, _) = coloring { return values }
        return []
    }
}
