/// Calls: positional calls, method calls (without creating bound methods, with a per-node
/// cache of the method found for the receiver's class), and general calls with keywords,
/// `*args` and `**kwargs`.

/// `f(a, b, …)` with positional arguments only.
final class CallNode: ExprNode {
    let callee: ExprNode
    let args: NodeList<ExprNode>

    init(span: SourceSpan, callee: ExprNode, args: [ExprNode]) {
        self.callee = callee
        self.args = NodeList(args)
        super.init(span: span)
    }

    override func eval(_ f: Frame) throws(ScriptError) -> Value {
        let fn = try callee.eval(f)
        return try f.withRuntime { (rt) throws(ScriptError) -> Value in
            let base = rt.top
            let argc = args.count
            do throws(ScriptError) { try rt.reserve(argc) } catch { throw error.locate(f.code.file, span) }
            defer { rt.pop(to: base) }
            var i = 0
            while i < argc {
                rt.push(try args.with(i) { (a) throws(ScriptError) in try a.eval(f) })
                i += 1
            }
            do throws(ScriptError) {
                if case .function(let function) = fn {
                    return try rt.callFunction(function, base: base, argc: argc)
                }
                return try rt.callValue(fn, base: base, argc: argc)
            } catch {
                throw error.locate(f.code.file, span)
            }
        }
    }
}

/// `obj.name(a, b, …)` with positional arguments only.
final class CallMethodNode: ExprNode {
    let receiver: ExprNode
    let name: String
    let args: NodeList<ExprNode>
    /// The span of `obj.name` (where an AttributeError points).
    let attributeSpan: SourceSpan

    // Cache: the class the method was last found on (compared by identity) and what was found.
    private var cachedClass: ClassObject?
    private var cachedClassID: ObjectIdentifier?
    /// The `builtinKind` the cache was filled for (-1: not a built-in kind).
    private var cachedKind = -1
    private var cachedEpoch = -1
    private var cachedSlotCount = -1
    private var cachedFunction: FunctionObject?
    private var cachedBuiltin: BuiltinFunction?

    init(span: SourceSpan, receiver: ExprNode, name: String, args: [ExprNode], attributeSpan: SourceSpan) {
        self.receiver = receiver
        self.name = name
        self.args = NodeList(args)
        self.attributeSpan = attributeSpan
        super.init(span: span)
    }

    override func eval(_ f: Frame) throws(ScriptError) -> Value {
        let recv = try receiver.eval(f)
        return try f.withRuntime { (rt) throws(ScriptError) -> Value in try call(recv, rt, f) }
    }

    @inline(__always)
    private func call(_ recv: Value, _ rt: Runtime, _ f: Frame) throws(ScriptError) -> Value {
        let base = rt.top
        do throws(ScriptError) { try rt.reserve(args.count + 1) } catch { throw error.locate(f.code.file, span) }
        defer { rt.pop(to: base) }
        rt.push(recv)
        var i = 0
        while i < args.count {
            rt.push(try args.with(i) { (a) throws(ScriptError) in try a.eval(f) })
            i += 1
        }
        do throws(ScriptError) {
            switch recv {
            case .instance(let inst):
                let cls = inst.cls
                if ObjectIdentifier(cls) != cachedClassID || cachedEpoch != rt.classEpoch || cachedSlotCount != cls.slotNames.count {
                    cacheInstanceMethod(cls, rt)
                }
                if let fn = cachedFunction { return try rt.callFunction(fn, base: base, argc: args.count + 1) }
                if let b = cachedBuiltin {
                    return try rt.callBuiltin(b, receiver: recv, base: base + 1, argc: args.count, keywords: [])
                }
            case .module, .type, .function, .method, .builtin:
                break
            default:
                // Built-in value kinds are recognised by their case, natives by their class.
                let kind = recv.builtinKind
                if kind < 0 || kind != cachedKind {
                    let cls = recv.type
                    if ObjectIdentifier(cls) != cachedClassID {
                        cachedClass = cls
                        cachedClassID = ObjectIdentifier(cls)
                        cachedFunction = nil
                        if case .builtin(let b)? = cls.lookup(name), b.isMethod { cachedBuiltin = b } else { cachedBuiltin = nil }
                    }
                    cachedKind = kind
                }
                if let b = cachedBuiltin {
                    return try rt.callBuiltin(b, receiver: recv, base: base + 1, argc: args.count, keywords: [])
                }
            }
            let method: Value
            do throws(ScriptError) { method = try rt.getAttribute(recv, name) } catch { throw error.locate(f.code.file, attributeSpan) }
            return try rt.callValue(method, base: base + 1, argc: args.count)
        } catch {
            throw error.locate(f.code.file, span)
        }
    }

    /// Finds what `name` is on instances of `cls`: a plain function or built-in method in the
    /// class (and no instance slot of that name), or nothing cacheable.
    private func cacheInstanceMethod(_ cls: ClassObject, _ rt: Runtime) {
        cachedClass = cls
        cachedClassID = ObjectIdentifier(cls)
        cachedKind = -1
        cachedEpoch = rt.classEpoch
        cachedSlotCount = cls.slotNames.count
        cachedFunction = nil
        cachedBuiltin = nil
        guard cls.slotIndex[name] == nil else { return }
        switch cls.lookup(name) {
        case .function(let fn)?: cachedFunction = fn
        case .builtin(let b)? where b.isMethod: cachedBuiltin = b
        default: break
        }
    }
}

/// One positional argument of a general call.
struct CallArgument {
    let value: ExprNode
    let starred: Bool
}

/// A call with keywords, `*args` or `**kwargs`.
final class GeneralCallNode: ExprNode {
    let callee: ExprNode
    let positional: [CallArgument]
    let keywordNames: [String]
    let keywordValues: [ExprNode]
    let doubleStarred: [ExprNode]

    init(span: SourceSpan, callee: ExprNode, positional: [CallArgument], keywordNames: [String],
         keywordValues: [ExprNode], doubleStarred: [ExprNode]) {
        self.callee = callee
        self.positional = positional
        self.keywordNames = keywordNames
        self.keywordValues = keywordValues
        self.doubleStarred = doubleStarred
        super.init(span: span)
    }

    override func eval(_ f: Frame) throws(ScriptError) -> Value {
        let fn = try callee.eval(f)
        let rt = f.rt
        let base = rt.top
        defer { rt.pop(to: base) }
        do throws(ScriptError) {
            var argc = 0
            for p in positional {
                let v = try p.value.eval(f)
                if p.starred {
                    let items: [Value]
                    do { items = try rt.toArray(v) } catch {
                        throw ScriptError.typeError("\(describe(fn)) argument after * must be an iterable, not \(v.typeName)")
                    }
                    try rt.reserve(items.count)
                    for item in items { rt.push(item) }
                    argc += items.count
                } else {
                    try rt.reserve(1)
                    rt.push(v)
                    argc += 1
                }
            }
            var names = keywordNames
            try rt.reserve(keywordValues.count)
            for k in keywordValues { rt.push(try k.eval(f)) }
            for d in doubleStarred {
                let mapping = try d.eval(f)
                guard case .dict(let dict) = mapping else {
                    throw ScriptError.typeError("\(describe(fn)) argument after ** must be a mapping, not \(mapping.typeName)")
                }
                for e in dict.entries {
                    guard case .str(let k) = e.key else { throw ScriptError.typeError("keywords must be strings") }
                    if names.contains(k.value) {
                        throw ScriptError.typeError("\(describe(fn)) got multiple values for keyword argument '\(k.value)'")
                    }
                    names.append(k.value)
                    try rt.reserve(1)
                    rt.push(e.value)
                }
            }
            return try rt.callValue(fn, base: base, argc: argc, keywords: names)
        } catch {
            throw rt.traceCall(error, f.code.file, span)
        }
    }

    /// `f()` as messages name the callee.
    func describe(_ fn: Value) -> String {
        switch fn {
        case .function(let x): return "\(x.qualifiedName)()"
        case .builtin(let b): return "\(b.qualifiedName)()"
        case .type(let c): return "\(c.name)()"
        default: return "\(fn.typeName) object"
        }
    }
}
