import NNAutograd
import NNTensor

/// Reductions shared by `torch.*` and the tensor methods: `sum mean std var max min argmax
/// argmin prod cumsum any all logsumexp norm numel topk sort argsort`.
extension TorchOps {
    static var reductions: [Op] { [
        op("sum", "dim=None, keepdim=False, *, dtype=None", "Sum of elements (over dim).") { x, a, o, _ in
            wrap(try cast(x, a, o + 2).sum(dims: try dims(a[o]), keepdim: try a.bool(o + 1)))
        },
        op("mean", "dim=None, keepdim=False, *, dtype=None", "Mean of elements (over dim); floating point only.") { x, a, o, _ in
            wrap(try cast(x, a, o + 2).mean(dims: try dims(a[o]), keepdim: try a.bool(o + 1)))
        },
        op("std", "dim=None, unbiased=True, keepdim=False, *, correction=None", "Standard deviation (Bessel-corrected by default).") { x, a, o, _ in
            wrap(try x.std(dims: try dims(a[o]), correction: try correction(a, o), keepdim: try a.bool(o + 2)))
        },
        op("var", "dim=None, unbiased=True, keepdim=False, *, correction=None", "Variance (Bessel-corrected by default).") { x, a, o, _ in
            wrap(try x.variance(dims: try dims(a[o]), correction: try correction(a, o), keepdim: try a.bool(o + 2)))
        },
        op("max", "dim=None, keepdim=False", "The maximum; with dim, (values, indices); with a tensor, the elementwise maximum.") { x, a, o, _ in
            try extremum(x, a, o, largest: true)
        },
        op("min", "dim=None, keepdim=False", "The minimum; with dim, (values, indices); with a tensor, the elementwise minimum.") { x, a, o, _ in
            try extremum(x, a, o, largest: false)
        },
        op("argmax", "dim=None, keepdim=False", "Position of the maximum (in the flattened tensor when dim is None).") { x, a, o, _ in
            wrap(try x.argmax(dim: try a.optionalInt(o), keepdim: try a.bool(o + 1)))
        },
        op("argmin", "dim=None, keepdim=False", "Position of the minimum (in the flattened tensor when dim is None).") { x, a, o, _ in
            wrap(try x.argmin(dim: try a.optionalInt(o), keepdim: try a.bool(o + 1)))
        },
        op("prod", "dim=None, keepdim=False, *, dtype=None", "Product of elements (not differentiated).") { x, a, o, _ in
            plain(try cast(x, a, o + 2).data.prod(axes: try a.optionalInt(o).map { [$0] }, keepdims: try a.bool(o + 1)))
        },
        op("cumsum", "dim, *, dtype=None", "Cumulative sum along dim (not differentiated).") { x, a, o, _ in
            plain(try cast(x, a, o + 1).data.cumsum(axis: try Shape.normalizeAxis(try a.int(o), ndim: max(x.ndim, 1))))
        },
        op("any", "dim=None, keepdim=False", "Whether any element is true (over dim).") { x, a, o, _ in
            plain(try x.data.any(axes: try a.optionalInt(o).map { [$0] }, keepdims: try a.bool(o + 1)))
        },
        op("all", "dim=None, keepdim=False", "Whether every element is true (over dim).") { x, a, o, _ in
            plain(try x.data.all(axes: try a.optionalInt(o).map { [$0] }, keepdims: try a.bool(o + 1)))
        },
        op("logsumexp", "dim, keepdim=False", "log(sum(exp(x))) over dim, computed stably.") { x, a, o, _ in
            wrap(try x.logsumexp(dims: try dims(a[o]) ?? [], keepdim: try a.bool(o + 1)))
        },
        op("norm", "p='fro', dim=None, keepdim=False", "The 2-norm (or 1-norm, inf-norm) of the elements.") { x, a, o, _ in
            wrap(try norm(x, a[o], dims: try dims(a[o + 1]), keepdim: try a.bool(o + 2)))
        },
        op("numel", "", "The number of elements.") { x, _, _, _ in .int(x.count) },
        op("topk", "k, dim=-1, largest=True, sorted=True", "The k largest (or smallest) elements along dim, with positions.") { x, a, o, _ in
            let k = try a.int(o), dim = try a.int(o + 1)
            let order = try sortOrder(x, dim: dim, descending: try a.bool(o + 2))
            let axis = try Shape.normalizeAxis(dim, ndim: max(x.ndim, 1))
            guard k >= 0 && k <= (x.ndim == 0 ? 1 : x.shape[axis]) else {
                throw ScriptError.runtimeError("selected index k out of range")
            }
            let picked = try Variable(order).narrow(dim: axis, start: 0, length: k).data
            return ReturnTypesObject.pair("topk", try gather(x, dim: axis, indices: picked), picked)
        },
        op("sort", "dim=-1, descending=False, stable=False", "The elements sorted along dim, with their positions.") { x, a, o, _ in
            let order = try sortOrder(x, dim: try a.int(o), descending: try a.bool(o + 1))
            let axis = try Shape.normalizeAxis(try a.int(o), ndim: max(x.ndim, 1))
            return ReturnTypesObject.pair("sort", try gather(x, dim: axis, indices: order), order)
        },
        op("argsort", "dim=-1, descending=False, stable=False", "The positions that sort the elements along dim.") { x, a, o, _ in
            plain(try sortOrder(x, dim: try a.int(o), descending: try a.bool(o + 1)))
        },
    ] }

    /// A `dim=` argument: None, an int, or a tuple/list of ints.
    static func dims(_ v: Value) throws -> [Int]? { try NumpyArguments.axes(v) }

    /// `x` converted to the `dtype=` in slot `i`, if given.
    static func cast(_ x: Variable, _ a: BoundArguments, _ i: Int) throws -> Variable {
        guard let d = try a.torchDType(i) else { return x }
        return try x.to(d)
    }

    /// The correction of `std`/`var`: `correction=` if given, else 1 or 0 from `unbiased`.
    static func correction(_ a: BoundArguments, _ o: Int) throws -> Double {
        if let c = try a.optionalDouble(o + 3) { return c }
        return try a.bool(o + 1) ? 1 : 0
    }

    /// `max`/`min` in their three forms.
    static func extremum(_ x: Variable, _ a: BoundArguments, _ o: Int, largest: Bool) throws -> Value {
        if let other = a[o].torchVariable { return wrap(largest ? try x.maximum(other) : try x.minimum(other)) }
        guard let dim = try a.optionalInt(o) else { return wrap(largest ? try x.max() : try x.min()) }
        let r = largest ? try x.max(dim: dim, keepdim: try a.bool(o + 1)) : try x.min(dim: dim, keepdim: try a.bool(o + 1))
        return .native(ReturnTypesObject(largest ? "max" : "min", [("values", .tensor(r.values)), ("indices", .tensor(r.indices))]))
    }

    /// `torch.norm(x, p, dim)` through recorded operations.
    static func norm(_ x: Variable, _ p: Value, dims: [Int]?, keepdim: Bool) throws -> Variable {
        let order: Double
        switch p {
        case .str(let s) where s.value == "fro": order = 2
        default:
            guard let d = p.asDouble else { throw ScriptError.runtimeError("norm(): unsupported p '\(p.typeName)'") }
            order = d
        }
        switch order {
        case 2: return try x.mul(x).sum(dims: dims, keepdim: keepdim).sqrt()
        case 1: return try x.abs().sum(dims: dims, keepdim: keepdim)
        case .infinity:
            guard let d = dims, d.count == 1, let only = d.first else { return try x.abs().max() }
            return try x.abs().max(dim: only, keepdim: keepdim).values
        default:
            return try x.abs().pow(.float(order)).sum(dims: dims, keepdim: keepdim).pow(.float(1 / order))
        }
    }

    /// The positions that sort `x` along `dim` (stable; descending keeps equal elements in order).
    static func sortOrder(_ x: Variable, dim: Int, descending: Bool) throws -> Tensor {
        var key = x.data
        if key.ndim == 0 { return try Tensor.zeros([], dtype: .int64) }
        if descending {
            if key.dtype == .bool { key = try key.astype(.int64) }
            key = try key.unary(.negative, flavor: .torch)
        }
        return try NumpySorting.sort(key, axis: dim, indices: true)
    }

    /// `x` gathered along `dim` at `indices` (same rank), through recorded indexing.
    static func gather(_ x: Variable, dim: Int, indices: Tensor) throws -> Variable {
        if x.ndim == 0 { return x }
        var index: [TensorIndex] = []
        for d in 0..<x.ndim {
            if d == dim { index.append(.array(indices)); continue }
            var shape = [Int](repeating: 1, count: x.ndim)
            shape[d] = indices.shape[d]
            index.append(.array(try Tensor.arange(stop: .int(Int64(indices.shape[d])), flavor: .torch).reshape(shape)))
        }
        return try x.index(index)
    }
}
