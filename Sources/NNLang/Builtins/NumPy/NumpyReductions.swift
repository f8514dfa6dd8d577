import NNTensor

/// NumPy's reductions, shared by the `np.*` functions and the `ndarray` methods: `axis`
/// (None, an int or a tuple), `keepdims`, `ddof` for `std`/`var`. A reduction to a 0-d result
/// gives an nn number, as NumPy gives a scalar.
enum NumpyReductions {
    /// The reductions.
    enum Kind {
        case sum, prod, mean, max, min, any, all, std, variance, argmax, argmin
    }

    /// `kind` of `t` over `axis`.
    static func reduce(_ kind: Kind, _ t: Tensor, axis: Value, keepdims: Bool, ddof: Double = 0) throws -> Value {
        let axes = try NumpyArguments.axes(axis)
        let r: Tensor
        switch kind {
        case .sum: r = try t.sum(axes: axes, keepdims: keepdims)
        case .prod: r = try t.prod(axes: axes, keepdims: keepdims)
        case .mean: r = try t.mean(axes: axes, keepdims: keepdims, flavor: .numpy)
        case .max: r = try t.max(axes: axes, keepdims: keepdims)
        case .min: r = try t.min(axes: axes, keepdims: keepdims)
        case .any: r = try t.any(axes: axes, keepdims: keepdims)
        case .all: r = try t.all(axes: axes, keepdims: keepdims)
        case .std: r = try t.std(axes: axes, correction: ddof, keepdims: keepdims, flavor: .numpy)
        case .variance: r = try t.variance(axes: axes, correction: ddof, keepdims: keepdims, flavor: .numpy)
        case .argmax, .argmin:
            if let axes, axes.count != 1 {
                throw ScriptError.typeError("'tuple' object cannot be interpreted as an integer")
            }
            let axis = axes?.first
            r = kind == .argmax ? try t.argmax(axis: axis, keepdims: keepdims) : try t.argmin(axis: axis, keepdims: keepdims)
        }
        return ArrayObject.result(r)
    }

    /// The `(a, axis=None, …, keepdims=False)` signature text of a reduction function.
    static func signature(_ kind: Kind) -> String {
        switch kind {
        case .std, .variance: return "a, axis=None, dtype=None, out=None, ddof=0, keepdims=False"
        case .argmax, .argmin: return "a, axis=None, out=None, keepdims=False"
        default: return "a, axis=None, dtype=None, out=None, keepdims=False"
        }
    }

    /// Registers `np.<name>` and `ndarray.<name>` for `kind`.
    static func register(_ name: String, _ kind: Kind, doc: String, module m: ModuleObject) {
        let sig = signature(kind)
        m.numpy(name, sig, doc: doc) { a, _ in
            try reduceArguments(kind, try NumpyArguments.array(a[0], dtype: try reductionDType(a, kind)), a, offset: 0)
        }
    }

    /// Registers the method form (`a.sum(axis=0)`).
    static func registerMethod(_ name: String, _ kind: Kind, doc: String, on c: ClassObject) {
        let sig = String(signature(kind).dropFirst(3))
        c.numpy(name, sig, doc: doc) { a, _ in
            var t = try a.array.tensor
            if let d = try reductionDType(a, kind, offset: -1) { t = try t.converted(to: d) }
            return try reduceArguments(kind, t, a, offset: -1)
        }
    }

    /// The `dtype=` of a reduction, if it has one and it was given.
    private static func reductionDType(_ a: BoundArguments, _ kind: Kind, offset: Int = 0) throws -> DType? {
        switch kind {
        case .argmax, .argmin: return nil
        default: return try NumpyDTypes.parse(a[2 + offset])
        }
    }

    /// Reads axis/ddof/keepdims from their slots (`offset` -1 for methods, which have no `a`).
    private static func reduceArguments(_ kind: Kind, _ t: Tensor, _ a: BoundArguments, offset: Int) throws -> Value {
        let o = offset
        switch kind {
        case .std, .variance:
            return try reduce(kind, t, axis: a[1 + o], keepdims: try a.bool(5 + o), ddof: try a.double(4 + o))
        case .argmax, .argmin:
            return try reduce(kind, t, axis: a[1 + o], keepdims: try a.bool(3 + o))
        default:
            return try reduce(kind, t, axis: a[1 + o], keepdims: try a.bool(4 + o))
        }
    }

    /// The table of reductions `np` and `ndarray` share.
    static let table: [(name: String, kind: Kind, doc: String)] = [
        ("sum", .sum, "Sum of elements over the given axes."),
        ("prod", .prod, "Product of elements over the given axes."),
        ("mean", .mean, "Arithmetic mean over the given axes."),
        ("max", .max, "Maximum over the given axes."),
        ("min", .min, "Minimum over the given axes."),
        ("any", .any, "Whether any element is true."),
        ("all", .all, "Whether every element is true."),
        ("std", .std, "Standard deviation (ddof=0 by default)."),
        ("var", .variance, "Variance (ddof=0 by default)."),
        ("argmax", .argmax, "Index of the maximum (of the flattened array when axis is None)."),
        ("argmin", .argmin, "Index of the minimum (of the flattened array when axis is None)."),
    ]
}
