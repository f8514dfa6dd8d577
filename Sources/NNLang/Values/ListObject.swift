/// A mutable list.
public final class ListObject {
    /// The elements.
    public var items: [Value]

    /// A list of `items`.
    public init(_ items: [Value] = []) { self.items = items }
}
