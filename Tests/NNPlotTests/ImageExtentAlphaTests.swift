import Foundation
import Testing
@testable import NNPlot

/// `imshow(extent=, alpha=)`: an image placed in data coordinates, and a translucent image.
@Suite struct ImageExtentAlphaTests {
    /// A 2 x 2 image of values 0…3.
    static let image = ImageInput.scalar(rows: 2, columns: 2, values: [0, 1, 2, 3])

    @Test func extentPlacesTheImageAndKeepsTheYAxisUpright() throws {
        let ax = Figure().gca()
        try ax.imshow(Self.image, options: ImageOptions(extent: (-1, 3, 10, 20)))
        // The image fills the axes (sticky edges), in data coordinates.
        #expect(ax.xLimits() == (-1, 3))
        #expect(ax.yLimits() == (10, 20))
        #expect(!ax.y.inverted)
        guard case .image(let s) = ax.series.first else { Issue.record("no image series"); return }
        // origin='upper': row 0 along the top edge.
        #expect((s.left, s.right, s.top, s.bottom) == (-1, 3, 20, 10))
    }

    @Test func originLowerPutsRowZeroAtTheBottomEdge() throws {
        let ax = Figure().gca()
        try ax.imshow(Self.image, options: ImageOptions(origin: "lower", extent: (0, 1, 0, 1)))
        guard case .image(let s) = ax.series.first else { Issue.record("no image series"); return }
        #expect((s.top, s.bottom) == (0, 1))
    }

    @Test func withoutExtentPixelsSitAtTheirIndicesOnAnInvertedAxis() throws {
        let ax = Figure().gca()
        try ax.imshow(Self.image)
        #expect(ax.y.inverted)
        #expect(ax.xLimits() == (-0.5, 1.5))
    }

    @Test(arguments: [(0.0, 0.0, 0.0, 1.0), (0.0, 1.0, 2.0, 2.0), (Double.nan, 1, 0, 1), (0, Double.infinity, 0, 1)])
    func degenerateExtentsAreRejected(_ e: (Double, Double, Double, Double)) {
        let ax = Figure().gca()
        #expect(throws: PlotError.self) { try ax.imshow(Self.image, options: ImageOptions(extent: e)) }
        #expect(ax.series.isEmpty)
    }

    @Test(arguments: [-0.1, 1.5, Double.nan])
    func alphaOutsideZeroToOneIsRejected(_ alpha: Double) {
        let ax = Figure().gca()
        #expect(throws: PlotError.invalidImageOption(name: "alpha", value: PlotError.show(alpha))) {
            try ax.imshow(Self.image, options: ImageOptions(alpha: alpha))
        }
    }

    @Test func plainTextShadesATranslucentImageLighter() throws {
        func shades(_ alpha: Double?) throws -> Set<Character> {
            let figure = Figure()
            try figure.gca().imshow(.scalar(rows: 1, columns: 2, values: [0, 1]), options: ImageOptions(alpha: alpha))
            return Set(figure.renderText(TerminalOptions(width: 40)).filter { "░▒▓█".contains($0) })
        }
        // Opaque: the largest value is a full block; at alpha 0.45 it is ▒ (0.45 x 5 shades → 2).
        #expect(try shades(nil) == ["█"])
        #expect(try shades(0.45) == ["▒"])
    }

    @Test func svgAppliesOpacityOnceToTheWholeImage() throws {
        let figure = Figure()
        try figure.gca().imshow(Self.image, options: ImageOptions(alpha: 0.5))
        let doc = SVGDocument(figure.renderSVG())
        #expect(doc.error == nil)
        let groups = doc.elements.filter { $0.name == "g" && $0.attributes["opacity"] == "0.5" }
        #expect(groups.count == 1)
        // Pixels themselves are opaque, so their slight overlaps draw no seams.
        #expect(!doc.elements.contains { $0.name == "rect" && $0.attributes["fill-opacity"] != nil })
    }

    @Test func colourTerminalBlendsATranslucentImageWithWhite() throws {
        let figure = Figure()
        try figure.gca().imshow(.scalar(rows: 1, columns: 1, values: [0]), options: ImageOptions(colormap: "gray", alpha: 0.5))
        let text = figure.renderText(TerminalOptions(width: 30, color: true))
        // gray(0) is black; half over white is (128, 128, 128) after rounding 127.5.
        #expect(text.contains("38;2;128;128;128") || text.contains("38;2;127;127;127"))
    }
}
