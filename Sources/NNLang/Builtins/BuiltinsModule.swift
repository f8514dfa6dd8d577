import Foundation

/// The built-in namespace: Python's built-in functions, the built-in types and exception
/// classes, `__name__`, and (through `ModuleRegistry`) the pre-bound module aliases.
enum BuiltinsModule {
    /// Fills `rt.builtins`.
    static func install(into rt: Runtime) {
        let m = ModuleObject(name: "builtins", doc: "Built-in functions, types and exceptions.")
        let t = BuiltinTypes.shared
        for cls in [t.int, t.float, t.str, t.bool, t.list, t.tuple, t.dict, t.set, t.range, t.slice, t.type, t.object] {
            m.type(cls)
        }
        let d = DescriptorTypes.shared
        for cls in [d.property, d.staticmethod, d.classmethod] { m.type(cls) }
        for cls in t.exceptionClasses { m.type(cls) }
        m.constant("Ellipsis", .ellipsis)
        m.constant("NotImplemented", .type(NotImplementedType.type))
        m.constant("__name__", .string("__main__"))
        registerCore(m)
        registerIteration(m)
        registerNumbers(m)
        for name in m.attributeNames {
            if let v = m.attribute(name) {
                rt.builtins[name] = v
                rt.builtinOrder.append(name)
            }
        }
        rt.builtins["__builtins__"] = .module(m)
    }

    static func registerCore(_ m: ModuleObject) {
        m.fn("print", "*objects, sep=' ', end='\\n', file=None, flush=False",
             doc: "Print the objects separated by sep and followed by end.") { a, rt in
            let sep = a.isNone(0) ? " " : try a.string(0)
            let end = a.isNone(1) ? "\n" : try a.string(1)
            var out = ""
            for i in 0..<a.varArgCount {
                if i > 0 { out += sep }
                out += try rt.str(a.varArg(i))
            }
            out += end
            if case .native(let n) = a[2], let stream = n as? StreamObject {
                stream.write(out, rt)
            } else {
                rt.write(out)
            }
            if try a.bool(3) { rt.output.flush() }
            return .none
        }
        m.fn("len", "obj, /", doc: "Return the number of items in a container.") { a, rt in .int(try rt.length(a[0])) }
        m.fn("repr", "obj, /", doc: "Return the canonical string representation of the object.") { a, rt in .string(try rt.repr(a[0])) }
        m.fn("ascii", "obj, /", doc: "Like repr(), with non-ASCII characters escaped.") { a, rt in
            .string(Runtime.asciiEscape(try rt.repr(a[0])))
        }
        m.fn("format", "value, format_spec='', /", doc: "Format a value with a format specification.") { a, rt in
            .string(try rt.format(a[0], try a.string(1)))
        }
        m.fn("isinstance", "obj, class_or_tuple, /", doc: "Whether obj is an instance of a class or of any class in a tuple.") { a, rt in
            .bool(try classCheck(a[1], "isinstance() arg 2 must be a type, a tuple of types, or a union") { a[0].type.isSubclass(of: $0) })
        }
        m.fn("issubclass", "cls, class_or_tuple, /", doc: "Whether cls derives from a class or any class in a tuple.") { a, rt in
            guard case .type(let c) = a[0] else { throw ScriptError.typeError("issubclass() arg 1 must be a class") }
            return .bool(try classCheck(a[1], "issubclass() arg 2 must be a class, a tuple of classes, or a union") { c.isSubclass(of: $0) })
        }
        m.fn("hasattr", "obj, name, /", doc: "Whether the object has an attribute with the given name.") { a, rt in
            .bool(try rt.hasAttribute(a[0], try a.string(1)))
        }
        m.fn("getattr", "object, name, default=..., /", doc: "Get a named attribute; default when it is missing.") { a, rt in
            let name = try a.string(1)
            if case .ellipsis = a[2] { return try rt.getAttribute(a[0], name) }
            do throws(ScriptError) {
                if let v = try rt.findAttribute(a[0], name) { return v }
                return a[2]
            } catch where error.matches(BuiltinTypes.shared.attributeError) {
                return a[2]
            }
        }
        m.fn("setattr", "obj, name, value, /", doc: "Set a named attribute.") { a, rt in
            try rt.setAttribute(a[0], try a.string(1), a[2])
            return .none
        }
        m.fn("delattr", "obj, name, /", doc: "Delete a named attribute.") { a, rt in
            try rt.deleteAttribute(a[0], try a.string(1))
            return .none
        }
        m.fn("callable", "obj, /", doc: "Whether the object can be called.") { a, _ in
            switch a[0] {
            case .function, .builtin, .method, .type: return .true
            case .native(let n): return .bool(n.isCallable)
            case .instance(let i): return .bool(i.cls.lookup("__call__") != nil)
            default: return .false
            }
        }
        m.fn("id", "obj, /", doc: "An integer identifying the object during its lifetime.") { a, rt in
            if let oid = a[0].objectIdentity { return .int(Int(bitPattern: UInt(bitPattern: oid.hashValue)) & Int.max) }
            return .int(try rt.hash(a[0]) & Int.max)
        }
        m.fn("hash", "obj, /", doc: "The hash value of the object.") { a, rt in .int(try rt.hash(a[0])) }
        m.fn("dir", "obj=..., /", doc: "The sorted attribute names of the object (or the global names).") { a, rt in
            if case .ellipsis = a[0] { return .list(ListObject(rt.globalNames.sorted().map(Value.string))) }
            return .list(ListObject(rt.attributeNames(of: a[0]).sorted().map(Value.string)))
        }
        m.fn("vars", "object, /", doc: "The __dict__ of the object.") { a, rt in
            if let d = try rt.specialAttribute(a[0], "__dict__") { return d }
            throw ScriptError.typeError("vars() argument must have __dict__ attribute")
        }
        m.fn("chr", "i, /", doc: "The one-character string of a Unicode code point.") { a, _ in
            let i = try a.int(0)
            guard i >= 0, i < 0x110000, let u = UnicodeScalar(UInt32(i)) else {
                throw ScriptError.valueError("chr() arg not in range(0x110000)")
            }
            return .string(String(Character(u)))
        }
        m.fn("ord", "c, /", doc: "The Unicode code point of a one-character string.") { a, _ in
            guard case .str(let s) = a[0] else {
                throw ScriptError.typeError("ord() expected string of length 1, but \(a[0].typeName) found")
            }
            let scalars = s.value.unicodeScalars
            guard scalars.count == 1, let u = scalars.first else {
                throw ScriptError.typeError("ord() expected a character, but string of length \(scalars.count) found")
            }
            return .int(Int(u.value))
        }
        m.fn("help", "obj=..., /", doc: "Show the signature and documentation of an object.") { a, rt in
            rt.write(rt.helpText(for: a[0]) + "\n")
            return .none
        }
        m.fn("exit", "code=None, /", doc: "Stop the script (SystemExit).") { a, _ in
            throw ScriptError(type: BuiltinTypes.shared.systemExit, args: a.isNone(0) ? [] : [a[0]])
        }
        m.define("quit", m.attribute("exit") ?? .none)
        m.fn("super", "type=None, object_or_type=None, /", doc: "super(cls, obj): the classes after cls in obj's MRO.") { a, _ in
            guard case .type(let cls) = a[0], !a.isNone(1) else {
                throw ScriptError.runtimeError("super(): no arguments")
            }
            return .native(SuperObject(start: cls, receiver: a[1]))
        }
    }

    /// Applies `test` to a class or to each class of a tuple.
    static func classCheck(_ info: Value, _ message: String, _ test: (ClassObject) -> Bool) throws(ScriptError) -> Bool {
        switch info {
        case .type(let c): return test(c)
        case .tuple(let items):
            for i in items where try classCheck(i, message, test) { return true }
            return false
        default: throw ScriptError.typeError(message)
        }
    }
}

/// `sys.stdout` / `sys.stderr`: text streams `print(file=…)` can write to.
final class StreamObject: NativeObject {
    let name: String
    let isError: Bool

    init(name: String, isError: Bool) {
        self.name = name
        self.isError = isError
    }

    func write(_ text: String, _ rt: Runtime) {
        if isError {
            rt.output.flush()
            FileHandle.standardError.write(Data(text.utf8))
        } else {
            rt.write(text)
        }
    }

    override func getAttribute(_ name: String, owner: Value, _ rt: Runtime) throws -> Value? {
        switch name {
        case "write":
            return .builtin(BuiltinFunction("write", "s, /") { a, rt in
                let s = try a.string(0)
                self.write(s, rt)
                return .int(s.unicodeScalars.count)
            })
        case "flush":
            return .builtin(BuiltinFunction("flush", "") { _, rt in rt.output.flush(); return .none })
        default: return nil
        }
    }

    override func repr(_ rt: Runtime) throws -> String { "<\(name)>" }
}
