import Testing
@testable import NNPlot

/// Braille rasterisation checked against the Unicode braille block: dot n of a cell is bit
/// n-1 of U+2800 + bits, dots 1-3 and 7 down the left column, 4-6 and 8 down the right.
struct BrailleTests {
    static func text(_ layer: BrailleLayer) -> [String] {
        (0..<layer.rows).map { r in
            String((0..<layer.columns).map { c in
                let bits = layer.bits[r * layer.columns + c]
                return bits == 0 ? " " : BrailleLayer.character(bits)
            })
        }
    }

    @Test(arguments: [(0, 0, "⠁"), (0, 1, "⠂"), (0, 2, "⠄"), (0, 3, "⡀"), (1, 0, "⠈"), (1, 1, "⠐"), (1, 2, "⠠"),
                      (1, 3, "⢀")])
    func eachDotHasItsUnicodeBit(_ x: Int, _ y: Int, _ expected: String) {
        var layer = BrailleLayer(columns: 1, rows: 1)
        layer.set(x, y, color: nil)
        #expect(Self.text(layer) == [expected])
    }

    @Test func diagonalLine() {
        // Dots (0,0) … (7,7) across 4x2 cells: each cell gets its own two diagonal dots.
        var layer = BrailleLayer(columns: 4, rows: 2)
        layer.polyline([(0.5, 0.5), (7.5, 7.5)], color: nil)
        #expect(Self.text(layer) == ["⠑⢄  ", "  ⠑⢄"])
    }

    @Test func horizontalAndVerticalLines() {
        var layer = BrailleLayer(columns: 3, rows: 2)
        layer.polyline([(0, 1.5), (5.9, 1.5)], color: nil)
        layer.polyline([(0.2, 0), (0.2, 7.9)], color: nil)
        #expect(Self.text(layer) == ["⡗⠒⠒", "⡇  "])
    }

    @Test func dashPatternRunsAlongThePath() {
        // Pattern 4 on, 2 off over 12 dots: cells 0-1 drawn, 2 empty, 3-4 drawn, 5 empty.
        var layer = BrailleLayer(columns: 6, rows: 1)
        layer.polyline([(0, 1.5), (11.5, 1.5)], color: nil, pattern: LineStyle.dashed.dotPattern)
        #expect(Self.text(layer) == ["⠒⠒ ⠒⠒ "])
    }

    @Test func segmentsAreClippedNotClamped() {
        var layer = BrailleLayer(columns: 2, rows: 1)
        // Enters from far left, leaves far right: the visible part is the full row.
        layer.polyline([(-1e300, 2.5), (1e300, 2.5)], color: nil)
        #expect(Self.text(layer) == ["⠤⠤"])
        // Entirely outside: nothing, and no endless stepping.
        layer = BrailleLayer(columns: 2, rows: 1)
        layer.polyline([(-10, -10), (-5, 100), (1e308, -1e308)], color: nil)
        #expect(Self.text(layer) == ["  "])
    }

    @Test func gapsBreakTheLineAndLonePointsDrawNothing() {
        var layer = BrailleLayer(columns: 4, rows: 1)
        layer.polyline([(0, 0.5), (2.9, 0.5), nil, (5, 0.5), (.nan, 0.5), (7.5, 0.5)], color: nil)
        #expect(Self.text(layer) == ["⠉⠁  "])
    }

    @Test func clipKeepsTheInsidePart() throws {
        let clipped = try #require(BrailleLayer.clip((-5, 5), (15, 5), width: 10, height: 10))
        #expect(clipped.0 == (0, 5) && clipped.1 == (10, 5))
        #expect(BrailleLayer.clip((-5, -5), (-1, -1), width: 10, height: 10) == nil)
    }

    @Test func decimationKeepsExtremesPerColumn() {
        let points: [(Double, Double)?] = [(0.1, 5), (0.2, 9), (0.3, 1), (0.4, 4), (0.5, 6), (1.5, 3), nil, (1.6, 2)]
        let reduced = Decimation.reduce(points)
        let expected: [(Double, Double)?] = [(0.1, 5), (0.2, 9), (0.3, 1), (0.5, 6), (1.5, 3), nil, (1.6, 2)]
        #expect(reduced.count == expected.count)
        for (a, b) in zip(reduced, expected) {
            #expect(a?.0 == b?.0 && a?.1 == b?.1)
        }
    }
}
