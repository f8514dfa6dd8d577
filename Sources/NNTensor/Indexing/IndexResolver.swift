/// The result of applying an index list's basic entries: a view in which advanced entries
/// still occupy their dimensions, plus the advanced entries themselves.
struct ResolvedIndex {
    /// The basic-indexed view (shares storage with the indexed tensor).
    var view: Tensor
    /// Dimensions of `view` indexed by integer arrays, with the arrays (int64, in range,
    /// non-negative) — in index-list order.
    var advanced: [(dim: Int, index: Tensor)]

    /// True when no advanced entry is present (the view is the result).
    var isBasic: Bool { advanced.isEmpty }

    /// Applies `index` to `t`. NumPy treats integers as advanced when any array is present
    /// (which changes where the advanced dimensions go); PyTorch always applies them first.
    init(_ t: Tensor, _ index: [TensorIndex], flavor: Flavor) throws {
        var consumed = 0
        var ellipses = 0
        var anyAdvanced = false
        for e in index {
            consumed += e.consumed
            if case .ellipsis = e { ellipses += 1 }
            if e.isAdvanced { anyAdvanced = true }
        }
        if ellipses > 1 { throw TensorError.multipleEllipsis }
        if consumed > t.ndim { throw TensorError.tooManyIndices(ndim: t.ndim, given: consumed) }
        let intsAreAdvanced = anyAdvanced && flavor == .numpy
        var advanced: [(dim: Int, index: Tensor)] = []

        var shape: [Int] = [], strides: [Int] = []
        var offset = t.offset
        var d = 0 // dimension of `t` the next entry consumes
        var entries = index
        if ellipses == 0 { entries.append(.ellipsis) }
        for e in entries {
            switch e {
            case .ellipsis:
                for _ in 0..<(t.ndim - consumed) {
                    shape.append(t.shape[d]); strides.append(t.strides[d]); d += 1
                }
            case .newAxis:
                shape.append(1); strides.append(0)
            case .int(let i):
                let n = t.shape[d]
                let j = i < 0 ? i &+ n : i
                if j < 0 || j >= n { throw TensorError.indexOutOfRange(index: i, axis: d, size: n) }
                if intsAreAdvanced {
                    advanced.append((shape.count, Tensor(scalar: .int(Int64(j)), dtype: .int64)))
                    shape.append(n); strides.append(t.strides[d])
                } else {
                    offset &+= j &* t.strides[d]
                }
                d += 1
            case .slice(let start, let stop, let step):
                if flavor == .torch, let step, step < 0 { throw TensorError.negativeSliceStep }
                let b = try SliceBounds(start: start, stop: stop, step: step, length: t.shape[d])
                if b.count > 0 { offset &+= b.start &* t.strides[d] }
                shape.append(b.count)
                strides.append(b.count > 1 ? t.strides[d] &* b.step : t.strides[d])
                d += 1
            case .array(let a) where a.dtype == .bool, .mask(let a):
                try ResolvedIndex.addMask(a, t, &d, &shape, &strides, &advanced)
            case .array(let a):
                if a.dtype != .int64 { throw TensorError.indexDType(a.dtype) }
                let n = t.shape[d]
                advanced.append((shape.count, try ResolvedIndex.normalized(a, size: n, axis: d)))
                shape.append(n); strides.append(t.strides[d])
                d += 1
            }
        }
        self.view = Tensor(storage: t.storage, shape: shape, strides: strides, offset: offset, dtype: t.dtype)
        self.advanced = advanced
    }

    /// A mask over dimensions `d..<d+k` becomes `k` integer arrays (its true positions).
    private static func addMask(_ m: Tensor, _ t: Tensor, _ d: inout Int,
                                _ shape: inout [Int], _ strides: inout [Int],
                                _ advanced: inout [(dim: Int, index: Tensor)]) throws {
        let k = m.ndim
        for p in 0..<k where m.shape[p] != t.shape[d + p] {
            throw TensorError.maskShape(mask: m.shape, indexed: t.shape, position: p, axis: d + p)
        }
        if k == 0 {
            // A 0-d mask adds a dimension of length 1 (true) or 0 (false).
            let hits = m.boolElement(at: 0) ? 1 : 0
            advanced.append((shape.count, try Tensor([Int64](repeating: 0, count: hits), shape: [hits])))
            shape.append(1); strides.append(0)
            return
        }
        let positions = try m.nonzero()
        for p in 0..<k {
            advanced.append((shape.count, positions[p]))
            shape.append(t.shape[d]); strides.append(t.strides[d])
            d += 1
        }
    }

    /// `a` with negative entries wrapped, after checking every entry against `size`.
    static func normalized(_ a: Tensor, size: Int, axis: Int) throws -> Tensor {
        let out = try a.astype(.int64)
        let p = Loops.base(out, Int64.self)
        let n = Int64(size)
        for i in 0..<out.count {
            let v = p[i]
            let w = v < 0 ? v &+ n : v
            if w < 0 || w >= n { throw TensorError.indexOutOfRange(index: Int(v), axis: axis, size: size) }
            p[i] = w
        }
        return out
    }

    /// The shape of the advanced result and the storage offset of each of its elements in
    /// row-major order (NumPy's placement: the broadcast index shape replaces the advanced
    /// dimensions when they are adjacent, else goes first).
    func advancedOffsets() throws -> (shape: [Int], offsets: [Int]) {
        let indexShapes = advanced.map { $0.index.shape }
        let b: [Int]
        do { b = try Shape.broadcast(indexShapes) } catch { throw TensorError.indexBroadcast(shapes: indexShapes) }
        let dims = advanced.map { $0.dim }
        let first = dims.min() ?? 0, last = dims.max() ?? 0
        let adjacent = last - first + 1 == Set(dims).count
        var pre: [Int] = [], post: [Int] = []
        for d in 0..<view.ndim where !dims.contains(d) {
            if adjacent && d < first { pre.append(d) } else { post.append(d) }
        }
        let preShape = pre.map { view.shape[$0] }, postShape = post.map { view.shape[$0] }
        let resultShape = preShape + b + postShape
        let total = try Shape.checkedCount(resultShape)
        if total == 0 { return (resultShape, []) }
        // Offsets of the gathered positions in the broadcast index shape.
        let bCount = try Shape.checkedCount(b)
        var bOffsets = [Int](repeating: 0, count: bCount)
        for (dim, idx) in advanced {
            let e = try idx.expand(to: b).contiguous()
            let p = Loops.base(e, Int64.self)
            let s = view.strides[dim]
            for i in 0..<bCount { bOffsets[i] &+= Int(p[i]) &* s }
        }
        let preOffsets = ResolvedIndex.offsets(preShape, pre.map { view.strides[$0] })
        let postOffsets = ResolvedIndex.offsets(postShape, post.map { view.strides[$0] })
        var offsets: [Int] = []
        offsets.reserveCapacity(total)
        for p in preOffsets {
            for q in bOffsets {
                let base = view.offset &+ p &+ q
                for r in postOffsets { offsets.append(base &+ r) }
            }
        }
        return (resultShape, offsets)
    }

    /// Offsets (from 0) of every position of `shape` with `strides`, in row-major order.
    static func offsets(_ shape: [Int], _ strides: [Int]) -> [Int] {
        var out = [0]
        for d in 0..<shape.count {
            var next: [Int] = []
            next.reserveCapacity(out.count * shape[d])
            for o in out {
                for i in 0..<shape[d] { next.append(o &+ i &* strides[d]) }
            }
            out = next
        }
        return out
    }
}
