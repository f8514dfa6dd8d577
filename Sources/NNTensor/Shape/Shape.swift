/// Shape arithmetic shared by every operation: counts, strides, broadcasting, axis checks.
public enum Shape {
    /// Row-major strides (in elements) for `shape`.
    public static func contiguousStrides(_ shape: [Int]) -> [Int] {
        var strides = [Int](repeating: 1, count: shape.count)
        var step = 1
        var k = shape.count - 1
        while k >= 0 {
            strides[k] = step
            step &*= Swift.max(shape[k], 1)
            k -= 1
        }
        return strides
    }

    /// True when `shape`/`strides` address the elements in row-major order without gaps.
    /// Dimensions of size 1 may have any stride; an empty tensor is contiguous.
    public static func isContiguous(shape: [Int], strides: [Int]) -> Bool {
        var expected = 1
        var k = shape.count - 1
        while k >= 0 {
            let d = shape[k]
            if d == 0 { return true }
            if d != 1 {
                if strides[k] != expected { return false }
                expected &*= d
            }
            k -= 1
        }
        return true
    }

    /// The number of elements of `shape`, checking for negative sizes and overflow.
    public static func checkedCount(_ shape: [Int]) throws -> Int {
        var n = 1
        for d in shape {
            if d < 0 { throw TensorError.negativeDimension(shape: shape) }
        }
        for d in shape {
            let (p, o) = n.multipliedReportingOverflow(by: d)
            if o { throw TensorError.allocationTooLarge(shape: shape, dtype: .bool) }
            n = p
        }
        return n
    }

    /// The broadcast of two shapes under NumPy's rules (align right; sizes equal or one is 1).
    public static func broadcast(_ a: [Int], _ b: [Int]) throws -> [Int] {
        if a == b { return a }
        let n = Swift.max(a.count, b.count)
        var out = [Int](repeating: 1, count: n)
        for i in 0..<n {
            let da = i < n - a.count ? 1 : a[i - (n - a.count)]
            let db = i < n - b.count ? 1 : b[i - (n - b.count)]
            if da == db || db == 1 { out[i] = da } else if da == 1 { out[i] = db } else {
                throw TensorError.broadcast(shapes: [a, b])
            }
        }
        return out
    }

    /// The broadcast of several shapes.
    public static func broadcast(_ shapes: [[Int]]) throws -> [Int] {
        guard var out = shapes.first else { return [] }
        for s in shapes.dropFirst() {
            do { out = try broadcast(out, s) } catch { throw TensorError.broadcast(shapes: shapes) }
        }
        return out
    }

    /// Strides that read a tensor of `shape`/`strides` as if it had the (broadcast) shape
    /// `target`: missing leading dimensions and size-1 dimensions get stride 0.
    static func broadcastStrides(shape: [Int], strides: [Int], to target: [Int]) -> [Int] {
        var out = [Int](repeating: 0, count: target.count)
        let lead = target.count - shape.count
        for i in 0..<shape.count where shape[i] != 1 {
            out[lead + i] = strides[i]
        }
        return out
    }

    /// Normalises an axis that may be negative; throws when it is out of range for `ndim`.
    public static func normalizeAxis(_ axis: Int, ndim: Int) throws -> Int {
        let a = axis < 0 ? axis &+ ndim : axis
        if a < 0 || a >= Swift.max(ndim, 0) || (ndim == 0) {
            throw TensorError.axisOutOfRange(axis: axis, ndim: ndim)
        }
        return a
    }

    /// Normalises a list of axes; throws on an out-of-range or repeated axis.
    public static func normalizeAxes(_ axes: [Int], ndim: Int) throws -> [Int] {
        var seen = [Bool](repeating: false, count: ndim)
        var out: [Int] = []
        out.reserveCapacity(axes.count)
        for a in axes {
            let n = try normalizeAxis(a, ndim: ndim)
            if seen[n] { throw TensorError.repeatedAxis(axis: n) }
            seen[n] = true
            out.append(n)
        }
        return out
    }

    /// `(2, 3)` in NumPy's spelling or `[2, 3]` in PyTorch's.
    public static func describe(_ shape: [Int], _ flavor: Flavor) -> String {
        switch flavor {
        case .numpy:
            if shape.count == 1 { return "(\(shape[0]),)" }
            return "(" + shape.map(String.init).joined(separator: ",") + ")"
        case .torch:
            return "[" + shape.map(String.init).joined(separator: ", ") + "]"
        }
    }
}
