/// Attribute access: `obj.name`, `obj.name = v`, `del obj.name`, method binding, `dir`.
extension Runtime {
    /// `value.name`.
    public func getAttribute(_ value: Value, _ name: String) throws(ScriptError) -> Value {
        if let v = try findAttribute(value, name) { return v }
        throw attributeError(value, name)
    }

    /// `value.name`, or nil when there is no such attribute.
    func findAttribute(_ value: Value, _ name: String) throws(ScriptError) -> Value? {
        switch value {
        case .instance(let inst):
            let classAttr = inst.cls.lookup(name)
            if let classAttr, case .native(let n) = classAttr, let p = n as? PropertyObject {
                return try call(p.getter, value)
            }
            if let v = inst.attribute(name) { return v }
            if let classAttr { return bindAttribute(classAttr, to: value, owner: inst.cls) }
            if let native = inst.native {
                do {
                    if let v = try native.getAttribute(name, owner: value, self) { return v }
                } catch { throw convert(error) }
            }
            if let special = try specialAttribute(value, name) { return special }
            if let getattr = inst.cls.lookup("__getattr__") {
                do throws(ScriptError) {
                    return try call(bindAttribute(getattr, to: value, owner: inst.cls), .string(name))
                } catch where error.matches(BuiltinTypes.shared.attributeError) {
                    return nil
                }
            }
            return nil
        case .type(let cls):
            if let (v, _) = cls.lookupWithOwner(name) {
                if case .native(let n) = v {
                    if let cm = n as? ClassMethodObject { return .method(BoundMethod(receiver: value, function: cm.function)) }
                    if let sm = n as? StaticMethodObject { return sm.function }
                }
                return v
            }
            return try specialAttribute(value, name)
        case .module(let m):
            if let v = m.attribute(name) { return v }
            return try specialAttribute(value, name)
        case .native(let n):
            let cls = n.nativeType
            if let v = cls.lookup(name) {
                if case .native(let d) = v, let p = d as? PropertyObject { return try call(p.getter, value) }
                return bindAttribute(v, to: value, owner: cls)
            }
            do {
                if let v = try n.getAttribute(name, owner: value, self) { return v }
            } catch { throw convert(error) }
            return try specialAttribute(value, name)
        case .function(let fn):
            if let v = fn.attributes[name] { return v }
            return try specialAttribute(value, name)
        default:
            let cls = value.type
            if let v = cls.lookup(name) { return bindAttribute(v, to: value, owner: cls) }
            return try specialAttribute(value, name)
        }
    }

    /// A class attribute as seen through `receiver`: functions become bound methods,
    /// `classmethod`s bind to the class, `staticmethod`s unwrap.
    func bindAttribute(_ attr: Value, to receiver: Value, owner: ClassObject) -> Value {
        switch attr {
        case .function:
            return .method(BoundMethod(receiver: receiver, function: attr))
        case .builtin(let b) where b.isMethod:
            return .method(BoundMethod(receiver: receiver, function: attr))
        case .native(let n):
            if let sm = n as? StaticMethodObject { return sm.function }
            if let cm = n as? ClassMethodObject {
                let cls: Value
                if case .type = receiver { cls = receiver } else { cls = .type(receiver.type) }
                return .method(BoundMethod(receiver: cls, function: cm.function))
            }
            return attr
        default:
            return attr
        }
    }

    /// Attributes every value has (`__class__`, `__name__`, `__doc__`, `__dict__`…).
    func specialAttribute(_ value: Value, _ name: String) throws(ScriptError) -> Value? {
        switch name {
        case "__class__":
            return .type(value.type)
        case "__name__":
            switch value {
            case .type(let c): return .string(c.name)
            case .function(let f): return .string(f.name)
            case .builtin(let b): return .string(b.name)
            case .module(let m): return .string(m.name)
            case .method(let m): return try findAttribute(m.function, name)
            default: return nil
            }
        case "__qualname__":
            switch value {
            case .type(let c): return .string(c.name)
            case .function(let f): return .string(f.qualifiedName)
            case .builtin(let b): return .string(b.qualifiedName)
            default: return nil
            }
        case "__module__":
            if case .type(let c) = value { return .string(c.module) }
            return nil
        case "__doc__":
            switch value {
            case .type(let c): return c.doc.map(Value.string) ?? Value.none
            case .function(let f): return f.doc.map(Value.string) ?? Value.none
            case .builtin(let b): return .string(b.doc)
            case .module(let m): return .string(m.doc)
            default: return nil
            }
        case "__dict__":
            switch value {
            case .instance(let inst):
                let d = DictObject()
                for n in inst.attributeNames { if let v = inst.attribute(n) { d.setString(n, v) } }
                return .dict(d)
            case .module(let m):
                let d = DictObject()
                for n in m.attributeNames { if let v = m.attribute(n) { d.setString(n, v) } }
                return .dict(d)
            default: return nil
            }
        case "__bases__":
            if case .type(let c) = value { return .tuple(c.bases.map { .type($0) }) }
            return nil
        case "__mro__":
            if case .type(let c) = value { return .tuple(c.mro.map { .type($0) }) }
            return nil
        case "__self__":
            if case .method(let m) = value { return m.receiver }
            return nil
        case "__func__":
            if case .method(let m) = value { return m.function }
            return nil
        case "real":
            switch value {
            case .int, .float: return value
            case .bool(let b): return .int(b ? 1 : 0)
            default: return nil
            }
        case "imag":
            switch value {
            case .int, .bool: return .int(0)
            case .float: return .float(0)
            default: return nil
            }
        default:
            return nil
        }
    }

    /// The AttributeError for a missing attribute, with a "did you mean" hint.
    func attributeError(_ value: Value, _ name: String) -> ScriptError {
        let message: String
        switch value {
        case .type(let c): message = "type object '\(c.name)' has no attribute '\(name)'"
        case .module(let m): message = "module '\(m.name)' has no attribute '\(name)'"
        default: message = "'\(value.typeName)' object has no attribute '\(name)'"
        }
        let e = ScriptError.attributeError(message)
        if let close = Suggestions.closest(to: name, in: attributeNames(of: value)) {
            e.hint = "did you mean '\(close)'?"
        }
        return e
    }

    /// Every attribute name of a value (for `dir`, completion and suggestions).
    public func attributeNames(of value: Value) -> [String] {
        var names: [String] = []
        switch value {
        case .instance(let inst):
            names = inst.attributeNames + inst.cls.attributeNames
            if let n = inst.native { names += n.dynamicAttributeNames }
        case .type(let c):
            names = c.attributeNames
        case .module(let m):
            names = m.attributeNames
        case .native(let n):
            names = n.nativeType.attributeNames + n.dynamicAttributeNames
        case .function(let f):
            names = Array(f.attributes.keys).sorted() + ["__name__", "__doc__"]
        default:
            names = value.type.attributeNames
        }
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    /// `value.name = newValue`.
    public func setAttribute(_ value: Value, _ name: String, _ newValue: Value) throws(ScriptError) {
        switch value {
        case .instance(let inst):
            if let classAttr = inst.cls.lookup(name), case .native(let n) = classAttr, let p = n as? PropertyObject {
                guard let setter = p.setter else {
                    throw ScriptError.attributeError("property '\(name)' of '\(inst.cls.name)' object has no setter")
                }
                _ = try call(setter, value, newValue)
                return
            }
            if let native = inst.native {
                do {
                    if try native.setAttribute(name, newValue, owner: value, self) { return }
                } catch { throw convert(error) }
            }
            if inst.cls === BuiltinTypes.shared.object {
                throw ScriptError.attributeError("'object' object has no attribute '\(name)'")
            }
            inst.setAttribute(name, newValue)
        case .type(let cls):
            guard cls.kind == .user else {
                throw ScriptError.typeError("cannot set '\(name)' attribute of immutable type '\(cls.name)'")
            }
            cls.define(name, newValue)
            classEpoch &+= 1
        case .module(let m):
            m.define(name, newValue)
        case .function(let fn):
            fn.attributes[name] = newValue
        case .native(let n):
            do {
                if try n.setAttribute(name, newValue, owner: value, self) { return }
            } catch { throw convert(error) }
            throw attributeError(value, name)
        default:
            if (try? specialAttribute(value, name)) ?? nil != nil {
                throw ScriptError.attributeError("attribute '\(name)' of '\(value.typeName)' objects is not writable")
            }
            if value.type.lookup(name) != nil {
                throw ScriptError.attributeError("'\(value.typeName)' object attribute '\(name)' is read-only")
            }
            throw ScriptError.attributeError("'\(value.typeName)' object has no attribute '\(name)'")
        }
    }

    /// `del value.name`.
    public func deleteAttribute(_ value: Value, _ name: String) throws(ScriptError) {
        switch value {
        case .instance(let inst):
            if let native = inst.native {
                do {
                    if try native.deleteAttribute(name, owner: value, self) { return }
                } catch { throw convert(error) }
            }
            guard inst.attribute(name) != nil else { throw attributeError(value, name) }
            inst.setAttribute(name, nil)
        case .type(let cls) where cls.kind == .user:
            guard cls.remove(name) else { throw attributeError(value, name) }
            classEpoch &+= 1
        case .module(let m):
            guard m.remove(name) else { throw attributeError(value, name) }
        case .native(let n):
            do {
                if try n.deleteAttribute(name, owner: value, self) { return }
            } catch { throw convert(error) }
            throw attributeError(value, name)
        default:
            throw attributeError(value, name)
        }
    }

    /// `hasattr(value, name)`.
    public func hasAttribute(_ value: Value, _ name: String) throws(ScriptError) -> Bool {
        do throws(ScriptError) {
            return try findAttribute(value, name) != nil
        } catch where error.matches(BuiltinTypes.shared.attributeError) {
            return false
        }
    }
}
