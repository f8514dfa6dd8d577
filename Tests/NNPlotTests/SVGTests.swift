import Foundation
import Testing
@testable import NNPlot

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses SVG output with Foundation's XML parser and records elements and text.
final class SVGDocument: NSObject, XMLParserDelegate {
    struct Element {
        let name: String
        let attributes: [String: String]
        var text = ""
    }

    private(set) var elements: [Element] = []
    private var open: [Int] = []
    private(set) var error: Error?

    init(_ svg: String) {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        if !parser.parse() { error = parser.parserError ?? CocoaError(.fileReadCorruptFile) }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append(Element(name: name, attributes: attributes))
        open.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        _ = open.popLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let i = open.last { elements[i].text += string }
    }

    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }
    var texts: [String] { all("text").map(\.text) }
}

struct SVGTests {
    @Test(arguments: GoldenFigures.names)
    func everyFigureIsWellFormedSVG(_ name: String) throws {
        let svg = try GoldenFigures.make(name).renderSVG()
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "))
        let doc = SVGDocument(svg)
        #expect(doc.error == nil, "\(name): \(String(describing: doc.error))")
        let root = try #require(doc.elements.first)
        #expect(root.name == "svg")
        #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg")
        #expect(root.attributes["viewBox"] == "0 0 460.8 345.6")
        #expect(root.attributes["width"] == "460.8pt")
        #expect(root.attributes["font-family"] == "sans-serif")
        let ids = doc.elements.compactMap { $0.attributes["id"] }
        #expect(Set(ids).count == ids.count, "ids are unique")
    }

    @Test func lineFigureContent() throws {
        let doc = SVGDocument(try GoldenFigures.make("twoLines").renderSVG())
        let paths = doc.all("path")
        #expect(paths.contains { $0.attributes["stroke"] == "#ff0000" && $0.attributes["stroke-dasharray"] == "5.55,2.4" })
        #expect(paths.contains { $0.attributes["stroke"] == "#0000ff" && $0.attributes["stroke-dasharray"] == nil })
        let solid = try #require(paths.first { $0.attributes["stroke"] == "#0000ff" })
        #expect(solid.attributes["d"]?.hasPrefix("M") == true)
        #expect(solid.attributes["d"]?.filter { $0 == "L" }.count == 99)
        // Tick labels use matplotlib's Unicode minus; the legend names both series.
        #expect(doc.texts.contains("−4") && doc.texts.contains("0.2"))
        #expect(doc.texts.contains("step") && doc.texts.contains("sigmoid"))
        #expect(doc.all("g").contains { $0.attributes["class"] == "legend" })
        #expect(doc.all("clipPath").count == 1)
    }

    @Test func textIsEscaped() throws {
        let fig = Figure()
        let ax = fig.gca()
        ax.title = "a < b & \"c\" > 'd'"
        ax.x.label = "bell\u{07}\u{0}tab\tend"
        try ax.plot(y: [1, 2], options: LineOptions(label: "<script>alert(1)</script>"))
        try ax.showLegend()
        let svg = fig.renderSVG()
        #expect(!svg.contains("<script>"))
        #expect(svg.contains("a &lt; b &amp; &quot;c&quot; &gt; &apos;d&apos;"))
        let doc = SVGDocument(svg)
        #expect(doc.error == nil)
        #expect(doc.texts.contains("a < b & \"c\" > 'd'"))
        #expect(doc.texts.contains("<script>alert(1)</script>"))
        #expect(doc.texts.contains("bell  tab end"))
    }

    @Test func inlineOptionsForHTML() throws {
        let fig = try GoldenFigures.make("sigmoid")
        let svg = fig.renderSVG(SVGOptions(xmlDeclaration: false, idPrefix: "cell 3!"))
        #expect(svg.hasPrefix("<svg "))
        let doc = SVGDocument(svg)
        #expect(doc.error == nil)
        #expect(doc.all("clipPath").allSatisfy { $0.attributes["id"]?.hasPrefix("cell3-") == true })
        let other = SVGDocument(fig.renderSVG(SVGOptions(idPrefix: "cell4")))
        let ids = Set(doc.elements.compactMap { $0.attributes["id"] })
        #expect(ids.isDisjoint(with: other.elements.compactMap { $0.attributes["id"] }))
    }

    @Test func heatmapCellsAndCounts() throws {
        let doc = SVGDocument(try GoldenFigures.make("heatmap").renderSVG())
        // Blues at the extremes (matplotlib: Blues(0) = #f7fbff, Blues(1) = #08306b).
        let fills = Set(doc.all("rect").compactMap { $0.attributes["fill"] })
        #expect(fills.contains("#08306b") && fills.contains("#f7fbff"))
        let labels = doc.all("text").filter { ["9", "1", "2", "8"].contains($0.text) }
        #expect(labels.count == 4)
        // Dark cells get white text, light cells black.
        #expect(labels.first { $0.text == "9" }?.attributes["fill"] == "#ffffff")
        #expect(labels.first { $0.text == "1" }?.attributes["fill"] == "#000000")
        #expect(doc.texts.contains("yes") && doc.texts.contains("no"))
    }

    @Test func largeImagesBecomePNG() throws {
        let fig = Figure()
        let n = 80
        try fig.gca().imshow(.scalar(rows: n, columns: n, values: (0..<(n * n)).map { Double($0 % n) }))
        let doc = SVGDocument(fig.renderSVG())
        let image = try #require(doc.all("image").first)
        let href = try #require(image.attributes["href"])
        #expect(href.hasPrefix("data:image/png;base64,"))
        let png = try #require(Data(base64Encoded: String(href.dropFirst("data:image/png;base64,".count))))
        let bytes = [UInt8](png)
        #expect(Array(bytes[0..<8]) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(Array(bytes[12..<16]) == Array("IHDR".utf8))
        #expect(Array(bytes[16..<24]) == [0, 0, 0, 80, 0, 0, 0, 80])
        #expect(image.attributes["style"] == "image-rendering:pixelated")
    }

    /// Known checksums: CRC-32 of "IEND" is the constant in every PNG file (PNG spec);
    /// Adler-32 of "Wikipedia" is 0x11E60398 (RFC 1950's algorithm, the usual worked example).
    @Test func pngChecksums() {
        #expect(PNGEncoder.crc32(Array("IEND".utf8)) == 0xAE42_6082)
        #expect(PNGEncoder.adler32(Array("Wikipedia".utf8)) == 0x11E6_0398)
        let stored = PNGEncoder.zlibStored(Array(repeating: 7, count: 70_000))
        // Two stored blocks: 65,535 bytes then 4,465, the second marked final.
        #expect(stored[2] == 0 && stored[3] == 0xff && stored[4] == 0xff)
        #expect(stored[2 + 5 + 65_535] == 1)
    }

    @Test func numbersAreCompact() {
        #expect(SVGBuilder.number(12.5) == "12.5")
        #expect(SVGBuilder.number(3) == "3")
        #expect(SVGBuilder.number(-0.004) == "0")
        #expect(SVGBuilder.number(-0.25) == "-0.25")
        #expect(SVGBuilder.number(0.05) == "0.05")
        #expect(SVGBuilder.number(.nan) == "0")
        #expect(SVGBuilder.number(1e300) == "1000000000")
    }

    @Test func subplotsGetSeparateBoxesAndTheFigureTitle() throws {
        let doc = SVGDocument(try GoldenFigures.make("subplots").renderSVG())
        #expect(doc.all("clipPath").count == 2)
        #expect(doc.texts.contains("Figure title") && doc.texts.contains("left") && doc.texts.contains("right"))
        let frames = doc.all("rect").filter { $0.attributes["stroke"] == "#000000" }
        #expect(frames.count == 2)
        let xs = frames.compactMap { $0.attributes["x"].flatMap(Double.init) }
        #expect(xs.count == 2 && xs[0] < xs[1])
    }
}
