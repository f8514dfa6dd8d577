import NNTensor

/// `np.set_printoptions`, `np.get_printoptions` and the `np.printoptions(...)` context
/// manager. Options belong to the session. Custom `formatter` callables and `legacy` modes
/// are not supported.
enum NumpyPrinting {
    static let parameters = "precision=None, threshold=None, edgeitems=None, linewidth=None, suppress=None, nanstr=None, infstr=None, formatter=None, sign=None, floatmode=None, *, legacy=None, override_repr=None"

    static func register(_ m: ModuleObject) {
        m.numpy("set_printoptions", parameters, doc: "Sets how arrays print (for this session).") { a, rt in
            rt.tensorSession.numpy = try apply(a, to: rt.tensorSession.numpy)
            return .none
        }
        m.numpy("get_printoptions", "", doc: "The current print options as a dict.") { _, rt in
            try dictionary(rt.tensorSession.numpy, rt)
        }
        m.numpy("printoptions", parameters, doc: "A context manager that sets print options for its block.") { a, rt in
            .native(PrintOptionsScope(options: try apply(a, to: rt.tensorSession.numpy)))
        }
    }

    /// `options` with the arguments of a `set_printoptions` call applied, checked as NumPy checks them.
    static func apply(_ a: BoundArguments, to options: NumPyPrintOptions) throws -> NumPyPrintOptions {
        var o = options
        if !a.isNone(0) {
            guard case .int(let p) = a[0].boolAsInt else { throw ScriptError.typeError("precision must be an integer") }
            o.precision = p
        }
        if !a.isNone(1) {
            switch a[1] {
            case .int(let t): o.threshold = t
            case .float(let d):
                if d.isNaN { throw ScriptError.valueError("threshold must be non-NAN, try sys.maxsize for untruncated representation") }
                o.threshold = clampedThreshold(d)
            default: throw ScriptError.typeError("threshold must be numeric")
            }
        }
        if !a.isNone(2) { o.edgeItems = try a.int(2) }
        if !a.isNone(3) { o.lineWidth = try a.int(3) }
        if !a.isNone(4) { o.suppress = try a.bool(4) }
        if !a.isNone(5) { o.nanString = try a.string(5) }
        if !a.isNone(6) { o.infString = try a.string(6) }
        if !a.isNone(7) { throw ScriptError.valueError("nn's np.set_printoptions does not support custom formatters") }
        if !a.isNone(8) {
            guard let s = NumPyPrintOptions.Sign(rawValue: try a.string(8)) else {
                throw ScriptError.valueError("sign option must be one of ' ', '+', or '-'")
            }
            o.sign = s
        }
        if !a.isNone(9) {
            guard let f = NumPyPrintOptions.FloatMode(rawValue: try a.string(9)) else {
                throw ScriptError.valueError("floatmode option must be one of \"fixed\", \"unique\", \"maxprec\", \"maxprec_equal\"")
            }
            o.floatMode = f
        }
        if case .bool(true) = a[10] { throw ScriptError.valueError("nn prints as NumPy 2 does; legacy print modes are not supported") }
        if case .str = a[10] { throw ScriptError.valueError("nn prints as NumPy 2 does; legacy print modes are not supported") }
        return o
    }

    /// A float threshold as an element count: infinity (or anything past Int.max) prints
    /// everything, negative values summarise everything. NaN is refused by the caller.
    static func clampedThreshold(_ d: Double) -> Int {
        if d >= 9.2e18 { return Int.max }
        if d <= -9.2e18 { return Int.min }
        return Int(d.rounded(.down))
    }

    /// `get_printoptions()`, keys in NumPy's order.
    static func dictionary(_ o: NumPyPrintOptions, _ rt: Runtime) throws -> Value {
        let d = DictObject()
        let threshold: Value = o.threshold == Int.max ? .float(.infinity) : .int(o.threshold)
        let entries: [(String, Value)] = [
            ("edgeitems", .int(o.edgeItems)), ("threshold", threshold), ("floatmode", .string(o.floatMode.rawValue)),
            ("precision", .int(o.precision)), ("suppress", .bool(o.suppress)), ("linewidth", .int(o.lineWidth)),
            ("nanstr", .string(o.nanString)), ("infstr", .string(o.infString)), ("sign", .string(o.sign.rawValue)),
            ("formatter", .none), ("legacy", .false), ("override_repr", .none),
        ]
        for (k, v) in entries { try d.set(.string(k), v, rt) }
        return .dict(d)
    }
}
