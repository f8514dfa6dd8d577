/// The native part of an exception instance: its arguments and the error that raised it.
final class ExceptionState: NativeObject {
    var args: [Value]
    /// The raised error (location and frames), once raised.
    var error: ScriptError?

    init(args: [Value]) { self.args = args }

    override var nativeType: ClassObject { BuiltinTypes.shared.baseException }

    override func getAttribute(_ name: String, owner: Value, _ rt: Runtime) throws -> Value? {
        switch name {
        case "args": return .tuple(args)
        default: return nil
        }
    }

    override func setAttribute(_ name: String, _ value: Value, owner: Value, _ rt: Runtime) throws -> Bool {
        if name == "args" {
            args = try rt.toArray(value)
            return true
        }
        return false
    }

    override var dynamicAttributeNames: [String] { ["args"] }
}

/// Methods of `BaseException` (inherited by every exception class) and of `object`.
enum ExceptionMethods {
    static func register(_ t: BuiltinTypes) {
        let base = t.baseException
        base.makeNative = { _, _ in ExceptionState(args: []) }
        base.method("__init__", "*args", doc: "Store the arguments in self.args.") { a, _ in
            if let state = try? a.receiver(as: ExceptionState.self, typeName: "BaseException") { state.args = a.varArgs }
            return .none
        }
        base.method("__str__", "", doc: "The message: the single argument, or the tuple of arguments.") { a, rt in
            let state = try a.receiver(as: ExceptionState.self, typeName: "BaseException")
            return .string(try message(of: a.receiver.type, args: state.args, rt))
        }
        base.method("__repr__", "", doc: "ClassName(arguments).") { a, rt in
            let state = try a.receiver(as: ExceptionState.self, typeName: "BaseException")
            let inner = state.args.count == 1 ? try rt.repr(state.args[0]) : try rt.joinedReprs(state.args)
            return .string("\(a.receiver.typeName)(\(inner))")
        }
    }

    /// `str(exception)`: empty for no arguments, the argument's str for one (its repr for
    /// KeyError), the tuple's repr for several.
    static func message(of type: ClassObject, args: [Value], _ rt: Runtime) throws(ScriptError) -> String {
        switch args.count {
        case 0: return ""
        case 1:
            if type.isSubclass(of: BuiltinTypes.shared.keyError) { return try rt.repr(args[0]) }
            return try rt.str(args[0])
        default: return try rt.repr(.tuple(args))
        }
    }
}

/// Methods of `object`, the root of every class (reached through `super()`).
enum ObjectMethods {
    static func register(_ t: BuiltinTypes) {
        let object = t.object
        object.constructor = nil
        object.method("__init__", "", doc: "Initialise self (object's takes no arguments).") { _, _ in .none }
        object.method("__repr__", "", doc: "<ClassName object>.") { a, _ in
            .string("<\(a.receiver.type.qualifiedName) object>")
        }
        object.method("__str__", "", doc: "str(self): the repr.") { a, rt in .string(try rt.repr(a.receiver)) }
        object.method("__eq__", "other", doc: "Identity comparison.") { a, rt in .bool(rt.identical(a.receiver, a[0])) }
        object.method("__ne__", "other", doc: "Identity comparison.") { a, rt in .bool(!rt.identical(a.receiver, a[0])) }
        object.method("__hash__", "", doc: "Identity hash.") { a, _ in .int(Hashing.identity(a.receiver)) }
    }
}
