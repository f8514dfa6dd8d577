import NNTensor

/// Typed element loops for the differentiable kernels: each takes tensors of one float type,
/// reads them in row-major order (strided inputs are copied first) and returns a fresh
/// contiguous tensor. `@inline(__always)`, and the loop runs here rather than inside a closure
/// handed to NNTensor, so every call site gets a loop specialised for its element function,
/// which the compiler inlines and vectorises.
enum Kernels {
    /// The first element of a contiguous tensor of element type `T` (valid while `t` lives).
    @inline(__always)
    static func base<T: TensorElement>(_ t: Tensor, _: T.Type) throws -> UnsafeMutablePointer<T>? {
        try t.withUnsafeMutableSharedBuffer(as: T.self) { $0.baseAddress }
    }

    /// `out[i] = f(x[i])`.
    @inline(__always)
    static func map<T: RealElement>(_ x: Tensor, _ type: T.Type, _ f: (T) -> T) throws -> Tensor {
        let a = try x.contiguous()
        let out = try Tensor.uninitialized(shape: x.shape, dtype: T.dtype)
        guard let pa = try base(a, T.self), let po = try base(out, T.self) else { return out }
        withExtendedLifetime((a, out)) {
            for i in 0..<out.count { po[i] = f(pa[i]) }
        }
        return out
    }

    /// `out[i] = f(a[i], b[i])` for tensors of one shape.
    @inline(__always)
    static func zip<T: RealElement>(_ a: Tensor, _ b: Tensor, _ type: T.Type, _ f: (T, T) -> T) throws -> Tensor {
        let (ca, cb) = (try a.contiguous(), try b.contiguous())
        let out = try Tensor.uninitialized(shape: a.shape, dtype: T.dtype)
        guard let pa = try base(ca, T.self), let pb = try base(cb, T.self), let po = try base(out, T.self) else { return out }
        withExtendedLifetime((ca, cb, out)) {
            for i in 0..<out.count { po[i] = f(pa[i], pb[i]) }
        }
        return out
    }

    /// `out[i] = f(a[i], b[i], c[i])` for tensors of one shape.
    @inline(__always)
    static func zip3<T: RealElement>(_ a: Tensor, _ b: Tensor, _ c: Tensor, _ type: T.Type,
                                     _ f: (T, T, T) -> T) throws -> Tensor {
        let (ca, cb, cc) = (try a.contiguous(), try b.contiguous(), try c.contiguous())
        let out = try Tensor.uninitialized(shape: a.shape, dtype: T.dtype)
        guard let pa = try base(ca, T.self), let pb = try base(cb, T.self), let pc = try base(cc, T.self),
              let po = try base(out, T.self) else { return out }
        withExtendedLifetime((ca, cb, cc, out)) {
            for i in 0..<out.count { po[i] = f(pa[i], pb[i], pc[i]) }
        }
        return out
    }

    /// A float dtype's computation: runs `f32` for float32, `f64` for float64, and throws
    /// `notImplementedForDType(op)` otherwise.
    @inline(__always)
    static func float<R>(_ dtype: DType, op: String, _ f32: () throws -> R, _ f64: () throws -> R) throws -> R {
        switch dtype {
        case .float32: return try f32()
        case .float64: return try f64()
        default: throw AutogradError.notImplementedForDType(op: op, dtype: dtype)
        }
    }
}

/// `[outer, size, inner]`: a tensor's shape seen around one axis, the layout every kernel
/// that reduces or scatters along an axis walks (element `(o, k, i)` at `(o·size + k)·inner + i`).
struct AxisLayout {
    let outer: Int
    let size: Int
    let inner: Int

    init(shape: [Int], axis: Int) {
        var o = 1, n = 1
        for d in 0..<axis { o &*= shape[d] }
        for d in (axis + 1)..<shape.count { n &*= shape[d] }
        outer = o
        size = shape[axis]
        inner = n
    }
}

/// Normalises a PyTorch dimension argument against `ndim` (0-d tensors accept -1 and 0).
func normalizedDim(_ dim: Int, _ ndim: Int) throws -> Int {
    let n = Swift.max(ndim, 1)
    guard dim >= -n && dim < n else { throw AutogradError.dimensionOutOfRange(dim: dim, ndim: ndim) }
    return dim < 0 ? dim + n : dim
}
