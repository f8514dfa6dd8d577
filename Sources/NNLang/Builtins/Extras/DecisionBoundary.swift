import NNAutograd
import NNPlot
import NNTensor

/// `plot_decision_boundary(model, X, y=None, resolution=100, ax=None, cmap=None)`: the
/// regions a 2-D classifier assigns to each class, drawn as TensorFlow Playground draws them,
/// with the points of `X` on top coloured by their labels `y`.
///
/// `model` is any callable taking an (N, 2) float32 tensor (an `nn.Module`, a function);
/// it runs once, under `no_grad`, on a `resolution` x `resolution` grid spanning the data
/// plus a 10% margin. Its output gives each grid point a class: the argmax of each row for
/// several columns; for one column (or a 1-D output), `> 0.5` when every value lies in
/// 0…1 (probabilities) and `> 0` otherwise (logits). It draws into `ax` (or the current
/// axes) like any plotting call and shows nothing by itself: call `plt.show()`.
enum DecisionBoundary {
    /// Opacity of the regions: light enough for the points on top to stand out (and, in
    /// plain text, shades ` ░▒` for up to three classes).
    static let regionAlpha = 0.45

    static func draw(_ a: BoundArguments, _ rt: Runtime) throws -> Value {
        let model = a[0]
        let points = try PlotArray(a[1])
        guard points.ndim == 2, points.shape[1] == 2, points.shape[0] > 0 else {
            throw ScriptError.valueError("plot_decision_boundary() needs X of shape (N, 2) (two features per point), not \(points.shapeText)")
        }
        let n = points.shape[0]
        let resolution = try a.int(a.slot("resolution"))
        guard (2...1000).contains(resolution) else {
            throw ScriptError.valueError("resolution must be between 2 and 1000, not \(resolution)")
        }
        let xs = points.column(0), ys = points.column(1)
        let (x0, x1) = try span(xs, "X[:, 0]"), (y0, y1) = try span(ys, "X[:, 1]")
        let (dx, dy) = ((x1 - x0) / Double(resolution), (y1 - y0) / Double(resolution))
        var grid = [Float](repeating: 0, count: resolution * resolution * 2)
        for i in 0..<resolution {
            for j in 0..<resolution {
                grid[2 * (i * resolution + j)] = Float(x0 + (Double(j) + 0.5) * dx)
                grid[2 * (i * resolution + j) + 1] = Float(y0 + (Double(i) + 0.5) * dy)
            }
        }
        let input = try TensorErrors.torch { try Tensor(grid, shape: [resolution * resolution, 2]) }
        let saved = GradMode.enter(enabled: false)
        let output: Value
        do {
            defer { GradMode.exit(saved) }
            output = try rt.call(model, .tensor(input))
        }
        let classes = try classify(try PlotArray(output), count: resolution * resolution)
        var labels: [Double]?
        if !a.isNone(2) {
            let y = try PlotArray(a[2])
            guard y.values.count == n else {
                throw ScriptError.valueError("y has \(y.values.count) labels for \(n) points in X")
            }
            labels = y.values
        }
        let largest = max(classes.max() ?? 0, Int(min(max(labels?.filter(\.isFinite).max() ?? 0, 0), 1e6)))
        let colormap = try Colormap(named: try PlotValues.colormap(a["cmap"], rt) ?? (largest <= 1 ? "coolwarm" : "viridis"))
        let axes: Axes
        if case .native(let given as AxesObject) = a["ax"] { axes = given.axes } else { axes = rt.plotSession.currentAxes() }
        // Row 0 of the class image is the bottom row of the grid (origin='lower').
        try axes.imshow(.scalar(rows: resolution, columns: resolution, values: classes.map(Double.init)), options: ImageOptions(
            colormap: colormap.name, vmin: 0, vmax: Double(max(largest, 1)), aspect: "auto", origin: "lower",
            extent: (x0, x1, y0, y1), alpha: regionAlpha))
        var scatter = ScatterOptions()
        if let labels { scatter = ScatterOptions(colors: .values(labels), colormap: colormap.name, vmin: 0, vmax: Double(max(largest, 1))) }
        try axes.scatter(x: xs, y: ys, options: scatter)
        return .none
    }

    /// The grid's extent along one feature: the data's range plus 10% on each side.
    private static func span(_ values: [Double], _ name: String) throws(ScriptError) -> (Double, Double) {
        let finite = values.filter(\.isFinite)
        guard let lo = finite.min(), let hi = finite.max() else {
            throw ScriptError.valueError("\(name) has no finite values")
        }
        let margin = hi > lo ? 0.1 * (hi - lo) : 0.5
        return (lo - margin, hi + margin)
    }

    /// One class per grid point from the model's output.
    private static func classify(_ out: PlotArray, count: Int) throws(ScriptError) -> [Int] {
        let columns: Int
        switch out.shape.count {
        case 1 where out.shape[0] == count: columns = 1
        case 2 where out.shape[0] == count && out.shape[1] >= 1: columns = out.shape[1]
        default:
            throw ScriptError.valueError("the model returned shape \(out.shapeText) for an input of shape (\(count), 2); expected (\(count),), (\(count), 1) or (\(count), classes)")
        }
        if columns == 1 {
            let probabilities = out.values.allSatisfy { $0 >= 0 && $0 <= 1 }
            let threshold = probabilities ? 0.5 : 0
            return out.values.map { $0 > threshold ? 1 : 0 }
        }
        return (0..<count).map { row in
            var best = 0
            for c in 1..<columns where out.values[row * columns + c] > out.values[row * columns + best] { best = c }
            return best
        }
    }
}
