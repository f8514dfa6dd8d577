import Testing
@testable import NNPlot

/// Expected values: matplotlib 3.11. Positions from
/// `MaxNLocator(nbins=n, steps=[1, 2, 2.5, 5, 10]).tick_values(a, b)` restricted to `[a, b]`;
/// labels from a default figure after `ax.set_xlim(a, b)` (its tick budget is 9), with the
/// offset text that matplotlib shows at the axis end.
struct TickTests {
    static let positions: [(Double, Double, Int, [Double])] = [
        (0.0, 1.0, 9, [0.0, 0.2, 0.4, 0.6000000000000001, 0.8, 1.0]),
        (-5.495, 5.395, 9, [-4.0, -2.0, 0.0, 2.0, 4.0]),
        (-0.1, 1.1, 9, [0.0, 0.2, 0.4000000000000001, 0.6000000000000001, 0.8, 1.0000000000000002]),
        (-0.1, 1.1, 6, [0.0, 0.25, 0.5, 0.75, 1.0]),
        (0.945, 1.055, 9, [0.9600000000000001, 0.9800000000000001, 1.0, 1.02, 1.04]),
        (0.0, 3.15, 9, [0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0]),
        (-0.54, 2.54, 9, [-0.5, 0.0, 0.5, 1.0, 1.5, 2.0, 2.5]),
        (1000.01, 1000.02, 9, [1000.01, 1000.012, 1000.014, 1000.016, 1000.018, 1000.02]),
        (-1000000.0, 3000000.0, 9, [-1000000.0, -500000.0, 0.0, 500000.0, 1000000.0, 1500000.0, 2000000.0,
                                    2500000.0, 3000000.0]),
        (0.0001, 0.0009, 9, [0.0001, 0.0002, 0.00030000000000000003, 0.0004, 0.0005, 0.0006000000000000001,
                             0.0007000000000000001, 0.0008, 0.0009000000000000001]),
        (3.0, 3.5, 2, [3.0, 3.25, 3.5]),
        (-7.0, -3.0, 4, [-7.0, -6.0, -5.0, -4.0, -3.0]),
        (0.0, 100.0, 5, [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]),
        (0.85, 4.15, 9, [1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0]),
        (-1.2, 3.2, 9, [-1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0]),
        (12345.0, 67890.0, 9, [20000.0, 30000.0, 40000.0, 50000.0, 60000.0]),
        (0.0, 1.0, 1, [0.0, 1.0]),
    ]

    @Test(arguments: positions.indices)
    func locatorMatchesMaxNLocator(_ i: Int) {
        let (a, b, bins, expected) = Self.positions[i]
        let ticks = TickLocator.linear(a, b, maxBins: bins)
        #expect(ticks.count == expected.count, "\(a)...\(b): \(ticks)")
        for (t, e) in zip(ticks, expected) { #expect(abs(t - e) <= 1e-9 * max(1, abs(e)), "\(a)...\(b)") }
    }

    /// matplotlib's labels; where it shows an offset (`1e6`), nn writes it into each label.
    static let labels: [(Double, Double, [String], String)] = [
        (0.0, 1.0, ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"], ""),
        (-5.495, 5.395, ["−4", "−2", "0", "2", "4"], ""),
        (-0.1, 1.1, ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"], ""),
        (0.0, 3.15, ["0.0", "0.5", "1.0", "1.5", "2.0", "2.5", "3.0"], ""),
        (1000000.0, 5000000.0, ["1.0", "1.5", "2.0", "2.5", "3.0", "3.5", "4.0", "4.5", "5.0"], "e6"),
        (1e-05, 5e-05, ["1.0", "1.5", "2.0", "2.5", "3.0", "3.5", "4.0", "4.5", "5.0"], "e−5"),
        (0.0, 100.0, ["0", "20", "40", "60", "80", "100"], ""),
        (-1.0, 1.0, ["−1.00", "−0.75", "−0.50", "−0.25", "0.00", "0.25", "0.50", "0.75", "1.00"], ""),
        (0.5, 0.52, ["0.5000", "0.5025", "0.5050", "0.5075", "0.5100", "0.5125", "0.5150", "0.5175", "0.5200"], ""),
    ]

    @Test(arguments: labels.indices)
    func labelsMatchScalarFormatter(_ i: Int) {
        let (a, b, expected, suffix) = Self.labels[i]
        let ticks = TickLocator.linear(a, b, maxBins: 9)
        #expect(TickFormatter.labels(ticks, minus: "−") == expected.map { $0 + suffix })
    }

    @Test func terminalLabelsUseAsciiMinusAndNoNegativeZero() {
        #expect(TickFormatter.labels([-4, -2, 0, 2], minus: "-") == ["-4", "-2", "0", "2"])
        #expect(TickFormatter.labels([-1e-17, 0.5], minus: "-") == ["0.0", "0.5"])
    }

    @Test func logAxisTicksAreDecades() {
        // Coordinates are log10 of the values: 10^-0.15 ... 10^3.15 is matplotlib's view of 1...1000.
        let ticks = TickLocator.logarithmic(-0.15, 3.15, maxBins: 9)
        #expect(ticks == [1, 10, 100, 1000])
        #expect(TickFormatter.decadeLabels(ticks) == ["10⁰", "10¹", "10²", "10³"])
        #expect(TickFormatter.decadeLabels([0.01]) == ["10⁻²"])
        // Many decades are thinned to fit the budget.
        #expect(TickLocator.logarithmic(-20, 20, maxBins: 4).count <= 5)
    }

    @Test func degenerateRanges() {
        #expect(TickLocator.linear(2, 2, maxBins: 9) == [2])
        #expect(TickLocator.linear(.nan, 1, maxBins: 9).isEmpty)
        #expect(TickLocator.linear(0, .infinity, maxBins: 9).isEmpty)
        #expect(TickLocator.linear(1, 0, maxBins: 9) == TickLocator.linear(0, 1, maxBins: 9))
        #expect(TickLocator.linear(0, 1e-300, maxBins: 9).count >= 2)
        #expect(TickLocator.linear(-1e300, 1e300, maxBins: 9).count >= 2)
    }
}
