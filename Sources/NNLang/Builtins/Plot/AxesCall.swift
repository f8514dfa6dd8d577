import NNPlot

/// One call that exists both as a `plt` function (drawing into the current axes) and as an
/// `Axes` method: `plt.plot` / `ax.plot`, `plt.title` / `ax.set_title`. Both share the
/// parameter text and the body, so they behave alike.
struct AxesCall {
    /// The name in `plt`, or nil for axes-only methods (`get_xlim`).
    let pyplotName: String?
    /// The method name on `Axes`, or nil for `plt`-only functions.
    let axesName: String?
    /// Python parameter text.
    let parameters: String
    /// One-line documentation.
    let doc: String
    /// The call on an axes.
    let body: (Axes, BoundArguments, Runtime) throws -> Value

    init(_ pyplotName: String?, _ axesName: String?, _ parameters: String, doc: String,
         _ body: @escaping (Axes, BoundArguments, Runtime) throws -> Value) {
        self.pyplotName = pyplotName
        self.axesName = axesName
        self.parameters = parameters
        self.doc = doc
        self.body = body
    }
}

/// The table of calls shared by `plt` and `Axes`.
enum AxesCalls {
    /// Every shared call: drawing, then decorations.
    static var all: [AxesCall] { drawing + charts + labels + decorations }
}
