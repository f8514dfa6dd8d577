import NNTensor

/// `np.linalg`: `norm` (vector norms of any order, Frobenius, and the 1 and ∞ matrix norms).
enum NumpyLinalg {
    @Sendable static func register(_ m: ModuleObject, _ rt: Runtime) throws {
        m.numpy("norm", "x, ord=None, axis=None, keepdims=False", doc: "A vector or matrix norm.") { a, _ in
            var x = try NumpyArguments.array(a[0])
            if !x.dtype.isFloatingPoint { x = try x.astype(.float64) }
            let keep = try a.bool(3)
            var axes = try NumpyArguments.axes(a[2])
            let ord = a[1]
            if axes == nil && ord.isNone {
                return ArrayObject.result(try frobenius(x.reshape([-1]), axes: nil, keepdims: false, shape: x.shape, keep: keep))
            }
            if axes == nil { axes = Array(0..<x.ndim) }
            let dims = try Shape.normalizeAxes(axes ?? [], ndim: x.ndim)
            if dims.count == 1 { return ArrayObject.result(try vectorNorm(x, ord: ord, axis: dims[0], keepdims: keep)) }
            guard dims.count == 2 else { throw ScriptError.valueError("Improper number of dimensions to norm.") }
            return ArrayObject.result(try matrixNorm(x, ord: ord, axes: dims, keepdims: keep))
        }
    }

    /// sqrt(Σ x²) over `axes`.
    static func frobenius(_ x: Tensor, axes: [Int]?, keepdims: Bool, shape: [Int] = [], keep: Bool = false) throws -> Tensor {
        var r = try x.binary(.multiply, x, flavor: .numpy).sum(axes: axes, keepdims: keepdims).sqrt(flavor: .numpy)
        if keep { r = try r.reshape(shape.map { _ in 1 }) }
        return r
    }

    /// A vector norm of order `ord` along one axis.
    static func vectorNorm(_ x: Tensor, ord: Value, axis: Int, keepdims: Bool) throws -> Tensor {
        if ord.isNone { return try frobenius(x, axes: [axis], keepdims: keepdims) }
        guard let p = ord.asDouble else { throw ScriptError.valueError("Invalid norm order '\(ord.typeName)' for vectors") }
        let absX = try x.unary(.absolute, flavor: .numpy)
        switch p {
        case .infinity: return try absX.max(axes: [axis], keepdims: keepdims)
        case -.infinity: return try absX.min(axes: [axis], keepdims: keepdims)
        case 0: return try x.binary(.notEqual, .int(0), flavor: .numpy).astype(x.dtype).sum(axes: [axis], keepdims: keepdims)
        case 1: return try absX.sum(axes: [axis], keepdims: keepdims)
        case 2: return try frobenius(x, axes: [axis], keepdims: keepdims)
        default:
            return try absX.binary(.power, .float(p), flavor: .numpy).sum(axes: [axis], keepdims: keepdims)
                .binary(.power, .float(1 / p), flavor: .numpy)
        }
    }

    /// The Frobenius, 1 (largest column sum) and ∞ (largest row sum) norms of matrices.
    static func matrixNorm(_ x: Tensor, ord: Value, axes: [Int], keepdims: Bool) throws -> Tensor {
        if ord.isNone { return try frobenius(x, axes: axes, keepdims: keepdims) }
        if case .str(let s) = ord, s.value == "fro" { return try frobenius(x, axes: axes, keepdims: keepdims) }
        guard let p = ord.asDouble, p == 1 || p == -1 || p.isInfinite else {
            throw ScriptError.valueError("nn's np.linalg.norm supports the 'fro', 1, -1, inf and -inf matrix norms")
        }
        let (rowAxis, colAxis) = (axes[0], axes[1])
        let absX = try x.unary(.absolute, flavor: .numpy)
        // 1-norms sum down the rows (over the row axis), then take the extreme column.
        let summed = try absX.sum(axes: [p.isInfinite ? colAxis : rowAxis], keepdims: true)
        let other = p.isInfinite ? rowAxis : colAxis
        var r = p > 0 ? try summed.max(axes: [other], keepdims: true) : try summed.min(axes: [other], keepdims: true)
        if !keepdims { r = try r.squeeze(axes: axes, flavor: .numpy) }
        return r
    }
}
