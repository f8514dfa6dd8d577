/// An iterator: a closure that yields the next value or nil when exhausted.
///
/// Built-in iterators (`iter(list)`, `zip`, `enumerate`, `map`, generator expressions) and
/// library iterators (a DataLoader's batches) are all this type; the type object gives
/// `type(it)` its name.
public final class IteratorObject {
    /// The iterator's type (`list_iterator`, `zip`, `enumerate`…).
    public let type: ClassObject
    let nextValue: (Runtime) throws(ScriptError) -> Value?
    /// Set once exhausted, so later calls stay exhausted.
    var finished = false
    /// For a fresh `zip` or `enumerate` over lists and tuples: what it pairs, so a `for`
    /// loop unpacking it can read the sequences directly instead of building tuples.
    var pairing: Pairing?

    /// What a pairing iterator walks.
    enum Pairing {
        /// `zip(a, b, …)` of lists or tuples.
        case zip([Value])
        /// `enumerate(seq, start)` of a list or tuple.
        case enumerate(Value, start: Int)
    }

    init(type: ClassObject, next: @escaping (Runtime) throws(ScriptError) -> Value?) {
        self.type = type
        self.nextValue = next
    }

    /// An iterator for library code; `next` returns nil when done and may throw any error.
    public convenience init(type: ClassObject? = nil, next: @escaping (Runtime) throws -> Value?) {
        self.init(type: type ?? BuiltinTypes.shared.iterator) { (rt: Runtime) throws(ScriptError) -> Value? in
            do { return try next(rt) } catch { throw rt.convert(error) }
        }
    }

    /// The next value, or nil when the iterator is exhausted.
    @inline(__always)
    public func next(_ rt: Runtime) throws(ScriptError) -> Value? {
        if finished { return nil }
        pairing = nil
        if let v = try nextValue(rt) { return v }
        finished = true
        return nil
    }

    /// An iterator over the elements of an array.
    static func over(_ items: [Value], type: ClassObject) -> IteratorObject {
        var i = 0
        return IteratorObject(type: type) { (_: Runtime) throws(ScriptError) -> Value? in
            guard i < items.count else { return nil }
            defer { i += 1 }
            return items[i]
        }
    }
}
