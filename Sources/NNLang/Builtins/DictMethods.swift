/// Methods of `dict`.
enum DictMethods {
    static func dict(_ a: BoundArguments) throws(ScriptError) -> DictObject {
        if case .dict(let d) = a.receiver { return d }
        throw ScriptError.typeError("descriptor requires a 'dict' object but received a '\(a.receiver.typeName)'")
    }

    /// `d.update(source)`: a dict, or an iterable of key/value pairs.
    static func update(_ d: DictObject, from source: Value, _ rt: Runtime) throws(ScriptError) {
        if case .dict(let other) = source {
            for e in other.entries { try d.set(e.key, e.value, rt) }
            return
        }
        if case .instance = source, try rt.hasAttribute(source, "keys") {
            for k in try rt.toArray(rt.callMethod(source, "keys")) { try d.set(k, try rt.getItem(source, k), rt) }
            return
        }
        var index = 0
        try rt.forEach(source) { (item) throws(ScriptError) in
            let pair: [Value]
            do { pair = try rt.toArray(item) } catch {
                throw ScriptError.typeError("cannot convert dictionary update sequence element #\(index) to a sequence")
            }
            guard pair.count == 2 else {
                throw ScriptError.valueError("dictionary update sequence element #\(index) has length \(pair.count); 2 is required")
            }
            try d.set(pair[0], pair[1], rt)
            index += 1
        }
    }

    static func register(on cls: ClassObject) {
        cls.method("get", "key, default=None, /", doc: "d[key] if key is in the dict, else default.") { a, rt in
            try dict(a).get(a[0], rt) ?? a[1]
        }
        cls.method("keys", "", doc: "A view of the keys.") { a, _ in .native(DictView(try dict(a), .keys)) }
        cls.method("values", "", doc: "A view of the values.") { a, _ in .native(DictView(try dict(a), .values)) }
        cls.method("items", "", doc: "A view of the (key, value) pairs.") { a, _ in .native(DictView(try dict(a), .items)) }
        cls.method("pop", "key, default=..., /", doc: "Remove key and return its value (or default).") { a, rt in
            if let v = try dict(a).remove(a[0], rt) { return v }
            if case .ellipsis = a[1] { throw ScriptError.keyError(a[0]) }
            return a[1]
        }
        cls.method("popitem", "", doc: "Remove and return the last (key, value) pair.") { a, rt in
            let d = try dict(a)
            guard let last = d.entries.last else { throw ScriptError.keyError(.string("popitem(): dictionary is empty")) }
            try d.remove(last.key, rt)
            return .tuple([last.key, last.value])
        }
        cls.method("setdefault", "key, default=None, /", doc: "d[key], inserting default first when missing.") { a, rt in
            let d = try dict(a)
            if let v = try d.get(a[0], rt) { return v }
            try d.set(a[0], a[1], rt)
            return a[1]
        }
        cls.method("update", "*args, **kwargs", doc: "Add the pairs of a mapping or iterable, then the keywords.") { a, rt in
            let d = try dict(a)
            let args = a.varArgs
            if args.count > 1 { throw ScriptError.typeError("update expected at most 1 argument, got \(args.count)") }
            if let source = args.first { try update(d, from: source, rt) }
            for (k, v) in a.varKeywords { try d.set(.string(k), v, rt) }
            return .none
        }
        cls.method("copy", "", doc: "A shallow copy.") { a, rt in
            let d = DictObject()
            for e in try dict(a).entries { try d.set(e.key, e.value, rt) }
            return .dict(d)
        }
        cls.method("clear", "", doc: "Remove all items.") { a, _ in
            try dict(a).removeAll()
            return .none
        }
        let fromkeys = BuiltinFunction("fromkeys", "iterable, value=None, /", doc: "A dict with keys from iterable, all set to value.") { a, rt in
            let d = DictObject()
            try rt.forEach(a[0]) { (k) throws(ScriptError) in try d.set(k, a[1], rt) }
            return .dict(d)
        }
        cls.define("fromkeys", .native(StaticMethodObject(.builtin(fromkeys))))
    }
}

/// `d.keys()`, `d.values()`, `d.items()`: live views of a dict.
final class DictView: NativeObject {
    enum Kind { case keys, values, items }

    let dict: DictObject
    let kind: Kind

    init(_ dict: DictObject, _ kind: Kind) {
        self.dict = dict
        self.kind = kind
    }

    // Built once by Swift's thread-safe lazy global initialisation, never mutated afterwards.
    nonisolated(unsafe) static let types: [ClassObject] = ["dict_keys", "dict_values", "dict_items"].map {
        let c = ClassObject(name: $0, module: "builtins", kind: .native, bases: [BuiltinTypes.shared.object])
        c.subclassable = false
        return c
    }

    override var nativeType: ClassObject {
        DictView.types[kind == .keys ? 0 : kind == .values ? 1 : 2]
    }

    override func makeIterator(_ rt: Runtime) throws -> IteratorObject? {
        let t = BuiltinTypes.shared
        switch kind {
        case .keys: return rt.dictIterator(dict, type: t.dictKeyIterator) { k, _ in k }
        case .values: return rt.dictIterator(dict, type: t.dictValueIterator) { _, v in v }
        case .items: return rt.dictIterator(dict, type: t.dictItemIterator) { k, v in .tuple([k, v]) }
        }
    }

    override func length(_ rt: Runtime) throws -> Int? { dict.count }

    override func contains(_ item: Value, _ rt: Runtime) throws -> Bool? {
        switch kind {
        case .keys: return try dict.contains(item, rt)
        case .values: return nil
        case .items:
            guard case .tuple(let pair) = item, pair.count == 2, let v = try dict.get(pair[0], rt) else { return false }
            return try rt.equal(v, pair[1])
        }
    }

    override func repr(_ rt: Runtime) throws -> String {
        let items: [Value]
        switch kind {
        case .keys: items = dict.orderedKeys
        case .values: items = dict.orderedValues
        case .items: items = dict.entries.map { .tuple([$0.key, $0.value]) }
        }
        return "\(nativeType.name)(\(try rt.repr(.list(ListObject(items)))))"
    }
}
