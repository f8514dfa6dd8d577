/// Names bound to optional values in insertion order (PyTorch's `_parameters`, `_buffers`,
/// `_modules` dictionaries): rebinding a name keeps its position; `nil` is a registered None.
struct OrderedRegistry<Value> {
    private(set) var names: [String] = []
    private var values: [String: Value?] = [:]

    /// True when `name` is registered (possibly as None).
    func contains(_ name: String) -> Bool { values[name] != nil }

    /// The value bound to `name`: `.some(nil)` for a registered None, `nil` when absent.
    subscript(name: String) -> Value?? { values[name] }

    /// Binds `name`, keeping its position when already registered.
    mutating func set(_ name: String, _ value: Value?) {
        if values[name] == nil { names.append(name) }
        values[name] = .some(value)
    }

    /// Unbinds `name`; returns whether it was registered.
    @discardableResult
    mutating func remove(_ name: String) -> Bool {
        guard values.removeValue(forKey: name) != nil else { return false }
        names.removeAll { $0 == name }
        return true
    }

    /// `(name, value)` pairs in order, None entries included.
    var entries: [(name: String, value: Value?)] {
        names.map { ($0, values[$0] ?? nil) }
    }
}
