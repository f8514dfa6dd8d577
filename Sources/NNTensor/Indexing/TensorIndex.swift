/// One entry of a NumPy-style index, as in `a[1, ::2, None, ..., mask]`.
///
/// Basic entries (`int`, `slice`, `newAxis`, `ellipsis`) give views; advanced entries
/// (`array`, `mask`) give copies when read and scatter when written.
public enum TensorIndex {
    /// One position along a dimension (negative counts from the end); removes the dimension.
    case int(Int)
    /// Python's `start:stop:step`; absent parts take the usual defaults.
    case slice(start: Int?, stop: Int?, step: Int?)
    /// `None` / `np.newaxis`: inserts a dimension of size 1.
    case newAxis
    /// `...`: as many full slices as needed.
    case ellipsis
    /// A boolean tensor selecting the positions where it is true over as many dimensions as
    /// it has.
    case mask(Tensor)
    /// An integer tensor of positions (a bool tensor is taken as a mask).
    case array(Tensor)

    /// The full slice `:`.
    public static var all: TensorIndex { .slice(start: nil, stop: nil, step: nil) }

    /// How many dimensions of the indexed tensor this entry consumes.
    var consumed: Int {
        switch self {
        case .int, .slice: return 1
        case .newAxis, .ellipsis: return 0
        case .mask(let m): return m.ndim
        case .array(let a): return a.dtype == .bool ? a.ndim : 1
        }
    }

    /// True for integer-array and mask entries.
    var isAdvanced: Bool {
        switch self {
        case .mask, .array: return true
        default: return false
        }
    }
}

/// Python's `slice.indices(length)`: the first position, the count and the step of a slice
/// over a dimension of `length` elements, never overflowing.
struct SliceBounds {
    let start: Int
    let count: Int
    let step: Int

    init(start: Int?, stop: Int?, step rawStep: Int?, length: Int) throws {
        var step = rawStep ?? 1
        if step == 0 { throw TensorError.sliceStepZero }
        if step == Int.min { step = -Int.max }
        let lower = step > 0 ? 0 : -1
        let upper = step > 0 ? length : length - 1
        func clamp(_ v: Int?, _ dflt: Int) -> Int {
            guard let v else { return dflt }
            return v < 0 ? Swift.max(v &+ length, lower) : Swift.min(v, upper)
        }
        let s = clamp(start, step > 0 ? lower : upper)
        let e = clamp(stop, step > 0 ? upper : lower)
        if step > 0 {
            count = s < e ? (e - s - 1) / step + 1 : 0
        } else {
            count = s > e ? (s - e - 1) / (-step) + 1 : 0
        }
        self.start = s
        self.step = step
    }
}
