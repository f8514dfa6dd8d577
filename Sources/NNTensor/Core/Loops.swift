/// The generic element loops every kernel is built from.
///
/// Each takes operand tensors already in the element types of its closure and an output
/// tensor (fresh and contiguous, or a shared-write target) whose shape the inputs broadcast to.
/// Contiguous operands run as one flat loop the compiler can vectorise; anything else goes
/// through `StridedLoop`. All are `@inline(__always)` so each call site gets a loop
/// specialised for its closure. Tensor parameters stay alive for the whole call, so the raw
/// pointers taken from them are valid inside.
enum Loops {
    /// A typed pointer to element 0 of `t` (valid while `t` is alive).
    @inline(__always)
    static func base<T>(_ t: Tensor, _ type: T.Type) -> UnsafeMutablePointer<T> {
        t.storage.withRaw { $0.assumingMemoryBound(to: T.self) } + t.offset
    }

    /// A typed pointer to the start of `t`'s storage (offsets are added by the caller).
    @inline(__always)
    static func storageBase<T>(_ t: Tensor, _ type: T.Type) -> UnsafeMutablePointer<T> {
        t.storage.withRaw { $0.assumingMemoryBound(to: T.self) }
    }

    /// `out[i] = f(x[i])`, with `x` broadcast to `out`'s shape.
    @inline(__always)
    static func map<A, R>(_ x: Tensor, _ out: Tensor, _ f: (A) -> R) {
        if x.isContiguous && out.isContiguous && x.count == out.count {
            let px = base(x, A.self), po = base(out, R.self)
            for i in 0..<out.count { po[i] = f(px[i]) }
            return
        }
        let loop = StridedLoop(shape: out.shape, operandStrides: [
            Shape.broadcastStrides(shape: x.shape, strides: x.strides, to: out.shape), out.strides,
        ])
        let px = storageBase(x, A.self), po = storageBase(out, R.self)
        loop.forEachRun(startOffsets: [x.offset, out.offset]) { n, o, s in
            var ix = o[0], io = o[1]
            let sx = s[0], so = s[1]
            if sx == 1 && so == 1 {
                let qx = px + ix, qo = po + io
                for i in 0..<n { qo[i] = f(qx[i]) }
            } else {
                for _ in 0..<n { po[io] = f(px[ix]); ix &+= sx; io &+= so }
            }
        }
    }

    /// `out[i] = f(a[i], b[i])`, with `a` and `b` broadcast to `out`'s shape.
    @inline(__always)
    static func zip<A, B, R>(_ a: Tensor, _ b: Tensor, _ out: Tensor, _ f: (A, B) -> R) {
        if a.isContiguous && b.isContiguous && out.isContiguous
            && a.count == out.count && b.count == out.count {
            let pa = base(a, A.self), pb = base(b, B.self), po = base(out, R.self)
            for i in 0..<out.count { po[i] = f(pa[i], pb[i]) }
            return
        }
        let loop = StridedLoop(shape: out.shape, operandStrides: [
            Shape.broadcastStrides(shape: a.shape, strides: a.strides, to: out.shape),
            Shape.broadcastStrides(shape: b.shape, strides: b.strides, to: out.shape),
            out.strides,
        ])
        let pa = storageBase(a, A.self), pb = storageBase(b, B.self), po = storageBase(out, R.self)
        loop.forEachRun(startOffsets: [a.offset, b.offset, out.offset]) { n, o, s in
            var ia = o[0], ib = o[1], io = o[2]
            let sa = s[0], sb = s[1], so = s[2]
            if sa == 1 && sb == 1 && so == 1 {
                let qa = pa + ia, qb = pb + ib, qo = po + io
                for i in 0..<n { qo[i] = f(qa[i], qb[i]) }
            } else if sa == 1 && sb == 0 && so == 1 {
                let qa = pa + ia, vb = pb[ib], qo = po + io
                for i in 0..<n { qo[i] = f(qa[i], vb) }
            } else if sa == 0 && sb == 1 && so == 1 {
                let va = pa[ia], qb = pb + ib, qo = po + io
                for i in 0..<n { qo[i] = f(va, qb[i]) }
            } else {
                for _ in 0..<n {
                    po[io] = f(pa[ia], pb[ib])
                    ia &+= sa; ib &+= sb; io &+= so
                }
            }
        }
    }

    /// `out[i] = f(c[i], x[i], y[i])`, all broadcast to `out`'s shape (used by `where`).
    @inline(__always)
    static func zip3<C, A, B, R>(_ c: Tensor, _ a: Tensor, _ b: Tensor, _ out: Tensor,
                                 _ f: (C, A, B) -> R) {
        let loop = StridedLoop(shape: out.shape, operandStrides: [
            Shape.broadcastStrides(shape: c.shape, strides: c.strides, to: out.shape),
            Shape.broadcastStrides(shape: a.shape, strides: a.strides, to: out.shape),
            Shape.broadcastStrides(shape: b.shape, strides: b.strides, to: out.shape),
            out.strides,
        ])
        let pc = storageBase(c, C.self), pa = storageBase(a, A.self)
        let pb = storageBase(b, B.self), po = storageBase(out, R.self)
        loop.forEachRun(startOffsets: [c.offset, a.offset, b.offset, out.offset]) { n, o, s in
            var ic = o[0], ia = o[1], ib = o[2], io = o[3]
            let sc = s[0], sa = s[1], sb = s[2], so = s[3]
            for _ in 0..<n {
                po[io] = f(pc[ic], pa[ia], pb[ib])
                ic &+= sc; ia &+= sa; ib &+= sb; io &+= so
            }
        }
    }

    /// Calls `body(offset)` with the storage offset of every element of `t`, in row-major
    /// logical order.
    @inline(__always)
    static func forEachOffset(_ t: Tensor, _ body: (Int) -> Void) {
        if t.isContiguous {
            for i in 0..<t.count { body(t.offset &+ i) }
            return
        }
        let loop = StridedLoop(shape: t.shape, operandStrides: [t.strides])
        loop.forEachRun(startOffsets: [t.offset]) { n, o, s in
            var i = o[0]
            let st = s[0]
            for _ in 0..<n { body(i); i &+= st }
        }
    }
}
