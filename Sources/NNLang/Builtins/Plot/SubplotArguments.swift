import NNPlot

/// The arguments of `subplot`, `add_subplot`, `subplots` and `figsize`, read as matplotlib
/// reads them, and the value `subplots` returns (squeezed as matplotlib squeezes it).
enum SubplotArguments {
    /// `(rows, columns, index)` from `subplot(2, 2, 1)`, `subplot(221)` or `subplot()`.
    static func position(_ args: [Value], function: String) throws(ScriptError) -> (Int, Int, Int) {
        switch args.count {
        case 0:
            return (1, 1, 1)
        case 1:
            guard let code = args[0].asIndex else {
                throw ScriptError.typeError("\(function)() argument must be a three-digit integer or three integers, not \(args[0].typeName)")
            }
            guard code >= 111, code <= 999 else {
                throw ScriptError.valueError("Integer subplot specification must be a three-digit number, not \(code)")
            }
            return (code / 100, code / 10 % 10, code % 10)
        case 3:
            var numbers: [Int] = []
            for (i, v) in args.enumerated() {
                guard let n = v.asIndex else {
                    let what = i == 2 ? "num" : (i == 0 ? "nrows" : "ncols")
                    throw ScriptError.typeError("\(function)() \(what) must be an integer, not \(v.typeName)")
                }
                numbers.append(n)
            }
            return (numbers[0], numbers[1], numbers[2])
        default:
            throw ScriptError.typeError("\(function)() takes 1 or 3 positional arguments but \(args.count) were given")
        }
    }

    /// `(nrows, ncols)` of a `subplots` call.
    static func grid(_ a: BoundArguments) throws(ScriptError) -> (Int, Int) {
        let rows = try a.int(a.slot("nrows")), columns = try a.int(a.slot("ncols"))
        guard rows > 0, columns > 0 else {
            throw ScriptError.valueError("Number of rows and columns must be positive integers, not \(rows) and \(columns)")
        }
        // A figure is drawn into a terminal: hundreds of panels cannot be shown at all.
        guard rows <= 64, columns <= 64 else {
            throw ScriptError.valueError("subplots() supports grids of up to 64 x 64 axes, not \(rows) x \(columns)")
        }
        return (rows, columns)
    }

    /// `figsize=(w, h)` (or `set_size_inches((w, h))`) as two numbers.
    static func size(_ v: Value, name: String) throws(ScriptError) -> (Double, Double) {
        let items: [Value]
        switch v {
        case .tuple(let t): items = t
        case .list(let l): items = l.items
        default: throw ScriptError.typeError("\(name) must be a pair of numbers (width, height) in inches, not \(v.typeName)")
        }
        guard items.count == 2, let w = items[0].asDouble, let h = items[1].asDouble else {
            throw ScriptError.valueError("\(name) must be a pair of numbers (width, height) in inches")
        }
        return (w, h)
    }

    /// What `subplots` returns for `grid`: one axes for 1x1, a 1-D array for one row or one
    /// column, else a 2-D array (always 2-D with `squeeze=False`).
    static func axesValue(_ grid: [[Axes]], figure: Figure, squeeze: Bool, _ rt: Runtime) -> Value {
        let session = rt.plotSession
        let objects = grid.map { row in row.map { session.object(for: $0, in: figure) } }
        let rows = objects.count, columns = objects.first?.count ?? 0
        if squeeze {
            if rows == 1, columns == 1, let only = objects.first?.first { return .native(only) }
            if rows == 1 || columns == 1 {
                return .native(AxesArrayObject(objects.flatMap { $0 }, shape: [rows * columns]))
            }
        }
        return .native(AxesArrayObject(objects.flatMap { $0 }, shape: [rows, columns]))
    }
}
