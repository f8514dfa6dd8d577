import NNPlot

/// A colour map as `plt.cm.viridis` or `plt.get_cmap('viridis')` give it; plotting calls
/// accept it wherever they accept a colour map name (`cmap=plt.cm.coolwarm`).
final class ColormapObject: NativeObject {
    let colormap: Colormap

    init(_ colormap: Colormap) { self.colormap = colormap }

    nonisolated(unsafe) static let type: ClassObject = {
        // Immutable after its thread-safe lazy initialisation.
        let c = ClassObject.native("Colormap", module: "matplotlib.colors", doc: "A colour map (cmap=).")
        c.subclassable = false
        c.property("name", doc: "The colour map's name.") { v, _ in
            guard case .native(let m as ColormapObject) = v else { return .none }
            return .string(m.colormap.name)
        }
        return c
    }()

    override var nativeType: ClassObject { ColormapObject.type }

    override func repr(_ rt: Runtime) throws -> String { "<Colormap '\(colormap.name)'>" }

    /// Every colour map NNPlot has, and each reversed (`_r`), by name.
    static var allNames: [String] { Colormap.names.flatMap { [$0, $0 + "_r"] } }

    /// Fills `matplotlib.cm`: one attribute per colour map, and `get_cmap`.
    @Sendable static func registerModule(_ m: ModuleObject, _ rt: Runtime) throws {
        for name in allNames {
            m.constant(name, .native(ColormapObject(try Colormap(named: name))))
        }
        registerGetCmap(m)
    }

    /// `get_cmap(name)` on `m` (`plt.get_cmap`, `matplotlib.cm.get_cmap`).
    static func registerGetCmap(_ m: ModuleObject) {
        m.fn("get_cmap", "name=None, lut=None", doc: "The colour map called name (viridis by default).") { a, rt in
            if case .native(let c as ColormapObject) = a[0] { return .native(c) }
            let name = try PlotValues.colormap(a[0], rt) ?? "viridis"
            return .native(ColormapObject(try Colormap(named: name)))
        }
    }
}
