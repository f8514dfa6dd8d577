/// A function or lambda written in nn: compiled code plus what `def` evaluated (defaults,
/// captured cells).
public final class FunctionObject {
    /// The compiled body and its frame layout.
    let code: FunctionCode
    /// Default values by slot (nil: no default).
    var defaults: [Value?] {
        didSet { minDirectArgs = Signature.minimumDirect(defaults) }
    }
    /// The fewest positional arguments a call needs to bind without the general binder.
    private(set) var minDirectArgs: Int
    /// Cells of enclosing functions that this function reads or writes.
    let closure: [Cell]
    /// `__name__`.
    public var name: String
    /// `__qualname__` (`Net.forward`), used in messages.
    public var qualifiedName: String
    /// `__doc__`.
    public var doc: String?
    /// Attributes set on the function object.
    var attributes: [String: Value] = [:]

    init(code: FunctionCode, defaults: [Value?], closure: [Cell]) {
        self.code = code
        self.defaults = defaults
        self.minDirectArgs = Signature.minimumDirect(defaults)
        self.closure = closure
        self.name = code.name
        self.qualifiedName = code.qualifiedName
        self.doc = code.doc
    }

    /// The parameter text for `help` (`a, b=1, *args`).
    public var signatureText: String { code.signature.text }
}

/// A module object: a namespace of attributes (`math`, `np`, `torch.nn`).
public final class ModuleObject {
    /// The import name (`torch.nn`).
    public let name: String
    /// Documentation for `help`.
    public var doc: String
    /// Attributes in registration order.
    var attributes: [String: Value] = [:]
    var order: [String] = []

    /// An empty module.
    public init(name: String, doc: String = "") {
        self.name = name
        self.doc = doc
    }

    /// Reads an attribute.
    public func attribute(_ name: String) -> Value? { attributes[name] }

    /// Sets an attribute (bindings register functions, classes and constants this way).
    public func define(_ name: String, _ value: Value) {
        if attributes.updateValue(value, forKey: name) == nil { order.append(name) }
    }

    /// Removes an attribute.
    func remove(_ name: String) -> Bool {
        guard attributes.removeValue(forKey: name) != nil else { return false }
        order.removeAll { $0 == name }
        return true
    }

    /// Attribute names in registration order.
    public var attributeNames: [String] { order }
}
