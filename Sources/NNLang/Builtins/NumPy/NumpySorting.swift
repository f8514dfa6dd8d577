import NNTensor

/// `sort`, `argsort`, `unique` and `bincount`. Sorting is stable (NumPy's default sort is
/// not, so positions of equal elements from `argsort` may differ from NumPy's for long
/// arrays); NaN sorts last, as in NumPy.
enum NumpySorting {
    static func register(_ m: ModuleObject) {
        m.numpy("sort", "a, axis=-1, kind=None", doc: "A sorted copy (along the last axis; flattened when axis is None).") { a, _ in
            ArrayObject.array(try sort(try NumpyArguments.array(a[0]), axis: try a.optionalInt(1), indices: false))
        }
        m.numpy("argsort", "a, axis=-1, kind=None", doc: "Indices that sort the array along axis.") { a, _ in
            ArrayObject.array(try sort(try NumpyArguments.array(a[0]), axis: try a.optionalInt(1), indices: true))
        }
        m.numpy("unique", "ar, return_counts=False", doc: "The sorted distinct elements (and their counts).") { a, _ in
            let (values, counts) = try unique(try NumpyArguments.array(a[0]))
            return try a.bool(1) ? .tuple([ArrayObject.array(values), ArrayObject.array(counts)]) : ArrayObject.array(values)
        }
        m.numpy("bincount", "x, /, weights=None, minlength=0", doc: "Occurrences of each non-negative int.") { a, _ in
            let weights = a.isNone(1) ? nil : try NumpyArguments.array(a[1])
            return ArrayObject.array(try bincount(try NumpyArguments.array(a[0]), weights: weights, minlength: try a.int(2)))
        }
    }

    /// `t` sorted along `axis` (flattened when nil); with `indices`, the sorting positions.
    static func sort(_ t: Tensor, axis: Int?, indices: Bool) throws -> Tensor {
        var x = t
        var ax = 0
        if let axis {
            if t.ndim == 0 { throw TensorError.axisOutOfRange(axis: axis, ndim: 0) }
            ax = try Shape.normalizeAxis(axis, ndim: t.ndim)
        } else {
            x = try t.reshape([-1])
        }
        var perm = Array(0..<x.ndim)
        perm.remove(at: ax)
        perm.append(ax)
        let moved = try x.permute(perm).contiguous()
        let sorted: Tensor
        switch moved.dtype {
        case .float32: sorted = try sortRows(moved, Float.self, indices: indices) { $0 < $1 || ($1.isNaN && !$0.isNaN) }
        case .float64: sorted = try sortRows(moved, Double.self, indices: indices) { $0 < $1 || ($1.isNaN && !$0.isNaN) }
        case .int64: sorted = try sortRows(moved, Int64.self, indices: indices) { $0 < $1 }
        case .bool:
            let r = try sortRows(try moved.astype(.int64), Int64.self, indices: indices) { $0 < $1 }
            sorted = indices ? r : try r.astype(.bool)
        }
        var inverse = [Int](repeating: 0, count: perm.count)
        for (i, p) in perm.enumerated() { inverse[p] = i }
        return try sorted.permute(inverse).contiguous()
    }

    /// Sorts each run of the last axis of a contiguous tensor.
    private static func sortRows<T: TensorElement>(_ x: Tensor, _ type: T.Type, indices: Bool,
                                                   _ less: (T, T) -> Bool) throws -> Tensor {
        let n = x.shape.last ?? 1
        let values = try x.scalars(as: T.self)
        let rows = n == 0 ? 0 : values.count / n
        if indices {
            var out = [Int64](repeating: 0, count: values.count)
            for r in 0..<rows {
                let base = r * n
                let order = (0..<n).sorted { i, j in
                    let (a, b) = (values[base + i], values[base + j])
                    return less(a, b) || (!less(b, a) && i < j)
                }
                for (k, i) in order.enumerated() { out[base + k] = Int64(i) }
            }
            return try Tensor(out, shape: x.shape)
        }
        var out = values
        for r in 0..<rows {
            let base = r * n
            let sortedRow = out[base..<(base + n)].enumerated().sorted { p, q in
                less(p.element, q.element) || (!less(q.element, p.element) && p.offset < q.offset)
            }
            for (k, e) in sortedRow.enumerated() { out[base + k] = e.element }
        }
        return try Tensor(out, shape: x.shape)
    }

    /// The sorted distinct elements of `t` (flattened) and how often each occurs.
    static func unique(_ t: Tensor) throws -> (values: Tensor, counts: Tensor) {
        let sorted = try sort(t, axis: nil, indices: false)
        var keep: [Int] = [], counts: [Int64] = []
        for i in 0..<sorted.count {
            let same: Bool
            if let last = keep.last {
                let (a, b) = (sorted.element(at: last), sorted.element(at: i))
                same = a == b || (a.doubleValue.isNaN && b.doubleValue.isNaN)
            } else {
                same = false
            }
            if same { counts[counts.count - 1] += 1 } else { keep.append(i); counts.append(1) }
        }
        let positions = try Tensor(keep.map(Int64.init), shape: [keep.count])
        return (try sorted.get([.array(positions)]), try Tensor(counts, shape: [counts.count]))
    }

    /// NumPy's `bincount`: how often each value 0, 1, … occurs in a 1-D array of
    /// non-negative ints (summing `weights` instead of counting when given).
    static func bincount(_ x: Tensor, weights: Tensor?, minlength: Int) throws -> Tensor {
        guard x.ndim == 1 else { throw ScriptError.valueError("object too deep for desired array") }
        guard x.dtype == .int64 || x.dtype == .bool else {
            throw ScriptError.typeError("Cannot cast array data from dtype('\(x.dtype.rawValue)') to dtype('int64') according to the rule 'safe'")
        }
        if minlength < 0 { throw ScriptError.valueError("'minlength' must not be negative") }
        let values = try x.converted(to: .int64).contiguous().scalars(as: Int64.self)
        var top = -1
        for v in values {
            if v < 0 { throw ScriptError.valueError("'list' argument must have no negative elements") }
            top = max(top, Int(v))
        }
        let size = max(top + 1, minlength)
        if size > ScriptError.maximumItems { throw ScriptError.tooLarge("bincount result") }
        if let weights {
            guard weights.shape == x.shape else { throw ScriptError.valueError("The weights and list don't have the same length.") }
            var out = [Double](repeating: 0, count: size)
            for (i, v) in values.enumerated() { out[Int(v)] += weights.doubleElement(at: i) }
            return try Tensor(out, shape: [size])
        }
        var out = [Int64](repeating: 0, count: size)
        for v in values { out[Int(v)] += 1 }
        return try Tensor(out, shape: [size])
    }
}
