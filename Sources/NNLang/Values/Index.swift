/// A subscript delivered structurally to native objects, as NumPy and PyTorch read it:
/// `a[1:3, ::2]`, `a[..., None]`, `a[a > 0]`, `a[[0, 2]]`.
public struct Index {
    /// One component of a subscript.
    public enum Item {
        /// An integer (also a bool-free `__index__` object such as a NumPy int).
        case int(Int)
        /// A slice; absent parts are nil.
        case slice(start: Int?, stop: Int?, step: Int?)
        /// `None` (a new axis).
        case newAxis
        /// `...`
        case ellipsis
        /// Anything else: a bool, a list, an array or tensor (masks, integer arrays).
        case value(Value)
    }

    /// The components, one per comma-separated part.
    public var items: [Item]
    /// Whether the subscript was a tuple (`a[1,]` or `a[1, 2]`) rather than one item.
    public var isTuple: Bool
    /// The subscript exactly as evaluated.
    public var raw: Value

    /// The structural form of a subscript value.
    init(_ raw: Value) throws {
        self.raw = raw
        if case .tuple(let parts) = raw {
            isTuple = true
            items = try parts.map(Index.item)
        } else {
            isTuple = false
            items = [try Index.item(raw)]
        }
    }

    static func item(_ v: Value) throws -> Item {
        switch v {
        case .int(let i): return .int(i)
        case .none: return .newAxis
        case .ellipsis: return .ellipsis
        case .slice(let s):
            return .slice(start: try s.bound(s.start), stop: try s.bound(s.stop), step: try s.bound(s.step))
        case .native(let n):
            if let i = n.asIndex() { return .int(i) }
            return .value(v)
        default: return .value(v)
        }
    }
}

/// A `slice(start, stop, step)` object; parts may be any value, as in Python.
public final class SliceObject {
    /// The parts as written (`None` when absent).
    public let start: Value
    /// The stop part.
    public let stop: Value
    /// The step part.
    public let step: Value

    /// A slice of the three parts.
    public init(start: Value, stop: Value, step: Value) {
        self.start = start
        self.stop = stop
        self.step = step
    }

    /// A slice part as an optional int (nil for None); TypeError for other types.
    func bound(_ v: Value) throws(ScriptError) -> Int? {
        switch v {
        case .none: return nil
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .native(let n):
            if let i = n.asIndex() { return i }
        default: break
        }
        throw ScriptError.typeError("slice indices must be integers or None or have an __index__ method")
    }

    /// Python's `slice.indices(length)`: start, stop, step clamped for a sequence of `length`,
    /// and the number of elements selected.
    public func indices(length: Int) throws(ScriptError) -> (start: Int, stop: Int, step: Int, count: Int) {
        let step = try bound(self.step) ?? 1
        if step == 0 { throw ScriptError.valueError("slice step cannot be zero") }
        var start: Int, stop: Int
        if step > 0 {
            start = try clamp(bound(self.start), length: length, low: 0, high: length, defaultValue: 0)
            stop = try clamp(bound(self.stop), length: length, low: 0, high: length, defaultValue: length)
        } else {
            start = try clamp(bound(self.start), length: length, low: -1, high: length - 1, defaultValue: length - 1)
            stop = try clamp(bound(self.stop), length: length, low: -1, high: length - 1, defaultValue: -1)
        }
        var count = 0
        if step > 0, stop > start {
            count = (stop - start - 1) / step + 1
        } else if step < 0, start > stop {
            count = (start - stop - 1) / (-step) + 1
        }
        if step == Int.min { count = min(count, 1); start = max(start, 0); stop = max(stop, -1) }
        return (start, stop, step, count)
    }

    private func clamp(_ v: Int?, length: Int, low: Int, high: Int, defaultValue: Int) -> Int {
        guard var x = v else { return defaultValue }
        if x < 0 {
            x = x.addingReportingOverflow(length).partialValue
            if x < low { x = low }
        } else if x > high {
            x = high
        }
        return x
    }
}

/// A `range(start, stop, step)`.
public final class RangeObject {
    /// The first element.
    public let start: Int
    /// The bound (excluded).
    public let stop: Int
    /// The step (never 0).
    public let step: Int
    /// The number of elements.
    public let count: Int

    /// A range; ValueError for a zero step, OverflowError when it has more than `Int.max` elements.
    init(start: Int, stop: Int, step: Int) throws(ScriptError) {
        if step == 0 { throw ScriptError.valueError("range() arg 3 must not be zero") }
        self.start = start
        self.stop = stop
        self.step = step
        var n: UInt = 0
        if step > 0, stop > start {
            n = (UInt(bitPattern: stop &- start) - 1) / step.magnitude + 1
        } else if step < 0, start > stop {
            n = (UInt(bitPattern: start &- stop) - 1) / step.magnitude + 1
        }
        guard n <= UInt(Int.max) else { throw ScriptError.overflow("range has more than 2**63 - 1 elements") }
        count = Int(n)
    }

    /// The element at position `i` (0 ≤ i < count).
    func element(_ i: Int) -> Int { start &+ i &* step }
}
