import Foundation
import Testing
@testable import NNPlot

/// Properties every terminal render has, whatever the figure: bounded width, determinism,
/// colour only in colour mode, and no crash on hostile data.
struct TerminalBehaviourTests {
    static func stripANSI(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    }

    @Test(arguments: [8, 12, 20, 33, 40, 72, 101])
    func noLineIsWiderThanRequested(_ width: Int) throws {
        for name in GoldenFigures.names {
            let fig = try GoldenFigures.make(name)
            fig.title = "a rather long overall title that will not fit in a narrow terminal"
            fig.axes.first?.x.label = "an x label longer than any narrow panel could show"
            for color in [false, true] {
                let text = Self.stripANSI(fig.renderText(TerminalOptions(width: width, color: color)))
                for line in text.split(separator: "\n") {
                    #expect(DisplayWidth.of(String(line)) <= width, "\(name) at \(width): \(line)")
                }
            }
        }
    }

    @Test func rendersAreDeterministic() throws {
        for name in GoldenFigures.names {
            let a = try GoldenFigures.make(name).renderText(TerminalOptions(color: true))
            let b = try GoldenFigures.make(name).renderText(TerminalOptions(color: true))
            #expect(a == b, "\(name)")
        }
    }

    @Test func plainHasNoEscapesAndColourDoes() throws {
        let fig = try GoldenFigures.make("twoLines")
        #expect(!fig.renderText().contains("\u{1B}"))
        let coloured = fig.renderText(TerminalOptions(color: true))
        #expect(coloured.contains("\u{1B}[0;38;2;255;0;0m"))  // 'r' from the format string
        #expect(coloured.contains("\u{1B}[0;38;2;0;0;255m"))  // 'b'
        // A single solid line draws the same cells in both modes.
        let sigmoid = try GoldenFigures.make("sigmoid")
        #expect(Self.stripANSI(sigmoid.renderText(TerminalOptions(color: true))) == sigmoid.renderText())
    }

    @Test func defaultSizeFollowsFigsize() throws {
        let text = Figure().renderText()
        #expect(text.split(separator: "\n").count <= 27)
        let wide = try Figure(width: 12, height: 4)
        _ = try wide.subplots(rows: 1, columns: 2)
        let lines = wide.renderText().split(separator: "\n")
        #expect(lines.count >= TerminalRenderer.minimumPanelRows)
        #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= 72 })
    }

    @Test func controlCharactersInLabelsBecomeSpaces() throws {
        let fig = Figure()
        fig.gca().title = "evil\u{1B}[2Jtitle\nnext"
        let text = fig.renderText()
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("evil [2Jtitle next"))
    }

    @Test func wideCharactersCountTwice() {
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of("Эпоха") == 5)
        #expect(DisplayWidth.truncated("abcdef", to: 4) == "abc…")
    }

    /// Data a script may well produce: none of it may crash or hang the renderer.
    static let hostile: [(String, @Sendable (Axes) throws -> Void)] = [
        ("empty line", { try $0.plot(x: [], y: []) }),
        ("all NaN", { try $0.plot(y: [.nan, .nan]) }),
        ("infinities", { try $0.plot(x: [0, 1, 2], y: [.infinity, 1, -.infinity]) }),
        ("single point", { try $0.plot(x: [1], y: [1], format: "o") }),
        ("constant", { try $0.plot(y: [3, 3, 3, 3]) }),
        ("huge values", { try $0.plot(x: [-1e308, 1e308], y: [1e308, -1e308]) }),
        ("tiny range", { try $0.plot(x: [1, 1 + 1e-15], y: [0, 1e-300]) }),
        ("scatter NaN colours", { try $0.scatter(x: [1, 2], y: [1, 2], options: ScatterOptions(colors: .values([.nan, 1]))) }),
        ("hist of nothing", { try $0.hist([]) }),
        ("hist of NaN", { try $0.hist([.nan, .nan]) }),
        ("NaN image", { try $0.imshow(.scalar(rows: 2, columns: 2, values: [.nan, .nan, .nan, .nan])) }),
        ("1x1 image", { try $0.imshow(.scalar(rows: 1, columns: 1, values: [5])) }),
        ("tall image", { try $0.imshow(.scalar(rows: 500, columns: 1, values: (0..<500).map(Double.init))) }),
        ("zero-width bars", { try $0.bar(.numbers([0, 1]), heights: [1, 2], options: BarOptions(widths: [0])) }),
        ("NaN bar", { try $0.bar(.numbers([0, 1]), heights: [.nan, 2]) }),
        ("log of negatives", { a in try a.plot(y: [-1, -2]); try a.y.setScale("log") }),
        ("text far away", { try $0.text(x: 1e300, y: -1e300, "far") }),
        ("reversed limits", { a in try a.plot(y: [1, 2]); try a.x.setLimits(lower: 5, upper: -5) }),
        ("many categories", { try $0.bar(.categories((0..<200).map { "category \($0)" }), heights: Array(repeating: 1, count: 200)) }),
        ("bars far outside the view", { a in
            try a.bar(.numbers([1e300, -1e300]), heights: [1, 1e300])
            try a.x.setLimits(lower: 0, upper: 1)
        }),
        ("image far smaller than the view", { a in
            try a.imshow(.scalar(rows: 2, columns: 2, values: [1, 2, 3, 4]))
            try a.x.setLimits(lower: -1e300, upper: 1e300)
            try a.y.setLimits(lower: -1e300, upper: 1e300)
        }),
        ("image far larger than the view", { a in
            try a.imshow(.scalar(rows: 2, columns: 2, values: [1, 2, 3, 4]), options: ImageOptions(aspect: "auto"))
            try a.x.setLimits(lower: 0, upper: 1e-300)
        }),
        ("equal aspect with extreme spans", { a in
            try a.plot(x: [-1e308, 1e308], y: [0, 1e-300])
            a.equalAspect = true
        }),
        ("values far outside vmin/vmax", { a in
            try a.scatter(x: [1, 2, 3], y: [1, 2, 3], options: ScatterOptions(colors: .values([1e300, -1e300, 0.5]), vmin: 0, vmax: 1))
            try a.plot(y: [1, 2])
        }),
        ("fixed ticks at the limits of Double", { a in
            try a.x.setTicks([-1e308, 1e308])
            try a.plot(x: [-1e308, 1e308], y: [0, 1])
        }),
        ("histogram over the whole Double range", { try $0.hist([-1e308, 0, 1e308], options: HistogramOptions(bins: .count(4))) }),
        ("legend without labels", { a in try a.plot(y: [1, 2]); try a.showLegend() }),
        ("long legend", { a in
            for k in 0..<40 { try a.plot(y: [Double(k), 1], options: LineOptions(label: String(repeating: "w", count: 200))) }
            try a.showLegend()
        }),
    ]

    @Test(arguments: hostile.indices)
    func hostileDataRendersAnyway(_ i: Int) throws {
        let (name, build) = Self.hostile[i]
        let fig = Figure()
        try build(fig.gca())
        for width in [8, 40, 72] {
            for color in [false, true] {
                let text = Self.stripANSI(fig.renderText(TerminalOptions(width: width, color: color)))
                #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= width }, "\(name)")
            }
        }
        #expect(fig.renderSVG().hasSuffix("</svg>\n"), "\(name)")
    }

    @Test func hugeLinesAreDecimatedAndStillDrawn() throws {
        let n = 200_000
        let x = (0..<n).map { Double($0) / Double(n) * 10 }
        let fig = Figure()
        try fig.gca().plot(x: x, y: x.map { sin($0) })
        let text = fig.renderText(TerminalOptions(width: 60, height: 20))
        #expect(text.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) })
        let svg = fig.renderSVG()
        #expect(svg.count < 200_000, "path of \(n) points is thinned before it reaches the SVG")
    }

    @Test func extremeFigureShapes() throws {
        for (w, h) in [(1e-300, 5.0), (1000, 1e-300), (0.01, 1000)] {
            let fig = try Figure(width: w, height: h)
            try fig.gca().plot(y: [1, 2, 3])
            let text = fig.renderText(TerminalOptions(width: 30))
            #expect(text.split(separator: "\n").count <= 2000)
            #expect(SVGDocument(fig.renderSVG()).error == nil)
        }
    }

    @Test func oversizedImagesAreRejectedNotMultipliedOut() {
        let axes = Figure().gca()
        #expect(throws: PlotError.invalidImageShape("expected \(Int.max)x3 = more than Int.max values, got 0")) {
            try axes.imshow(.scalar(rows: Int.max, columns: 3, values: []))
        }
        #expect(throws: PlotError.invalidImageShape("(\(Int.max / 2), 3, 3) with 3 values")) {
            try axes.imshow(.color(rows: Int.max / 2, columns: 3, channels: 3, values: [0, 0, 0]))
        }
    }

    @Test func yLabelNeverOverwritesTheFrame() throws {
        let fig = Figure()
        let ax = fig.gca()
        try ax.plot(y: [1, 2])
        ax.title = "a title long enough that the label cannot share its line"
        ax.y.label = "a y label"
        for height in [4, 5, 6, 20] {
            let lines = fig.renderText(TerminalOptions(width: 60, height: height)).split(separator: "\n").map(String.init)
            let top = try #require(lines.firstIndex { $0.contains("┌") })
            #expect(lines[top].contains("┐"), "height \(height): \(lines[top])")
            if height >= 6 { #expect(lines.contains { $0.hasPrefix("a y label") }) }
        }
    }

    @Test func tinyCanvasesStillWork() throws {
        let fig = try GoldenFigures.make("twoLines")
        for height in [1, 2, 3, 5] {
            let text = fig.renderText(TerminalOptions(width: 10, height: height))
            #expect(text.split(separator: "\n").count <= max(height, 2))
        }
    }
}
