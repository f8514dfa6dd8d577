#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reductions over all elements (`axes: nil`) or a list of axes, with `keepdims`.
///
/// Result dtypes follow NumPy and PyTorch: `sum`/`prod` of int64 or bool give int64;
/// `max`/`min` keep the dtype; `any`/`all` give bool; `mean`/`var`/`std` of integers give the
/// default float of the flavour (PyTorch refuses integer `mean`).
extension Tensor {
    /// Which axes a reduction folds, as a mask over dimensions.
    func reductionMask(_ axes: [Int]?) throws -> [Bool] {
        guard let axes else { return [Bool](repeating: true, count: ndim) }
        var mask = [Bool](repeating: false, count: ndim)
        for a in try Shape.normalizeAxes(axes, ndim: ndim) { mask[a] = true }
        return mask
    }

    /// Drops the size-1 reduced dimensions of a keepdims result unless `keepdims`.
    func finishReduction(_ mask: [Bool], keepdims: Bool) -> Tensor {
        if keepdims { return self }
        var s: [Int] = [], st: [Int] = []
        for d in 0..<ndim where !mask[d] { s.append(shape[d]); st.append(strides[d]) }
        return Tensor(storage: storage, shape: s, strides: st, offset: offset, dtype: dtype,
                      count: count, isContiguous: true)
    }

    /// Number of elements folded into each output element.
    func reducedCount(_ mask: [Bool]) -> Int {
        var n = 1
        for d in 0..<ndim where mask[d] { n &*= shape[d] }
        return n
    }

    /// The general entry: `kind` over `axes` (nil: all), in `compute` dtype.
    func reduce(_ kind: ReduceKind, axes: [Int]?, keepdims: Bool, compute: DType) throws -> Tensor {
        let mask = try reductionMask(axes)
        if kind.needsElements && reducedCount(mask) == 0 {
            throw TensorError.emptyReduction(op: kind.name, axis: axes?.first)
        }
        let x = try converted(to: compute)
        return try Reducer.reduce(x, kind, reduced: mask).finishReduction(mask, keepdims: keepdims)
    }

    /// The sum (int64 for int/bool input).
    public func sum(axes: [Int]? = nil, keepdims: Bool = false) throws -> Tensor {
        try reduce(.sum, axes: axes, keepdims: keepdims, compute: dtype.isFloatingPoint ? dtype : .int64)
    }

    /// The sum over one axis.
    public func sum(axis: Int, keepdims: Bool = false) throws -> Tensor { try sum(axes: [axis], keepdims: keepdims) }

    /// Sums a broadcast result back to `target` (the shape it was broadcast from): leading
    /// dimensions are summed away and dimensions that are 1 in `target` are summed with
    /// keepdims — the gradient of broadcasting. Throws when `target` does not broadcast to
    /// `shape`.
    public func sum(toShape target: [Int]) throws -> Tensor {
        if target == shape { return self }
        guard target.count <= ndim, (try? Shape.broadcast(target, shape)) == shape else {
            throw TensorError.expand(shape: target, target: shape)
        }
        let lead = ndim - target.count
        var axes = Array(0..<lead)
        for (i, d) in target.enumerated() where d == 1 && shape[lead + i] != 1 { axes.append(lead + i) }
        let s = try sum(axes: axes, keepdims: true)
        return try s.reshape(target)
    }

    /// The product (int64 for int/bool input).
    public func prod(axes: [Int]? = nil, keepdims: Bool = false) throws -> Tensor {
        try reduce(.prod, axes: axes, keepdims: keepdims, compute: dtype.isFloatingPoint ? dtype : .int64)
    }

    /// The largest element (NaN propagates); throws on an empty reduction.
    public func max(axes: [Int]? = nil, keepdims: Bool = false) throws -> Tensor {
        try reduce(.max, axes: axes, keepdims: keepdims, compute: dtype)
    }

    /// The smallest element (NaN propagates); throws on an empty reduction.
    public func min(axes: [Int]? = nil, keepdims: Bool = false) throws -> Tensor {
        try reduce(.min, axes: axes, keepdims: keepdims, compute: dtype)
    }

    /// True where any element is nonzero.
    public func any(axes: [Int]? = nil, keepdims: Bool = false) throws -> Tensor {
        try reduce(.any, axes: axes, keepdims: keepdims, compute: .bool)
    }

    /// True where every element is nonzero.
    public func all(axes: [Int]? = nil, keepdims: Bool = false) throws -> Tensor {
        try reduce(.all, axes: axes, keepdims: keepdims, compute: .bool)
    }

    /// The dtype `mean`/`var`/`std` compute in.
    private func floatCompute(_ op: String, _ flavor: Flavor) throws -> DType {
        if dtype.isFloatingPoint { return dtype }
        if flavor == .torch { throw TensorError.floatingPointRequired(op: op, dtype: dtype) }
        return flavor.defaultFloat
    }

    /// The arithmetic mean (NaN for an empty reduction, as NumPy and PyTorch give).
    public func mean(axes: [Int]? = nil, keepdims: Bool = false, flavor: Flavor) throws -> Tensor {
        let compute = try floatCompute("mean", flavor)
        let n = reducedCount(try reductionMask(axes))
        let s = try reduce(.sum, axes: axes, keepdims: keepdims, compute: compute)
        try s.applyInPlace(.divide, .scalar(.float(Double(n))), flavor: flavor)
        return s
    }

    /// The variance `Σ(x − mean)² / max(n − correction, 0)`; `correction` is NumPy's `ddof`
    /// (NumPy default 0) or PyTorch's `correction` (default 1) — the caller decides.
    public func variance(axes: [Int]? = nil, correction: Double, keepdims: Bool = false,
                         flavor: Flavor) throws -> Tensor {
        let compute = try floatCompute("var", flavor)
        let x = try converted(to: compute)
        let m = try x.mean(axes: axes, keepdims: true, flavor: flavor)
        let d = try x.binary(.subtract, m, flavor: flavor).unary(.square, flavor: flavor)
        let n = Double(reducedCount(try reductionMask(axes)))
        let s = try d.reduce(.sum, axes: axes, keepdims: keepdims, compute: compute)
        try s.applyInPlace(.divide, .scalar(.float(Swift.max(n - correction, 0))), flavor: flavor)
        return s
    }

    /// The standard deviation, `sqrt(variance)`.
    public func std(axes: [Int]? = nil, correction: Double, keepdims: Bool = false,
                    flavor: Flavor) throws -> Tensor {
        try variance(axes: axes, correction: correction, keepdims: keepdims, flavor: flavor)
            .unary(.sqrt, flavor: flavor)
    }

    /// `log(Σ exp(x))` over `axes`, computed stably by factoring out the maximum.
    public func logsumexp(axes: [Int]? = nil, keepdims: Bool = false, flavor: Flavor) throws -> Tensor {
        let x = try converted(to: dtype.isFloatingPoint ? dtype : flavor.defaultFloat)
        let m = try x.max(axes: axes, keepdims: true)
        // An infinite or NaN maximum is replaced by 0 so that exp(x - m) stays defined.
        let safe = try Tensor.where(m.unary(.isfinite, flavor: flavor), .tensor(m), .scalar(.float(0)), flavor: flavor)
        let e = try x.binary(.subtract, safe, flavor: flavor).unary(.exp, flavor: flavor)
        let s = try e.sum(axes: axes, keepdims: true).unary(.log, flavor: flavor)
        try s.applyInPlace(.add, .tensor(safe), flavor: flavor)
        return keepdims ? s : s.finishReduction(try reductionMask(axes), keepdims: false)
    }

    /// `exp(x) / Σ exp(x)` along `axis`, computed as `exp(x − max)` so large inputs do not
    /// overflow.
    public func softmax(axis: Int, flavor: Flavor) throws -> Tensor {
        let x = try converted(to: dtype.isFloatingPoint ? dtype : flavor.defaultFloat)
        let m = try x.max(axes: [axis], keepdims: true)
        let e = try x.binary(.subtract, m, flavor: flavor)
        let out = try e.unary(.exp, flavor: flavor)
        try out.applyInPlace(.divide, .tensor(try out.sum(axes: [axis], keepdims: true)), flavor: flavor)
        return out
    }

    /// `x − logsumexp(x)` along `axis`, computed stably.
    public func logSoftmax(axis: Int, flavor: Flavor) throws -> Tensor {
        let x = try converted(to: dtype.isFloatingPoint ? dtype : flavor.defaultFloat)
        let lse = try x.logsumexp(axes: [axis], keepdims: true, flavor: flavor)
        return try x.binary(.subtract, lse, flavor: flavor)
    }
}
