import Testing
@testable import NNPlot

/// Expected values: matplotlib 3.11 `ax.get_xlim()`, `ax.get_ylim()` after drawing a default
/// figure with the same calls (5% margins, `nonsingular` widening, sticky bar baselines and
/// image edges, margins in log space).
struct AutoLimitsTests {
    static let cases: [(String, @Sendable (Axes) throws -> Void, Double, Double, Double, Double)] = [
        ("none", { _ in }, 0.0, 1.0, 0.0, 1.0),
        ("single", { try $0.plot(x: [1], y: [1]) }, 0.945, 1.0550000000000002, 0.945, 1.0550000000000002),
        ("zero", { try $0.plot(x: [0], y: [0]) }, -0.05500000000000001, 0.05500000000000001, -0.05500000000000001,
         0.05500000000000001),
        ("const", { try $0.plot(x: [1, 2, 3], y: [5, 5, 5]) }, 0.9, 3.1, 4.725, 5.275),
        ("step", { a in
            let x = (0..<100).map { -5 + Double($0) * 0.1 }
            try a.plot(x: x, y: x.map { $0 > 0 ? 1 : 0 })
        }, -5.494999999999998, 5.394999999999963, -0.05, 1.05),
        ("nan", { try $0.plot(x: [1, .nan, 3], y: [1, 2, .infinity]) }, 0.945, 1.0550000000000002, 0.945,
         1.0550000000000002),
        ("bar", { try $0.bar(.categories(["a", "b", "c"]), heights: [3, 1, 2]) }, -0.54, 2.5400000000000005, 0.0, 3.15),
        ("barneg", { try $0.bar(.numbers([1, 2, 3]), heights: [3, -1, 2]) }, 0.45999999999999996, 3.5400000000000005,
         -1.2, 3.2),
        ("hist", { try $0.hist([1, 2, 2, 3, 3, 3, 4], options: HistogramOptions(bins: .count(3))) }, 0.85, 4.15, 0.0,
         4.2),
        ("imshow", { try $0.imshow(.scalar(rows: 3, columns: 4, values: Array(repeating: 0, count: 12))) }, -0.5, 3.5,
         2.5, -0.5),
        ("scatter", { try $0.scatter(x: [0, 1, 2], y: [0, 1, 4]) }, -0.1, 2.1, -0.2, 4.2),
        ("logy", { a in
            try a.plot(x: [1, 2, 3], y: [1, 10, 1000])
            try a.y.setScale("log")
        }, 0.9, 3.1, 0.7079457843841379, 1412.5375446227545),
        ("loglin", { a in
            try a.plot(x: [1, 2, 3], y: [0, 10, 1000])
            try a.y.setScale("log")
        }, 0.9, 3.1, 7.943282347242818, 1258.925411794168),
        ("ylim", { a in
            try a.plot(x: [0, 10], y: [0, 1])
            try a.y.setLimits(lower: -0.1, upper: 1.1)
        }, -0.5, 10.5, -0.1, 1.1),
        ("ylimtop", { a in
            try a.plot(x: [0, 10], y: [0, 1])
            try a.y.setLimits(lower: nil, upper: 2)
        }, -0.5, 10.5, -0.05, 2.0),
    ]

    @Test(arguments: cases.indices)
    func matchesMatplotlib(_ i: Int) throws {
        let (name, build, x0, x1, y0, y1) = Self.cases[i]
        let axes = Figure().gca()
        try build(axes)
        let (a, b) = axes.xLimits()
        let (c, d) = axes.yLimits()
        for (got, want) in [(a, x0), (b, x1), (c, y0), (d, y1)] {
            #expect(abs(got - want) <= 1e-9 * max(1, abs(want)), "\(name): got \(got), want \(want)")
        }
    }

    @Test func limitsRejectNonFiniteValues() {
        var x = AxisSettings()
        #expect(throws: PlotError.nonFiniteLimits) { try x.setLimits(lower: .nan, upper: 1) }
        #expect(throws: PlotError.nonFiniteLimits) { try x.setLimits(lower: 0, upper: .infinity) }
        #expect(PlotError.nonFiniteLimits.description == "Axis limits cannot be NaN or Inf")
    }

    @Test func equalUserLimitsAreWidened() throws {
        let axes = Figure().gca()
        try axes.x.setLimits(lower: 2, upper: 2)
        let (lo, hi) = axes.xLimits()
        #expect(lo == 1.9 && hi == 2.1)
    }

    @Test func reversedUserLimitsStayReversed() throws {
        let axes = Figure().gca()
        try axes.plot(y: [1, 2, 3])
        try axes.y.setLimits(lower: 5, upper: 0)
        #expect(axes.yLimits() == (5, 0))
    }

    @Test func logAxisRejectsNonPositiveLimits() throws {
        var y = AxisSettings()
        try y.setScale("log")
        #expect(throws: PlotError.invalidLogLimits(lower: 0, upper: 10)) { try y.setLimits(lower: 0, upper: 10) }
        #expect(throws: PlotError.unknownScale("symlog")) { try y.setScale("symlog") }
    }
}
