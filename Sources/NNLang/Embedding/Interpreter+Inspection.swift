/// Looking at a session's values without running nn code: the REPL's tab completion, `?name`
/// and `:vars` use these, so pressing Tab never calls a function, a property written in nn or
/// a `__getattr__`.
extension Interpreter {
    /// The value a restricted path refers to: a global name followed by attributes and
    /// literal subscripts (`model.fc1.weight`, `layers[0].bias`, `cfg["lr"]`, `xs[-1]`).
    ///
    /// Nothing is called except native property getters and native subscripts (Swift code
    /// of the built-in libraries); returns nil for calls, for user properties and
    /// `__getattr__`, for subscripts of nn-defined classes, and for anything missing.
    public func peek(_ path: String) -> Value? {
        var steps = InspectionPath(path)
        guard let root = steps.name(), var value = runtime.global(root) else { return nil }
        while !steps.isAtEnd {
            if steps.consume(".") {
                guard let name = steps.name(), let next = peekAttribute(value, name) else { return nil }
                value = next
            } else if steps.consume("[") {
                guard let key = steps.literal(), steps.consume("]"), let next = peekItem(value, key) else { return nil }
                value = next
            } else {
                return nil
            }
        }
        return value
    }

    /// `value.name` when it can be read without running nn code, else nil.
    public func peekAttribute(_ value: Value, _ name: String) -> Value? {
        let rt = runtime
        switch value {
        case .instance(let inst):
            let classAttr = inst.cls.lookup(name)
            if let classAttr, case .native(let n) = classAttr, n is PropertyObject { return nil }
            if let v = inst.attribute(name) { return v }
            if let classAttr { return rt.bindAttribute(classAttr, to: value, owner: inst.cls) }
            if let native = inst.native, let v = try? native.getAttribute(name, owner: value, rt) { return v }
            return (try? rt.specialAttribute(value, name)) ?? nil
        case .native(let n):
            if let attr = n.nativeType.lookup(name), case .native(let d) = attr, let p = d as? PropertyObject {
                guard case .builtin = p.getter else { return nil }
                return try? rt.call(p.getter, value)
            }
            return (try? rt.findAttribute(value, name)) ?? nil
        default:
            return (try? rt.findAttribute(value, name)) ?? nil
        }
    }

    /// `value[key]` for built-in containers and native objects; nil for nn-defined classes
    /// (their `__getitem__` is nn code) and for missing items.
    public func peekItem(_ value: Value, _ key: Value) -> Value? {
        switch value {
        case .list, .tuple, .str, .dict, .range, .native:
            return try? runtime.getItem(value, key)
        default:
            return nil
        }
    }

    /// Completions for `path.prefix`: attribute names of the value `path` refers to that start
    /// with `prefix`, sorted; callables end in `(`. Names starting with `_` are offered only
    /// when `prefix` starts with `_`.
    public func memberCompletions(of path: String, prefix: String) -> [String] {
        guard let value = peek(path) else { return [] }
        let names = runtime.attributeNames(of: value).filter { name in
            name.hasPrefix(prefix) && (prefix.hasPrefix("_") || !name.hasPrefix("_"))
        }
        return names.sorted().map { name in
            guard let member = peekMember(value, name) else { return name }
            return isCallable(member) ? name + "(" : name
        }
    }

    /// Completions for a bare name: globals, built-ins, module aliases and keywords starting
    /// with `prefix`, sorted; callables end in `(`, keywords in a space (`try:` and
    /// `finally:`), as CPython's rlcompleter does.
    public func nameCompletions(prefix: String) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for name in globalNames where name.hasPrefix(prefix) && (prefix.hasPrefix("_") || !name.hasPrefix("_")) {
            guard seen.insert(name).inserted else { continue }
            out.append(callableName(name) ? name + "(" : name)
        }
        for word in Interpreter.keywords where word.hasPrefix(prefix) && seen.insert(word).inserted {
            switch word {
            // As CPython's rlcompleter: `else` also ends `x if c else y`, so it gets nothing.
            case "True", "False", "None", "pass", "break", "continue", "else": out.append(word)
            case "finally", "try": out.append(word + ":")
            default: out.append(word + " ")
            }
        }
        return out.sorted()
    }

    /// The language's keywords, sorted.
    public static var keywords: [String] { TokenKind.keywords.keys.sorted() }

    /// Whether a value can be called (functions, classes, bound methods, callable objects).
    public func isCallable(_ value: Value) -> Bool {
        switch value {
        case .function, .builtin, .method, .type: return true
        case .native(let n): return n.isCallable
        case .instance(let inst): return inst.cls.lookup("__call__") != nil
        default: return false
        }
    }

    /// An attribute for display purposes: like `peekAttribute`, but a property is never run
    /// (its value is unknown, so it is not treated as callable).
    func peekMember(_ value: Value, _ name: String) -> Value? {
        switch value {
        case .instance(let inst):
            if let v = inst.attribute(name) { return v }
            if let attr = inst.cls.lookup(name) {
                if case .native(let d) = attr, d is PropertyObject { return nil }
                return attr
            }
            return peekAttribute(value, name)
        case .native(let n):
            if let attr = n.nativeType.lookup(name) {
                if case .native(let d) = attr, d is PropertyObject { return nil }
                return attr
            }
            return peekAttribute(value, name)
        default:
            return peekAttribute(value, name)
        }
    }

    /// Whether the global `name` is callable, without instantiating a module alias.
    func callableName(_ name: String) -> Bool {
        if let cell = runtime.globals[name], !Unbound.isUnbound(cell.value) { return isCallable(cell.value) }
        if let v = runtime.builtins[name] { return isCallable(v) }
        if let alias = ModuleRegistry.alias(name) { return alias.attribute != nil }
        return false
    }
}

/// A cursor over the restricted path syntax of `Interpreter.peek`.
struct InspectionPath {
    private let bytes: [UInt8]
    private var i = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    var isAtEnd: Bool {
        bytes[min(i, bytes.count)...].allSatisfy { $0 == UInt8(ascii: " ") }
    }

    /// Consumes `symbol` if it comes next.
    mutating func consume(_ symbol: Character) -> Bool {
        skipSpaces()
        guard let ascii = symbol.asciiValue, i < bytes.count, bytes[i] == ascii else { return false }
        i += 1
        return true
    }

    /// An identifier.
    mutating func name() -> String? {
        skipSpaces()
        let start = i
        while i < bytes.count, isNameByte(bytes[i], first: i == start) { i += 1 }
        return i > start ? String(decoding: bytes[start..<i], as: UTF8.self) : nil
    }

    /// An int literal (optionally negative) or a simple quoted string without escapes.
    mutating func literal() -> Value? {
        skipSpaces()
        guard i < bytes.count else { return nil }
        let c = bytes[i]
        if c == UInt8(ascii: "'") || c == UInt8(ascii: "\"") {
            let start = i + 1
            var j = start
            while j < bytes.count, bytes[j] != c {
                if bytes[j] == UInt8(ascii: "\\") { return nil }
                j += 1
            }
            guard j < bytes.count else { return nil }
            i = j + 1
            return .string(String(decoding: bytes[start..<j], as: UTF8.self))
        }
        let start = i
        if c == UInt8(ascii: "-") { i += 1 }
        let digits = i
        while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") { i += 1 }
        guard i > digits, let n = Int(String(decoding: bytes[start..<i], as: UTF8.self)) else { return nil }
        return .int(n)
    }

    private mutating func skipSpaces() {
        while i < bytes.count, bytes[i] == UInt8(ascii: " ") { i += 1 }
    }

    private func isNameByte(_ b: UInt8, first: Bool) -> Bool {
        if b >= 0x80 || b == UInt8(ascii: "_") { return true }
        if (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") { return true }
        return !first && b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")
    }
}
