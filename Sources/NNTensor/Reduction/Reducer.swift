/// A reduction that folds elements with an associative operation and an identity.
enum ReduceKind {
    case sum, prod, max, min, any, all

    /// The PyTorch name, for messages.
    var name: String {
        switch self {
        case .sum: return "sum"
        case .prod: return "prod"
        case .max: return "max"
        case .min: return "min"
        case .any: return "any"
        case .all: return "all"
        }
    }

    /// True when the reduction has no identity (empty input is an error).
    var needsElements: Bool { self == .max || self == .min }
}

/// The reduction kernel: folds the input along a set of axes into a keepdims-shaped output.
///
/// The walk follows the input's logical order with the output's strides set to 0 on reduced
/// axes. A run along a reduced, contiguous innermost axis is folded on its own (pairwise
/// summation for floats, as NumPy does); a run along a kept axis updates a row of outputs in
/// a loop the compiler vectorises (column sums).
enum Reducer {
    /// Reduces `x` (already in the compute dtype) over `reduced` axes into a new contiguous
    /// tensor of `x`'s rank (reduced axes have size 1) and dtype `x.dtype` (or bool for
    /// any/all, which expect bool input).
    static func reduce(_ x: Tensor, _ kind: ReduceKind, reduced: [Bool]) throws -> Tensor {
        var outShape = x.shape
        for d in 0..<x.ndim where reduced[d] { outShape[d] = 1 }
        let out = try Tensor.uninitialized(shape: outShape, dtype: x.dtype)
        var outStrides = out.strides
        for d in 0..<x.ndim where reduced[d] { outStrides[d] = 0 }
        switch x.dtype {
        case .float32: floating(x, out, outStrides, kind, Float.self)
        case .float64: floating(x, out, outStrides, kind, Double.self)
        case .int64:
            switch kind {
            case .sum: run(x, out, outStrides, 0, { (a: Int64, b: Int64) in a &+ b }, nil)
            case .prod: run(x, out, outStrides, 1, { (a: Int64, b: Int64) in a &* b }, nil)
            case .max: run(x, out, outStrides, Int64.min, { (a: Int64, b: Int64) in a >= b ? a : b }, nil)
            case .min: run(x, out, outStrides, Int64.max, { (a: Int64, b: Int64) in a <= b ? a : b }, nil)
            case .any, .all: break
            }
        case .bool:
            switch kind {
            case .any, .sum, .max: run(x, out, outStrides, false, { (a: Bool, b: Bool) in a || b }, nil)
            case .all, .prod, .min: run(x, out, outStrides, true, { (a: Bool, b: Bool) in a && b }, nil)
            }
        }
        return out
    }

    private static func floating<T: FloatElement & SIMDScalar>(_ x: Tensor, _ out: Tensor, _ os: [Int],
                                                              _ kind: ReduceKind, _ t: T.Type) {
        switch kind {
        case .sum: run(x, out, os, T(0), { (a: T, b: T) in a + b }, { p, n, s in Pairwise.sum(p, n, s) })
        case .prod: run(x, out, os, T(1), { (a: T, b: T) in a * b }, nil)
        case .max: run(x, out, os, -T.infinity, { (a: T, b: T) in a.isNaN ? a : (b.isNaN ? b : (a >= b ? a : b)) }, nil)
        case .min: run(x, out, os, T.infinity, { (a: T, b: T) in a.isNaN ? a : (b.isNaN ? b : (a <= b ? a : b)) }, nil)
        case .any, .all: break
        }
    }

    /// The walk shared by every dtype and operation; `fold` (when given) folds a run along a
    /// reduced axis from the identity.
    @inline(__always)
    private static func run<T>(_ x: Tensor, _ out: Tensor, _ outStrides: [Int], _ identity: T,
                               _ f: (T, T) -> T,
                               _ fold: ((UnsafePointer<T>, Int, Int) -> T)?) {
        let po = Loops.base(out, T.self)
        for i in 0..<out.count { po[i] = identity }
        if x.count == 0 { return }
        let px = Loops.storageBase(x, T.self)
        let loop = StridedLoop(shape: x.shape, operandStrides: [x.strides, outStrides])
        loop.forEachRun(startOffsets: [x.offset, 0]) { n, o, s in
            let ix = o[0], io = o[1], sx = s[0], so = s[1]
            if so == 0 {
                if let fold {
                    po[io] = f(po[io], fold(UnsafePointer(px + ix), n, sx))
                } else {
                    var acc = po[io], a = ix
                    for _ in 0..<n { acc = f(acc, px[a]); a &+= sx }
                    po[io] = acc
                }
            } else if sx == 1 && so == 1 {
                let qx = px + ix, qo = po + io
                for k in 0..<n { qo[k] = f(qo[k], qx[k]) }
            } else {
                var a = ix, b = io
                for _ in 0..<n { po[b] = f(po[b], px[a]); a &+= sx; b &+= so }
            }
        }
    }
}

/// NumPy-style pairwise summation: blocks of up to 128 elements summed with eight running
/// partial sums, blocks combined by halving. Error grows as O(log n) instead of O(n).
enum Pairwise {
    static func sum<T: FloatElement & SIMDScalar>(_ p: UnsafePointer<T>, _ n: Int, _ stride: Int) -> T {
        if stride != 1 {
            var acc = T(0)
            var i = 0
            for _ in 0..<n { acc += p[i]; i &+= stride }
            return acc
        }
        return contiguous(p, n)
    }

    private static func contiguous<T: FloatElement & SIMDScalar>(_ p: UnsafePointer<T>, _ n: Int) -> T {
        if n < 8 {
            var acc = T(0)
            for i in 0..<n { acc += p[i] }
            return acc
        }
        if n <= 128 {
            let raw = UnsafeRawPointer(p)
            var r = raw.loadUnaligned(as: SIMD8<T>.self)
            var i = 8
            while i + 8 <= n {
                r += raw.loadUnaligned(fromByteOffset: i * MemoryLayout<T>.stride, as: SIMD8<T>.self)
                i += 8
            }
            var acc = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
            while i < n { acc += p[i]; i += 1 }
            return acc
        }
        var half = n / 2
        half -= half % 8
        return contiguous(p, half) + contiguous(p + half, n - half)
    }
}
