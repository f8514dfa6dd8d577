/// One-line registration of built-in functions, methods and constants.
///
/// ```swift
/// m.fn("linspace", "start, stop, num=50, endpoint=True, dtype=None",
///      doc: "Evenly spaced numbers over an interval.") { a, rt in … try a.double(0) … }
/// cls.method("append", "object", doc: "Append object to the end of the list.") { a, rt in … }
/// ```
/// The parameter text is parsed once; arity, keywords and defaults are checked by the
/// shared binder before the body runs, with Python's messages.
extension ModuleObject {
    /// Registers a function.
    @discardableResult
    public func fn(_ name: String, _ parameters: String, doc: String = "", _ body: @escaping BuiltinFunction.Body) -> BuiltinFunction {
        let f = BuiltinFunction(name, parameters, doc: doc, body)
        define(name, .builtin(f))
        return f
    }

    /// Registers a constant.
    public func constant(_ name: String, _ value: Value) { define(name, value) }

    /// Registers a class under its name.
    public func type(_ cls: ClassObject) { define(cls.name, .type(cls)) }
}

extension ClassObject {
    /// Registers a method; the body receives the receiver as `a.receiver`.
    @discardableResult
    public func method(_ name: String, _ parameters: String, doc: String = "", _ body: @escaping BuiltinFunction.Body) -> BuiltinFunction {
        let f = BuiltinFunction(name, parameters, doc: doc, owner: self, body)
        define(name, .builtin(f))
        return f
    }

    /// Registers a read-only computed attribute.
    public func property(_ name: String, doc: String = "", _ getter: @escaping (Value, Runtime) throws -> Value) {
        let g = BuiltinFunction(name, "self", doc: doc) { a, rt in try getter(a[0], rt) }
        define(name, .native(PropertyObject(getter: .builtin(g), setter: nil, doc: doc)))
    }

    /// A native class: its values are `.native` objects whose `nativeType` is this class.
    public static func native(_ name: String, module: String, base: ClassObject? = nil, doc: String = "") -> ClassObject {
        ClassObject(name: name, module: module, kind: .native, bases: [base ?? BuiltinTypes.shared.object], doc: doc)
    }
}
