/// `matplotlib` itself (`matplotlib.use`, the version), and `matplotlib.style`
/// (`plt.style.use`): nn has one style, so every matplotlib style name is accepted and
/// changes nothing; an unknown name raises as matplotlib does.
enum MatplotlibModule {
    @Sendable static func register(_ m: ModuleObject, _ rt: Runtime) throws {
        m.constant("__version__", .string("3.10.0+nn"))
        m.fn("use", "backend, *, force=True", doc: "Accepted and ignored: nn draws in the terminal and writes SVG.") { _, _ in .none }
        m.fn("get_backend", "", doc: "The name of nn's drawing backend.") { _, _ in .string("nn") }
    }

    /// The style names matplotlib ships.
    static let styles = [
        "default", "classic", "Solarize_Light2", "_classic_test_patch", "_mpl-gallery", "_mpl-gallery-nogrid",
        "bmh", "dark_background", "fast", "fivethirtyeight", "ggplot", "grayscale", "petroff10",
        "seaborn-v0_8", "seaborn-v0_8-bright", "seaborn-v0_8-colorblind", "seaborn-v0_8-dark",
        "seaborn-v0_8-dark-palette", "seaborn-v0_8-darkgrid", "seaborn-v0_8-deep", "seaborn-v0_8-muted",
        "seaborn-v0_8-notebook", "seaborn-v0_8-paper", "seaborn-v0_8-pastel", "seaborn-v0_8-poster",
        "seaborn-v0_8-talk", "seaborn-v0_8-ticks", "seaborn-v0_8-white", "seaborn-v0_8-whitegrid",
        "tableau-colorblind10",
    ]

    @Sendable static func registerStyle(_ m: ModuleObject, _ rt: Runtime) throws {
        m.constant("available", .list(ListObject(styles.filter { !$0.hasPrefix("_") }.map(Value.string))))
        m.fn("use", "style", doc: "Accepted: nn draws every figure in one style (matplotlib's default look).") { a, rt in
            var names: [Value] = []
            switch a[0] {
            case .list(let l): names = l.items
            case .tuple(let t): names = t
            default: names = [a[0]]
            }
            for v in names {
                guard case .str(let s) = v else { continue }
                guard styles.contains(s.value) else {
                    let e = ScriptError(BuiltinTypes.shared.osError,
                                        "'\(s.value)' is not a valid package style, path of style file, URL of style file, or library style name (library styles are listed in `style.available`)")
                    if let close = Suggestions.closest(to: s.value, in: styles) { e.hint = "did you mean '\(close)'?" }
                    throw e
                }
            }
            return .none
        }
    }
}
