import Testing
@testable import NNPlot

/// Expected values: matplotlib 3.11 `matplotlib.axes._base._process_plot_format(fmt)`
/// (linestyle, marker, colour as `to_rgba(...)[:3]` rounded to 6 decimals). matplotlib's
/// `None` line style for a whole-colour string means "default", i.e. solid; `'None'` means
/// no line.
struct FormatStringTests {
    static let cases: [(String, String?, String, (Double, Double, Double)?)] = [
        ("--r", "--", "None", (1.0, 0.0, 0.0)),
        ("o-", "-", "o", nil),
        ("b.", "None", ".", (0.0, 0.0, 1.0)),
        ("g^", "None", "^", (0.0, 0.5, 0.0)),
        ("k:", ":", "None", (0.0, 0.0, 0.0)),
        ("r", nil, "None", (1.0, 0.0, 0.0)),
        ("-.", "-.", "None", nil),
        ("C3--", "--", "None", (0.839216, 0.152941, 0.156863)),
        ("red", nil, "None", (1.0, 0.0, 0.0)),
        ("tab:orange", nil, "None", (1.0, 0.498039, 0.054902)),
        ("#ff0000", nil, "None", (1.0, 0.0, 0.0)),
        ("0.5", nil, "None", (0.5, 0.5, 0.5)),
        ("1", "None", "1", nil),
        ("x", "None", "x", nil),
        ("ro-", "-", "o", (1.0, 0.0, 0.0)),
        ("", "-", "None", nil),
        (".-", "-", ".", nil),
        ("D", "None", "D", nil),
        ("C1", nil, "None", (1.0, 0.498039, 0.054902)),
        ("k--o", "--", "o", (0.0, 0.0, 0.0)),
    ]

    @Test(arguments: cases.indices)
    func parsesLikeMatplotlib(_ i: Int) throws {
        let (text, style, marker, color) = Self.cases[i]
        let parsed = try FormatString(text)
        let expectedStyle: LineStyle? = style == nil ? .solid : (style == "None" ? nil : LineStyle(rawValue: style ?? ""))
        #expect(parsed.lineStyle == expectedStyle, "\(text)")
        #expect(parsed.marker == (marker == "None" ? nil : Marker(rawValue: marker)), "\(text)")
        if let (r, g, b) = color {
            let c = try #require(parsed.color)
            #expect(abs(c.red - r) < 1e-6 && abs(c.green - g) < 1e-6 && abs(c.blue - b) < 1e-6, "\(text)")
        } else {
            #expect(parsed.color == nil, "\(text)")
        }
    }

    /// matplotlib's messages for the same strings.
    @Test(arguments: [
        ("rr", "'rr' is not a valid format string (two color symbols)"),
        ("--:", "'--:' is not a valid format string (two linestyle symbols)"),
        ("o^", "'o^' is not a valid format string (two marker symbols)"),
        ("z", "'z' is not a valid format string (unrecognized character 'z')"),
        ("C", "'C' is not a valid format string ('C' must be followed by a number)"),
        ("--r-", "'--r-' is not a valid format string (two linestyle symbols)"),
    ])
    func rejectsBadStrings(_ text: String, _ message: String) {
        do {
            _ = try FormatString(text)
            Issue.record("'\(text)' parsed")
        } catch let error as PlotError {
            #expect(error.description == message)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func keywordsWinOverTheFormatString() throws {
        let axes = Figure().gca()
        try axes.plot(x: [0, 1], y: [0, 1], format: "--r", options: LineOptions(color: "b", lineStyle: ":", marker: "o"))
        guard case .line(let line) = axes.series[0] else { Issue.record("not a line"); return }
        #expect(line.color == Color(red: 0, green: 0, blue: 1))
        #expect(line.lineStyle == .dotted)
        #expect(line.marker == .circle)
    }

    @Test func markersOnlyMeansNoLine() throws {
        let axes = Figure().gca()
        try axes.plot(x: [0, 1], y: [0, 1], format: "g^")
        guard case .line(let line) = axes.series[0] else { Issue.record("not a line"); return }
        #expect(line.lineStyle == nil)
        #expect(line.marker == .triangleUp)
    }

    @Test(arguments: [("-", LineStyle.solid), ("solid", .solid), ("--", .dashed), ("dashed", .dashed),
                      (":", .dotted), ("dotted", .dotted), ("-.", .dashDot), ("dashdot", .dashDot)])
    func lineStyleKeywords(_ keyword: String, _ style: LineStyle) throws {
        #expect(try LineStyle.parse(keyword) == style)
    }

    @Test func noneLineStyleAndMarker() throws {
        for keyword in ["None", "none", " ", ""] {
            #expect(try LineStyle.parse(keyword) == nil)
            #expect(try Marker.parse(keyword) == nil)
        }
        #expect(throws: PlotError.invalidLineStyle("~")) { try LineStyle.parse("~") }
        #expect(throws: PlotError.invalidMarker("Q")) { try Marker.parse("Q") }
    }
}
