/// `repr` and `str` of every value, as Python writes them; containers that contain
/// themselves print `[...]`, and nesting deeper than the recursion limit is RecursionError.
///
/// One deliberate difference: objects without a custom repr show no memory address
/// (`<function f>`, `<__main__.Net object>`), so notebook outputs stay the same between runs.
extension Runtime {
    /// `repr(value)`.
    public func repr(_ value: Value) throws(ScriptError) -> String {
        switch value {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return PyFormat.floatRepr(d)
        case .str(let s): return Runtime.quote(s.value)
        case .ellipsis: return "Ellipsis"
        case .tuple(let items):
            if items.count == 1 { return "(\(try repr(items[0])),)" }
            return "(\(try joinedReprs(items)))"
        case .list(let l):
            return try guarded(l, "[...]") { () throws(ScriptError) in "[\(try joinedReprs(l.items))]" }
        case .dict(let d):
            return try guarded(d, "{...}") { () throws(ScriptError) in
                var parts: [String] = []
                for e in d.entries { parts.append("\(try repr(e.key)): \(try repr(e.value))") }
                return "{\(parts.joined(separator: ", "))}"
            }
        case .set(let s):
            if s.count == 0 { return "set()" }
            return try guarded(s, "{...}") { () throws(ScriptError) in "{\(try joinedReprs(s.elements))}" }
        case .range(let r):
            return r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))"
        case .slice(let s):
            return "slice(\(try repr(s.start)), \(try repr(s.stop)), \(try repr(s.step)))"
        case .function(let f):
            return "<function \(f.qualifiedName)>"
        case .builtin(let b):
            if let owner = b.owner { return "<method '\(b.name)' of '\(owner.name)' objects>" }
            return "<built-in function \(b.name)>"
        case .method(let m):
            switch m.function {
            case .builtin(let b):
                return "<built-in method \(b.name) of \(m.receiver.typeName) object>"
            case .function(let f):
                return "<bound method \(f.qualifiedName) of \(try repr(m.receiver))>"
            default:
                return "<bound method of \(try repr(m.receiver))>"
            }
        case .type(let c):
            return "<class '\(c.qualifiedName)'>"
        case .module(let m):
            return "<module '\(m.name)' (built-in)>"
        case .iterator(let it):
            return "<\(it.type.name) object>"
        case .native(let n):
            do { return try n.repr(self) } catch { throw convert(error) }
        case .instance(let inst):
            if let (m, owner) = inst.cls.lookupWithOwner("__repr__"), owner !== BuiltinTypes.shared.object {
                return try guarded(inst, "...") { () throws(ScriptError) in
                    try stringResult(call(bindAttribute(m, to: value, owner: inst.cls)), "__repr__")
                }
            }
            if let native = inst.native {
                do { return try native.repr(self) } catch { throw convert(error) }
            }
            return "<\(inst.cls.qualifiedName) object>"
        }
    }

    /// `str(value)`.
    public func str(_ value: Value) throws(ScriptError) -> String {
        switch value {
        case .str(let s): return s.value
        case .native(let n):
            do { return try n.str(self) } catch { throw convert(error) }
        case .instance(let inst):
            if let (m, owner) = inst.cls.lookupWithOwner("__str__"), owner !== BuiltinTypes.shared.object {
                return try stringResult(call(bindAttribute(m, to: value, owner: inst.cls)), "__str__")
            }
            return try repr(value)
        default:
            return try repr(value)
        }
    }

    func stringResult(_ v: Value, _ method: String) throws(ScriptError) -> String {
        guard case .str(let s) = v else {
            throw ScriptError.typeError("\(method) returned non-string (type \(v.typeName))")
        }
        return s.value
    }

    func joinedReprs(_ items: [Value]) throws(ScriptError) -> String {
        var parts: [String] = []
        parts.reserveCapacity(items.count)
        for v in items { parts.append(try repr(v)) }
        return parts.joined(separator: ", ")
    }

    /// Runs `body` for a container unless its repr is already in progress (a cycle), counting
    /// the nesting against the recursion limit.
    func guarded(_ object: AnyObject, _ cycle: String, _ body: () throws(ScriptError) -> String) throws(ScriptError) -> String {
        let id = ObjectIdentifier(object)
        if reprInProgress.contains(id) { return cycle }
        do {
            try enterCall()
        } catch {
            throw ScriptError.recursion("maximum recursion depth exceeded while getting the repr of an object")
        }
        reprInProgress.insert(id)
        defer {
            reprInProgress.remove(id)
            leaveCall()
        }
        return try body()
    }

    /// Python's `repr` of a string: single quotes unless the text has a `'` and no `"`.
    static func quote(_ s: String) -> String {
        let useDouble = s.contains("'") && !s.contains("\"")
        let q: Character = useDouble ? "\"" : "'"
        var out = String(q)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "'" where !useDouble: out += "\\'"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + hex(scalar.value, 2)
                } else if scalar.value >= 0x80 && !isPrintable(scalar) {
                    out += scalar.value <= 0xFF ? "\\x" + hex(scalar.value, 2)
                        : scalar.value <= 0xFFFF ? "\\u" + hex(scalar.value, 4) : "\\U" + hex(scalar.value, 8)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append(q)
        return out
    }

    static func hex(_ v: UInt32, _ width: Int) -> String {
        let h = String(v, radix: 16)
        return String(repeating: "0", count: max(0, width - h.count)) + h
    }

    /// Python's `str.isprintable` for one non-ASCII scalar.
    static func isPrintable(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator:
            return false
        case .spaceSeparator:
            return s == " "
        default:
            return true
        }
    }
}
