import Testing
@testable import NNPlot

/// Every way a call can fail: the error case, its values, and its message (matplotlib's or
/// NumPy's wording where they have one). A failed call leaves the axes unchanged.
struct ErrorTests {
    static let cases: [(String, @Sendable (Axes) throws -> Void, PlotError, String)] = [
        ("plot lengths", { try $0.plot(x: [1, 2], y: [1, 2, 3]) }, .lengthMismatch(xCount: 2, yCount: 3),
         "x and y must have same first dimension, but have shapes (2,) and (3,)"),
        ("scatter lengths", { try $0.scatter(x: [1], y: []) }, .lengthMismatch(xCount: 1, yCount: 0),
         "x and y must have same first dimension, but have shapes (1,) and (0,)"),
        ("bad fmt", { try $0.plot(y: [1], format: "q") }, .invalidFormatString("q", reason: "unrecognized character 'q'"),
         "'q' is not a valid format string (unrecognized character 'q')"),
        ("bad colour", { try $0.plot(y: [1], options: LineOptions(color: "blurple")) }, .invalidColor("blurple"),
         "Invalid RGBA argument: 'blurple'"),
        ("bad linestyle", { try $0.plot(y: [1], options: LineOptions(lineStyle: "~~")) }, .invalidLineStyle("~~"),
         "'~~' is not a valid value for ls; supported values are '-', '--', '-.', ':', 'None', ' ', '', 'solid', "
            + "'dashed', 'dashdot', 'dotted'"),
        ("bad marker", { try $0.plot(y: [1], options: LineOptions(marker: "@")) }, .invalidMarker("@"),
         "Unrecognized marker style '@'"),
        ("negative width", { try $0.plot(y: [1], options: LineOptions(lineWidth: -1)) },
         .invalidSize(name: "linewidth", value: -1), "linewidth must be a non-negative finite number, not -1.0"),
        ("scatter c length", { try $0.scatter(x: [1, 2], y: [1, 2], options: ScatterOptions(colors: .values([1]))) },
         .argumentLength(name: "c", expected: 2, actual: 1),
         "'c' argument must have 2 elements (one per point), but has 1"),
        ("scatter s length", { try $0.scatter(x: [1, 2], y: [1, 2], options: ScatterOptions(sizes: [1, 2, 3])) },
         .argumentLength(name: "s", expected: 2, actual: 3),
         "'s' argument must have 2 elements (one per point), but has 3"),
        ("cmap", { try $0.scatter(x: [1], y: [1], options: ScatterOptions(colors: .values([1]), colormap: "rainbowz")) },
         .unknownColormap("rainbowz"), ""),
        ("bins", { try $0.hist([1], options: HistogramOptions(bins: .count(-3))) }, .nonPositiveBins(-3),
         "`bins` must be positive, when an integer (got -3)"),
        ("edges", { try $0.hist([1], options: HistogramOptions(bins: .edges([3, 2]))) }, .binsNotMonotonic,
         "`bins` must increase monotonically, when an array"),
        ("range", { try $0.hist([1], options: HistogramOptions(range: (2, 1))) },
         .histogramRangeReversed(lower: 2, upper: 1), "max must be larger than min in range parameter."),
        ("range inf", { try $0.hist([1], options: HistogramOptions(range: (0, .nan))) },
         .histogramRangeNotFinite(lower: 0, upper: .nan), "supplied range of [0.0, nan] is not finite"),
        ("histtype", { try $0.hist([1], options: HistogramOptions(histType: "wavy")) },
         .invalidImageOption(name: "histtype", value: "wavy"), "'wavy' is not a valid value for histtype"),
        ("bar heights", { try $0.bar(.categories(["a", "b"]), heights: [1, 2, 3]) }, .lengthMismatch(xCount: 2, yCount: 3),
         "x and y must have same first dimension, but have shapes (2,) and (3,)"),
        ("bar widths", { try $0.bar(.numbers([1, 2]), heights: [1, 2], options: BarOptions(widths: [1, 2, 3])) },
         .argumentLength(name: "width", expected: 2, actual: 3), "'width' argument must have 2 elements (one per point), but has 3"),
        ("bar align", { try $0.bar(.numbers([1]), heights: [1], options: BarOptions(align: "middle")) },
         .invalidAlignment("middle"), ""),
        ("image size", { try $0.imshow(.scalar(rows: 2, columns: 2, values: [1, 2, 3])) },
         .invalidImageShape("expected 2x2 = 4 values, got 3"), "Invalid shape for image data: expected 2x2 = 4 values, got 3"),
        ("image channels", { try $0.imshow(.color(rows: 1, columns: 1, channels: 2, values: [1, 1])) },
         .invalidImageShape("(1, 1, 2) with 2 values"), "Invalid shape for image data: (1, 1, 2) with 2 values"),
        ("origin", { try $0.imshow(.scalar(rows: 1, columns: 1, values: [1]), options: ImageOptions(origin: "middle")) },
         .invalidImageOption(name: "origin", value: "middle"), "'middle' is not a valid value for origin"),
        ("aspect", { try $0.imshow(.scalar(rows: 1, columns: 1, values: [1]), options: ImageOptions(aspect: "square")) },
         .invalidImageOption(name: "aspect", value: "square"), "'square' is not a valid value for aspect"),
        ("cell labels", { try $0.imshow(.scalar(rows: 1, columns: 2, values: [1, 2]), options: ImageOptions(cellLabels: ["1"])) },
         .argumentLength(name: "cell_labels", expected: 2, actual: 1), ""),
        ("text align", { try $0.text(x: 0, y: 0, "t", options: TextOptions(horizontalAlignment: "middle")) },
         .invalidAlignment("middle"), ""),
        ("legend loc", { try $0.showLegend(location: "top") }, .unknownLegendLocation("top"), ""),
        ("ticks", { try $0.x.setTicks([1, 2], labels: ["a"]) }, .tickLabelCount(positions: 2, labels: 1),
         "The number of FixedLocator locations (2), usually from a call to set_ticks, does not match the number of "
            + "labels (1)."),
        ("limits", { try $0.y.setLimits(lower: -.infinity, upper: 1) }, .nonFiniteLimits, "Axis limits cannot be NaN or Inf"),
        ("scale", { try $0.x.setScale("logit") }, .unknownScale("logit"),
         "'logit' is not a valid value for scale; supported values are 'linear', 'log'"),
    ]

    @Test(arguments: cases.indices)
    func failsWithItsError(_ i: Int) {
        let (name, call, expected, message) = Self.cases[i]
        let axes = Figure().gca()
        do {
            try call(axes)
            Issue.record("\(name) did not throw")
        } catch let error as PlotError {
            if case .histogramRangeNotFinite = expected {
                #expect(error.description == message)
            } else {
                #expect(error == expected, "\(name)")
                if !message.isEmpty { #expect(error.description == message, "\(name)") }
            }
        } catch {
            Issue.record("\(name): unexpected \(error)")
        }
        #expect(axes.series.isEmpty && axes.texts.isEmpty, "\(name) left something behind")
    }

    @Test func figureAndSubplotErrors() {
        #expect(throws: PlotError.invalidFigureSize(width: 0, height: 4)) { try Figure(width: 0, height: 4) }
        #expect(throws: PlotError.invalidFigureSize(width: .infinity, height: 4)) { try Figure(width: .infinity, height: 4) }
        #expect(PlotError.invalidFigureSize(width: -1, height: 2).description
            == "figure size must be positive finite not (-1.0, 2.0)")
        let fig = Figure()
        #expect(throws: PlotError.subplotIndexOutOfRange(index: 5, count: 4)) { try fig.subplot(rows: 2, columns: 2, index: 5) }
        #expect(PlotError.subplotIndexOutOfRange(index: 5, count: 4).description == "num must be an integer with 1 <= num <= 4, not 5")
        #expect(throws: PlotError.invalidSubplotGrid(rows: 0, columns: 2)) { try fig.subplot(rows: 0, columns: 2, index: 1) }
        #expect(throws: PlotError.invalidSubplotGrid(rows: Int.max, columns: 2)) { try fig.subplot(rows: Int.max, columns: 2, index: 1) }
        #expect(throws: PlotError.invalidSubplotGrid(rows: 2, columns: -1)) { try fig.subplots(rows: 2, columns: -1) }
        #expect(fig.axes.isEmpty)
    }

    @Test func legendLocationsParse() throws {
        #expect(try LegendLocation.parse("upper left") == .upperLeft)
        #expect(try LegendLocation.parse("3") == .lowerLeft)
        #expect(try LegendLocation.parse("best") == .best)
        #expect(PlotError.unknownLegendLocation("top").description.hasPrefix("'top' is not a valid value for loc"))
    }
}
