import Testing
@testable import NNPlot

/// Expected values: matplotlib 3.11 `matplotlib.colors.to_rgba(spec)` rounded to 6 decimals,
/// and `matplotlib.colormaps[name](t)` scaled to bytes (`round(c * 255)`).
struct ColorTests {
    static let colors: [(String, (Double, Double, Double, Double))] = [
        ("r", (1.0, 0.0, 0.0, 1)),
        ("C0", (0.121569, 0.466667, 0.705882, 1)),
        ("C10", (0.121569, 0.466667, 0.705882, 1)),
        ("tab:orange", (1.0, 0.498039, 0.054902, 1.0)),
        ("orange", (1.0, 0.647059, 0.0, 1.0)),
        ("lightgray", (0.827451, 0.827451, 0.827451, 1.0)),
        ("grey", (0.501961, 0.501961, 0.501961, 1.0)),
        ("#1f77b4", (0.121569, 0.466667, 0.705882, 1.0)),
        ("#f00", (1.0, 0.0, 0.0, 1.0)),
        ("0.25", (0.25, 0.25, 0.25, 1.0)),
        ("none", (0.0, 0.0, 0.0, 0.0)),
        ("Red", (1.0, 0.0, 0.0, 1.0)),
    ]

    @Test(arguments: colors.indices)
    func parsesLikeMatplotlib(_ i: Int) throws {
        let (spec, (r, g, b, a)) = Self.colors[i]
        let c = try Color(parsing: spec)
        #expect(abs(c.red - r) < 1e-6 && abs(c.green - g) < 1e-6 && abs(c.blue - b) < 1e-6 && abs(c.alpha - a) < 1e-6,
                "\(spec)")
    }

    /// Names matplotlib rejects: upper-case base letters, lower-case cycle references, junk.
    @Test(arguments: ["R", "c10", "notacolor", "#12", "#gggggg", "1.5", "-0.5", ""])
    func rejectsWhatMatplotlibRejects(_ spec: String) {
        #expect(throws: PlotError.invalidColor(spec)) { try Color(parsing: spec) }
    }

    @Test func invalidColorMessage() {
        #expect(PlotError.invalidColor("foo").description == "Invalid RGBA argument: 'foo'")
    }

    @Test func defaultCycleIsTab10() {
        #expect(Color.cycle.map(\.hexString) == [
            "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
        ])
        #expect(Color.cycle(12) == Color.cycle(2))
    }

    static let colormapSamples: [(String, Double, Int, Int, Int)] = [
        ("viridis", 0.0, 68, 1, 84), ("viridis", 0.1, 72, 36, 117), ("viridis", 0.5, 33, 145, 140),
        ("viridis", 0.73, 82, 197, 105), ("viridis", 0.999, 253, 231, 37), ("viridis", 1.0, 253, 231, 37),
        ("gray", 0.0, 0, 0, 0), ("gray", 0.1, 25, 25, 25), ("gray", 0.5, 128, 128, 128),
        ("gray", 0.73, 186, 186, 186), ("gray", 1.0, 255, 255, 255),
        ("Blues", 0.0, 247, 251, 255), ("Blues", 0.1, 227, 238, 249), ("Blues", 0.5, 106, 174, 214),
        ("Blues", 0.73, 38, 118, 184), ("Blues", 1.0, 8, 48, 107),
        ("coolwarm", 0.0, 59, 76, 192), ("coolwarm", 0.1, 89, 119, 227), ("coolwarm", 0.5, 221, 220, 220),
        ("coolwarm", 0.73, 246, 162, 131), ("coolwarm", 1.0, 180, 4, 38),
        ("jet", 0.0, 0, 0, 128), ("jet", 0.1, 0, 0, 241), ("jet", 0.5, 125, 255, 122), ("jet", 0.73, 255, 171, 0),
        ("jet", 1.0, 128, 0, 0),
        ("viridis_r", 0.0, 253, 231, 37), ("viridis_r", 0.1, 189, 223, 38), ("viridis_r", 0.5, 33, 144, 141),
        ("viridis_r", 0.73, 56, 88, 140), ("viridis_r", 1.0, 68, 1, 84),
        ("hot", 0.0, 11, 0, 0), ("hot", 0.1, 76, 0, 0), ("hot", 0.5, 255, 92, 0), ("hot", 0.73, 255, 244, 0),
        ("hot", 1.0, 255, 255, 255),
    ]

    @Test(arguments: colormapSamples.indices)
    func colormapsMatchMatplotlib(_ i: Int) throws {
        let (name, t, r, g, b) = Self.colormapSamples[i]
        let bytes = try Colormap(named: name).color(at: t).bytes
        #expect(Int(bytes.red) == r && Int(bytes.green) == g && Int(bytes.blue) == b, "\(name) at \(t)")
    }

    @Test func everyListedColormapLoads() throws {
        for name in Colormap.names {
            let map = try Colormap(named: name)
            let reversed = try Colormap(named: name + "_r")
            #expect(map.color(at: 0) == reversed.color(at: 1), "\(name)")
        }
        #expect(throws: PlotError.unknownColormap("nope")) { try Colormap(named: "nope") }
    }

    @Test func normalisationAndMaskedValues() throws {
        let gray = try Colormap(named: "gray")
        #expect(gray.color(for: 5, vmin: 0, vmax: 10).bytes.red == 128)
        #expect(gray.color(for: -3, vmin: 0, vmax: 10) == gray.color(at: 0))
        #expect(gray.color(for: 30, vmin: 0, vmax: 10) == gray.color(at: 1))
        #expect(gray.color(for: 7, vmin: 7, vmax: 7) == gray.color(at: 0))
        #expect(gray.color(at: .nan).alpha == 0)
    }
}
