/// Calling things: nn functions (frames on the value stack), built-ins (signature binding),
/// bound methods, classes (instance creation), native objects and callable instances.
extension Runtime {
    /// Calls `callee` with arguments already pushed at `base`: `argc` positional values,
    /// followed by one value per name in `keywords`. Everything from `base` up is consumed.
    func callValue(_ callee: Value, base: Int, argc: Int, keywords: [String] = []) throws(ScriptError) -> Value {
        switch callee {
        case .function(let fn):
            if keywords.isEmpty { return try callFunction(fn, base: base, argc: argc) }
            return try callFunction(fn, base: base, argc: argc, keywords: keywords)
        case .builtin(let b):
            if b.isMethod {
                guard argc >= 1 else {
                    throw ScriptError.typeError("unbound method \(b.qualifiedName)() needs an argument")
                }
                let receiver = stack[base]
                if let owner = b.owner, !receiver.type.isSubclass(of: owner) {
                    throw ScriptError.typeError("descriptor '\(b.name)' for '\(owner.name)' objects doesn't apply to a '\(receiver.typeName)' object")
                }
                return try callBuiltin(b, receiver: receiver, base: base + 1, argc: argc - 1, keywords: keywords)
            }
            return try callBuiltin(b, receiver: .none, base: base, argc: argc, keywords: keywords)
        case .method(let m):
            switch m.function {
            case .function(let fn):
                // Shift the arguments up one slot and put the receiver first.
                try reserve(1)
                let n = top - base
                (stack + base + 1).moveInitialize(from: stack + base, count: n)
                (stack + base).initialize(to: m.receiver)
                top += 1
                return try callFunction(fn, base: base, argc: argc + 1, keywords: keywords)
            case .builtin(let b):
                return try callBuiltin(b, receiver: m.receiver, base: base, argc: argc, keywords: keywords)
            default:
                return try callValue(m.function, base: base, argc: argc, keywords: keywords)
            }
        case .type(let cls):
            return try instantiate(cls, base: base, argc: argc, keywords: keywords)
        case .native(let n):
            let args = arguments(base: base, argc: argc, keywords: keywords)
            do { return try n.call(args, owner: callee, self) } catch { throw convert(error) }
        case .instance(let inst):
            if let call = inst.cls.lookup("__call__") {
                let bound = bindAttribute(call, to: callee, owner: inst.cls)
                return try callValue(bound, base: base, argc: argc, keywords: keywords)
            }
            throw ScriptError.typeError("'\(inst.cls.name)' object is not callable")
        default:
            throw ScriptError.typeError("'\(callee.typeName)' object is not callable")
        }
    }

    /// Collects stacked arguments into an `Arguments` value.
    func arguments(base: Int, argc: Int, keywords: [String]) -> Arguments {
        var positional: [Value] = []
        positional.reserveCapacity(argc)
        for i in 0..<argc { positional.append(stack[base + i]) }
        var kw: [(name: String, value: Value)] = []
        for (k, name) in keywords.enumerated() { kw.append((name, stack[base + argc + k])) }
        return Arguments(positional, keywords: kw)
    }

    /// Calls an nn function with `argc` positional arguments on the stack at `base`.
    @inline(__always)
    func callFunction(_ fn: FunctionObject, base: Int, argc: Int) throws(ScriptError) -> Value {
        let code = fn.code
        if argc == code.simpleArity && !code.hasCells {
            // The arguments are exactly the parameters: the frame is ready but for locals.
            let size = code.frameSize
            if argc < size {
                try reserve(size)
                while top < base + size { push(Unbound.value) }
            }
            try enterCall()
            defer {
                leaveCall()
                pop(to: base)
            }
            do {
                return try run(code, Frame(slots: stack + base, cells: nil, code: code))
            } catch {
                if error.pendingFunction == nil { error.pendingFunction = fn.name }
                throw error
            }
        }
        return try callFunction(fn, base: base, argc: argc, keywords: [])
    }

    /// Calls an nn function whose arguments are on the stack at `base`; its frame starts there.
    func callFunction(_ fn: FunctionObject, base: Int, argc: Int, keywords: [String]) throws(ScriptError) -> Value {
        let code = fn.code
        try reserve(code.frameSize)
        if keywords.isEmpty && argc >= fn.minDirectArgs && argc <= code.signature.positionalCount && fn.directBindable {
            var i = argc
            while i < code.signature.slotCount {
                if let d = fn.defaults[i] { push(d) }
                i += 1
            }
        } else {
            let slots = try code.signature.bind(
                name: fn.qualifiedName,
                positional: UnsafeBufferPointer(start: stack + base, count: argc),
                keywordNames: keywords,
                keywordValues: UnsafeBufferPointer(start: stack + base + argc, count: keywords.count),
                defaults: fn.defaults)
            pop(to: base)
            try reserve(slots.count)
            for v in slots { push(v) }
        }
        try reserve(code.frameSize)
        while top < base + code.frameSize { push(Unbound.value) }
        try enterCall()
        defer {
            leaveCall()
            pop(to: base)
        }
        do {
            if code.hasCells {
                var cells = ContiguousArray<Cell>()
                cells.reserveCapacity(code.cellSeeds.count + fn.closure.count)
                for seed in code.cellSeeds { cells.append(Cell(seed >= 0 ? stack[base + seed] : Unbound.value)) }
                cells.append(contentsOf: fn.closure)
                return try cells.withUnsafeMutableBufferPointer { (buf) throws(ScriptError) -> Value in
                    try run(code, Frame(slots: stack + base, cells: buf.baseAddress, code: code))
                }
            }
            return try run(code, Frame(slots: stack + base, cells: nil, code: code))
        } catch {
            if error.pendingFunction == nil { error.pendingFunction = fn.name }
            throw error
        }
    }

    /// Runs a body and returns what it returned.
    @inline(__always)
    func run(_ code: FunctionCode, _ frame: Frame) throws(ScriptError) -> Value {
        if try code.bodyRef.guaranteed({ (b) throws(ScriptError) in try b.exec(frame) }) == .returned {
            let v = returnValue
            returnValue = .none
            return v
        }
        return .none
    }

    /// Calls a built-in with arguments on the stack at `base`.
    func callBuiltin(_ b: BuiltinFunction, receiver: Value, base: Int, argc: Int, keywords: [String]) throws(ScriptError) -> Value {
        let sig = b.signature
        let bound: BoundArguments
        if keywords.isEmpty && argc >= sig.minDirectArgs && argc <= sig.positionalCount && sig.directBindable {
            bound = BoundArguments(name: b.qualifiedName, signature: sig, receiver: receiver,
                                   direct: UnsafeBufferPointer(start: stack + base, count: argc))
        } else if keywords.isEmpty && sig.varArgsDirect && argc >= sig.positionalCount {
            let n = sig.positionalCount
            bound = BoundArguments(name: b.qualifiedName, signature: sig, receiver: receiver,
                                   direct: UnsafeBufferPointer(start: stack + base, count: n),
                                   extra: UnsafeBufferPointer(start: stack + base + n, count: argc - n))
        } else {
            let slots = try sig.bind(
                name: b.qualifiedName,
                positional: UnsafeBufferPointer(start: stack + base, count: argc),
                keywordNames: keywords,
                keywordValues: UnsafeBufferPointer(start: stack + base + argc, count: keywords.count),
                defaults: sig.defaults)
            bound = BoundArguments(name: b.qualifiedName, signature: sig, receiver: receiver, slots: slots)
        }
        do {
            return try b.body(bound, self)
        } catch {
            throw convert(error)
        }
    }

    /// Calls `callee` with `args` (for library code calling back into nn).
    public func call(_ callee: Value, _ args: Arguments = Arguments()) throws(ScriptError) -> Value {
        let base = top
        defer { pop(to: base) }
        try reserve(args.positional.count + args.keywords.count + 1)
        for v in args.positional { push(v) }
        for kw in args.keywords { push(kw.value) }
        return try callValue(callee, base: base, argc: args.positional.count, keywords: args.keywords.map(\.name))
    }

    /// Calls `callee` with positional arguments.
    public func call(_ callee: Value, _ positional: Value...) throws(ScriptError) -> Value {
        try call(callee, Arguments(positional))
    }

    /// Calls method `name` of `receiver` (`rt.callMethod(model, "forward", Arguments([x]))`).
    public func callMethod(_ receiver: Value, _ name: String, _ args: Arguments = Arguments()) throws(ScriptError) -> Value {
        let callee = try getAttribute(receiver, name)
        return try call(callee, args)
    }

    /// Creates an instance of `cls` (or runs its constructor for built-in and native classes).
    func instantiate(_ cls: ClassObject, base: Int, argc: Int, keywords: [String]) throws(ScriptError) -> Value {
        if let ctor = cls.constructor {
            return try callBuiltin(ctor, receiver: .type(cls), base: base, argc: argc, keywords: keywords)
        }
        if cls.kind == .builtin && cls.constructor == nil && cls !== BuiltinTypes.shared.object {
            throw ScriptError.typeError("cannot create '\(cls.name)' instances")
        }
        let inst = Instance(cls: cls)
        let value = Value.instance(inst)
        if let nativeBase = cls.nativeBase, let make = nativeBase.makeNative {
            do { inst.native = try make(inst, self) } catch { throw convert(error) }
            if let state = inst.native as? ExceptionState {
                // Like BaseException.__new__: args are the constructor's positional arguments.
                state.args = (0..<argc).map { stack[base + $0] }
            }
        }
        if let (initFn, owner) = cls.lookupWithOwner("__init__"), owner !== BuiltinTypes.shared.object {
            let bound = bindAttribute(initFn, to: value, owner: cls)
            let result = try callValue(bound, base: base, argc: argc, keywords: keywords)
            if !result.isNone {
                throw ScriptError.typeError("__init__() should return None, not '\(result.typeName)'")
            }
        } else if argc > 0 || !keywords.isEmpty {
            throw ScriptError.typeError("\(cls.name)() takes no arguments")
        }
        return value
    }

    /// Adds the frame of an error leaving a call made at `span` of `file`, and locates it there.
    func traceCall(_ error: ScriptError, _ file: SourceFile, _ span: SourceSpan) -> ScriptError {
        error.locate(file, span)
    }
}

extension FunctionObject {
    /// Whether calls without keywords can place arguments straight into slots.
    var directBindable: Bool { code.signature.directBindable }
}
