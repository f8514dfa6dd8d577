/// `property`, `staticmethod` and `classmethod` objects: class attributes that change what
/// an attribute look-up returns.
class DescriptorObject: NativeObject {}

/// `@property`: a computed attribute with an optional setter.
final class PropertyObject: DescriptorObject {
    let getter: Value
    let setter: Value?
    let doc: String?

    init(getter: Value, setter: Value?, doc: String?) {
        self.getter = getter
        self.setter = setter
        self.doc = doc
    }

    override var nativeType: ClassObject { DescriptorTypes.shared.property }

    override func getAttribute(_ name: String, owner: Value, _ rt: Runtime) throws -> Value? {
        switch name {
        case "fget": return getter
        case "fset": return setter ?? Value.none
        case "setter":
            let g = getter
            return .builtin(BuiltinFunction("setter", "fset") { a, _ in
                .native(PropertyObject(getter: g, setter: a[0], doc: self.doc))
            })
        default: return nil
        }
    }

    override var dynamicAttributeNames: [String] { ["fget", "fset", "setter"] }

    override func repr(_ rt: Runtime) throws -> String { "<property object>" }
}

/// `@staticmethod`: a function that does not bind to its receiver.
final class StaticMethodObject: DescriptorObject {
    let function: Value

    init(_ function: Value) { self.function = function }

    override var nativeType: ClassObject { DescriptorTypes.shared.staticmethod }

    override var isCallable: Bool { true }

    override func call(_ args: Arguments, owner: Value, _ rt: Runtime) throws -> Value {
        try rt.call(function, args)
    }
}

/// `@classmethod`: a function that binds to the class.
final class ClassMethodObject: DescriptorObject {
    let function: Value

    init(_ function: Value) { self.function = function }

    override var nativeType: ClassObject { DescriptorTypes.shared.classmethod }
}

/// The type objects of the descriptor kinds and of `super`.
final class DescriptorTypes {
    // Built once by Swift's thread-safe lazy global initialisation, never mutated afterwards.
    nonisolated(unsafe) static let shared = DescriptorTypes()

    let property: ClassObject
    let staticmethod: ClassObject
    let classmethod: ClassObject
    let superType: ClassObject

    private init() {
        let object = BuiltinTypes.shared.object
        func make(_ name: String, _ doc: String, _ params: String, _ body: @escaping BuiltinFunction.Body) -> ClassObject {
            let c = ClassObject(name: name, module: "builtins", kind: .native, bases: [object], doc: doc)
            c.subclassable = false
            c.constructor = BuiltinFunction(name, params, doc: doc, body)
            return c
        }
        property = make("property", "property(fget, fset=None): a computed attribute.", "fget=None, fset=None, fdel=None, doc=None") { a, _ in
            .native(PropertyObject(getter: a[0], setter: a[1].isNone ? nil : a[1], doc: try a.optionalString(3)))
        }
        staticmethod = make("staticmethod", "staticmethod(f): a function that ignores its receiver.", "function") { a, _ in
            .native(StaticMethodObject(a[0]))
        }
        classmethod = make("classmethod", "classmethod(f): a function that receives the class.", "function") { a, _ in
            .native(ClassMethodObject(a[0]))
        }
        // No base class: every attribute look-up on a super object must reach its hook.
        superType = ClassObject(name: "super", module: "builtins", kind: .native, bases: [],
                                doc: "super(): the parent classes' attributes, bound to self.")
        superType.subclassable = false
    }
}

/// What `super()` returns: attribute look-up that starts after `start` in the MRO of the
/// receiver's class.
final class SuperObject: NativeObject {
    let start: ClassObject
    let receiver: Value

    init(start: ClassObject, receiver: Value) {
        self.start = start
        self.receiver = receiver
    }

    override var nativeType: ClassObject { DescriptorTypes.shared.superType }

    override func getAttribute(_ name: String, owner: Value, _ rt: Runtime) throws -> Value? {
        let cls: ClassObject
        if case .type(let c) = receiver { cls = c } else { cls = receiver.type }
        let mro = cls.mro
        guard let i = mro.firstIndex(where: { $0 === start }) else { return nil }
        for c in mro[(i + 1)...] {
            if let v = c.dict[name] {
                return rt.bindAttribute(v, to: receiver, owner: cls)
            }
        }
        return nil
    }

    override func repr(_ rt: Runtime) throws -> String {
        "<super: <class '\(start.name)'>, <\(receiver.typeName) object>>"
    }
}
