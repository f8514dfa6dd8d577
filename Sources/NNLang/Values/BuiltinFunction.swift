/// A function implemented in Swift: a built-in, a library binding, or a method registered on
/// a type. Its signature is parsed once from Python text and checked by one shared binder,
/// so a body only reads typed arguments.
public final class BuiltinFunction {
    /// What a body receives and returns. Throw `ScriptError` for errors a script should see;
    /// other Swift errors are converted at the call boundary.
    public typealias Body = (BoundArguments, Runtime) throws -> Value

    /// The function's name (`linspace`, `append`).
    public let name: String
    /// The name messages use: `linspace`, `list.append`.
    public let qualifiedName: String
    /// The parameters.
    public let signature: Signature
    /// One-paragraph documentation for `help`.
    public let doc: String
    /// The implementation.
    let body: Body
    /// For methods: the type whose instances are receivers.
    public let owner: ClassObject?

    /// A function; `signature` must already be parsed.
    init(name: String, qualifiedName: String, signature: Signature, doc: String, owner: ClassObject?, body: @escaping Body) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.signature = signature
        self.doc = doc
        self.owner = owner
        self.body = body
    }

    /// A function from signature text, e.g. `BuiltinFunction("clip", "a, a_min, a_max") { … }`.
    /// Invalid signature text makes a function that takes anything (`*args, **kwargs`) and
    /// clears `hasValidSignature`; the tests check every registered signature parses.
    public convenience init(_ name: String, _ parameters: String, doc: String = "", owner: ClassObject? = nil,
                            _ body: @escaping Body) {
        let parsed = Signature.parse(parameters)
        let sig = parsed ?? Signature.parse("*args, **kwargs") ?? Signature(parameters: [], defaults: [], text: parameters)
        let qualified = owner.map { "\($0.name).\(name)" } ?? name
        self.init(name: name, qualifiedName: qualified, signature: sig, doc: doc, owner: owner, body: body)
        hasValidSignature = parsed != nil
    }

    /// Whether the registered parameter text parsed.
    public private(set) var hasValidSignature = true

    /// Whether this function is a method (takes a receiver).
    public var isMethod: Bool { owner != nil }
}

/// A function bound to the object it was looked up on.
public final class BoundMethod {
    /// The receiver (`self`).
    public let receiver: Value
    /// The function: `.function` (nn) or `.builtin`.
    public let function: Value

    /// Binds `function` to `receiver`.
    public init(receiver: Value, function: Value) {
        self.receiver = receiver
        self.function = function
    }
}
