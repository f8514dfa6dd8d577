/// Joining and splitting: concatenate, stack, split, chunk, tile, repeat.
extension Tensor {
    /// The tensors joined along an existing `axis`; dtypes promote under `flavor`.
    public static func concatenate(_ tensors: [Tensor], axis: Int = 0, flavor: Flavor) throws -> Tensor {
        guard let first = tensors.first else { throw TensorError.emptyTensorList(op: "concatenate") }
        if first.ndim == 0 { throw TensorError.axisOutOfRange(axis: axis, ndim: 0) }
        let ax = try Shape.normalizeAxis(axis, ndim: first.ndim)
        var total = 0
        for (i, t) in tensors.enumerated() {
            if t.ndim != first.ndim {
                throw TensorError.concatenateDims(index: i, firstDims: first.ndim, dims: t.ndim)
            }
            for d in 0..<first.ndim where d != ax && t.shape[d] != first.shape[d] {
                throw TensorError.concatenateSizes(axis: ax, dimension: d, index: i, expected: first.shape[d], got: t.shape[d])
            }
            let (s, o) = total.addingReportingOverflow(t.shape[ax])
            if o { throw TensorError.allocationTooLarge(shape: first.shape, dtype: first.dtype) }
            total = s
        }
        let dtype = Promotion.resultType(tensors.map { Promotion.Participant.tensor($0.dtype, zeroDim: false) },
                                         flavor: flavor)
        var shape = first.shape
        shape[ax] = total
        let out = try Tensor.uninitialized(shape: shape, dtype: dtype)
        var start = 0
        for t in tensors {
            let part = out.narrowed(axis: ax, start: start, length: t.shape[ax])
            Tensor.convert(t, into: part)
            start += t.shape[ax]
        }
        return out
    }

    /// The tensors (all of one shape) joined along a new `axis`.
    public static func stack(_ tensors: [Tensor], axis: Int = 0, flavor: Flavor) throws -> Tensor {
        guard let first = tensors.first else { throw TensorError.emptyTensorList(op: "stack") }
        for (i, t) in tensors.enumerated() where t.shape != first.shape {
            throw TensorError.stackShapes(index: i, first: first.shape, shape: t.shape)
        }
        let ax = try Shape.normalizeAxis(axis, ndim: first.ndim + 1)
        return try concatenate(tensors.map { try $0.unsqueeze(ax) }, axis: ax, flavor: flavor)
    }

    /// A view of `length` elements along `axis` starting at `start` (all in range).
    func narrowed(axis: Int, start: Int, length: Int) -> Tensor {
        var s = shape
        s[axis] = length
        return Tensor(storage: storage, shape: s, strides: strides,
                      offset: offset &+ start &* strides[axis], dtype: dtype)
    }

    /// Views cut along `axis` before each of `indices` (NumPy `split` with a list; indices
    /// past the end give empty pieces).
    public func split(at indices: [Int], axis: Int = 0) throws -> [Tensor] {
        let ax = try Shape.normalizeAxis(axis, ndim: ndim)
        let n = shape[ax]
        var out: [Tensor] = []
        var prev = 0
        for raw in indices + [n] {
            var i = raw < 0 ? raw + n : raw
            i = Swift.min(Swift.max(i, 0), n)
            let lo = Swift.min(prev, n)
            out.append(narrowed(axis: ax, start: lo, length: Swift.max(i - lo, 0)))
            prev = Swift.max(prev, i)
        }
        return out
    }

    /// `sections` equal views along `axis` (NumPy `split` with a count; throws when the axis
    /// does not divide).
    public func split(sections: Int, axis: Int = 0) throws -> [Tensor] {
        let ax = try Shape.normalizeAxis(axis, ndim: ndim)
        let n = shape[ax]
        // More sections than max(n, 65536) can only be empty pieces; refuse rather than make billions.
        if sections <= 0 || n % sections != 0 || sections > Swift.max(n, 1 << 16) {
            throw TensorError.unequalSplit(size: n, sections: sections)
        }
        let size = n / sections
        return (0..<sections).map { narrowed(axis: ax, start: $0 * size, length: size) }
    }

    /// Views of `size` elements along `axis`, the last possibly shorter (PyTorch `split`).
    public func split(size: Int, axis: Int = 0) throws -> [Tensor] {
        let ax = try Shape.normalizeAxis(axis, ndim: ndim)
        if size <= 0 { throw TensorError.unequalSplit(size: shape[ax], sections: 0) }
        let n = shape[ax]
        var out: [Tensor] = []
        var start = 0
        repeat {
            out.append(narrowed(axis: ax, start: start, length: Swift.min(size, n - start)))
            start += size
        } while start < n
        return out
    }

    /// At most `chunks` views along `axis` of `ceil(size / chunks)` elements (PyTorch `chunk`).
    public func chunk(_ chunks: Int, axis: Int = 0) throws -> [Tensor] {
        let ax = try Shape.normalizeAxis(axis, ndim: ndim)
        if chunks <= 0 { throw TensorError.unequalSplit(size: shape[ax], sections: chunks) }
        let n = shape[ax]
        let size = n / chunks + (n % chunks == 0 ? 0 : 1)
        return try split(size: Swift.max(size, 1), axis: ax)
    }

    /// The tensor repeated `reps[i]` times along each dimension (NumPy `tile`, PyTorch
    /// `repeat`); shorter `reps` or shapes are padded with leading ones.
    public func tile(_ reps: [Int]) throws -> Tensor {
        let n = Swift.max(reps.count, ndim)
        let r = [Int](repeating: 1, count: n - reps.count) + reps
        let base = try reshape([Int](repeating: 1, count: n - ndim) + shape)
        if r.contains(where: { $0 < 0 }) { throw TensorError.negativeDimension(shape: r) }
        // View (r0, s0, r1, s1, …) with zero strides on the repeat axes, then copy.
        var s: [Int] = [], st: [Int] = [], final: [Int] = []
        for d in 0..<n {
            s += [r[d], base.shape[d]]
            st += [0, base.strides[d]]
            final.append(r[d] &* base.shape[d])
        }
        _ = try Shape.checkedCount(s)
        let v = Tensor(storage: base.storage, shape: s, strides: st, offset: base.offset, dtype: dtype)
        return try v.copy().reshape(final)
    }

    /// Each element repeated `repeats` times along `axis`, or over the flattened tensor when
    /// `axis` is nil (NumPy `repeat`, PyTorch `repeat_interleave`).
    public func repeatElements(_ repeats: Int, axis: Int? = nil) throws -> Tensor {
        if repeats < 0 { throw TensorError.negativeDimension(shape: [repeats]) }
        let src = axis == nil ? try reshape([-1]) : self
        let ax = try Shape.normalizeAxis(axis ?? 0, ndim: src.ndim)
        var s = src.shape, st = src.strides
        s.insert(repeats, at: ax + 1)
        st.insert(0, at: ax + 1)
        _ = try Shape.checkedCount(s)
        let v = Tensor(storage: src.storage, shape: s, strides: st, offset: src.offset, dtype: dtype)
        var final = src.shape
        final[ax] = final[ax] &* repeats
        return try v.copy().reshape(final)
    }
}
