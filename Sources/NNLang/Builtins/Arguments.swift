/// The arguments of a call as written: positional values and `name=value` keywords.
/// Native objects receive these in `call`, and `Runtime.call` takes them.
public struct Arguments {
    /// Positional arguments in order (after `*` unpacking).
    public var positional: [Value]
    /// Keyword arguments in order (after `**` unpacking).
    public var keywords: [(name: String, value: Value)]

    /// Arguments from positional values and keywords.
    public init(_ positional: [Value] = [], keywords: [(name: String, value: Value)] = []) {
        self.positional = positional
        self.keywords = keywords
    }

    /// Binds these arguments to `signature` for a function called `name`.
    public func bind(_ signature: Signature, name: String, receiver: Value = .none) throws -> BoundArguments {
        let names = keywords.map(\.name)
        let values = keywords.map(\.value)
        return try positional.withUnsafeBufferPointer { pos throws(ScriptError) -> BoundArguments in
            try values.withUnsafeBufferPointer { kv throws(ScriptError) -> BoundArguments in
                let slots = try signature.bind(name: name, positional: pos, keywordNames: names,
                                               keywordValues: kv, defaults: signature.defaults)
                return BoundArguments(name: name, signature: signature, receiver: receiver, slots: slots)
            }
        }
    }
}

/// Arguments bound to a built-in's signature, with typed accessors whose errors read like
/// Python's. Slots follow `Signature`: positional parameters, keyword-only ones, then `*args`
/// and `**kwargs`. Accessors take the slot number (or the parameter name).
public struct BoundArguments {
    /// The function name for messages.
    public let name: String
    /// The signature (kept alive by the function being called).
    unowned(unsafe) let signature: Signature
    /// The receiver of a method call (`xs` in `xs.append(1)`), `.none` for plain functions.
    public let receiver: Value
    /// Positional values when the call bound directly (no keywords): slots past their end
    /// take the defaults.
    let direct: UnsafeBufferPointer<Value>
    /// The extra positional values for `*args`, when the call bound directly.
    let directExtra: UnsafeBufferPointer<Value>
    /// Every slot, when binding had to rearrange (keywords, `*args`, `**kwargs`).
    let slots: [Value]?

    init(name: String, signature: Signature, receiver: Value, direct: UnsafeBufferPointer<Value>,
         extra: UnsafeBufferPointer<Value> = UnsafeBufferPointer(start: nil, count: 0)) {
        self.name = name
        self.signature = signature
        self.receiver = receiver
        self.direct = direct
        self.directExtra = extra
        self.slots = nil
    }

    init(name: String, signature: Signature, receiver: Value, slots: [Value]) {
        self.name = name
        self.signature = signature
        self.receiver = receiver
        self.direct = UnsafeBufferPointer(start: nil, count: 0)
        self.directExtra = UnsafeBufferPointer(start: nil, count: 0)
        self.slots = slots
    }

    /// The number of slots.
    public var count: Int { signature.slotCount }

    /// The value in slot `i` (the default when not passed); `None` for a bad slot number.
    public subscript(_ i: Int) -> Value {
        if let slots { return i >= 0 && i < slots.count ? slots[i] : .none }
        if i >= 0 && i < direct.count { return direct[i] }
        if i == signature.varArgsSlot { return .tuple(Array(directExtra)) }
        if i == signature.varKeywordsSlot { return .dict(DictObject()) }
        if i >= 0 && i < signature.defaults.count, let d = signature.defaults[i] { return d }
        return .none
    }

    /// The number of `*args` values.
    public var varArgCount: Int {
        if slots == nil { return directExtra.count }
        return varArgs.count
    }

    /// The `*args` value `i` (0 ≤ i < varArgCount), without building the tuple.
    public func varArg(_ i: Int) -> Value {
        if slots == nil { return i >= 0 && i < directExtra.count ? directExtra[i] : .none }
        let all = varArgs
        return i >= 0 && i < all.count ? all[i] : .none
    }

    /// The value of the parameter called `name`.
    public subscript(_ name: String) -> Value {
        guard let i = signature.slot(named: name) else { return .none }
        return self[i]
    }

    /// The slot number of a parameter.
    public func slot(_ name: String) -> Int { signature.slot(named: name) ?? -1 }

    /// The parameter name of slot `i`.
    func parameterName(_ i: Int) -> String {
        i >= 0 && i < signature.parameters.count ? signature.parameters[i].name : "?"
    }

    /// Whether slot `i` is `None`.
    public func isNone(_ i: Int) -> Bool { self[i].isNone }

    /// The `*args` values.
    public var varArgs: [Value] {
        if slots == nil { return Array(directExtra) }
        guard let s = signature.varArgsSlot, case .tuple(let items) = self[s] else { return [] }
        return items
    }

    /// The `**kwargs` entries in order.
    public var varKeywords: [(String, Value)] {
        guard let s = signature.varKeywordsSlot, case .dict(let d) = self[s] else { return [] }
        return d.stringKeyedEntries
    }

    /// Slot `i` as an int (bools count, like Python's `__index__`).
    public func int(_ i: Int) throws(ScriptError) -> Int {
        let v = self[i]
        if let n = v.asIndex { return n }
        throw ScriptError.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
    }

    /// Slot `i` as an int, or nil for `None`.
    public func optionalInt(_ i: Int) throws(ScriptError) -> Int? {
        isNone(i) ? nil : try int(i)
    }

    /// Slot `i` as a float (ints and bools convert).
    public func double(_ i: Int) throws(ScriptError) -> Double {
        let v = self[i]
        if let d = v.asDouble { return d }
        throw ScriptError.typeError("must be real number, not \(v.typeName)")
    }

    /// Slot `i` as a float, or nil for `None`.
    public func optionalDouble(_ i: Int) throws(ScriptError) -> Double? {
        isNone(i) ? nil : try double(i)
    }

    /// Slot `i` as a string.
    public func string(_ i: Int) throws(ScriptError) -> String {
        if case .str(let s) = self[i] { return s.value }
        throw ScriptError.typeError("\(name)() argument '\(parameterName(i))' must be str, not \(self[i].typeName)")
    }

    /// Slot `i` as a string, or nil for `None`.
    public func optionalString(_ i: Int) throws(ScriptError) -> String? {
        isNone(i) ? nil : try string(i)
    }

    /// Slot `i` as a bool: `True`/`False` or an int (0 is false).
    public func bool(_ i: Int) throws(ScriptError) -> Bool {
        switch self[i] {
        case .bool(let b): return b
        case .int(let n): return n != 0
        case .none: return false
        default:
            throw ScriptError.typeError("\(name)() argument '\(parameterName(i))' must be bool, not \(self[i].typeName)")
        }
    }

    /// The receiver as a specific object, or a TypeError naming the expected type.
    public func receiver<T: NativeObject>(as type: T.Type, typeName: String) throws(ScriptError) -> T {
        if case .native(let n) = receiver, let t = n as? T { return t }
        if case .instance(let inst) = receiver, let t = inst.native as? T { return t }
        throw ScriptError.typeError("descriptor '\(name)' requires a '\(typeName)' object but received a '\(receiver.typeName)'")
    }
}

extension Value {
    /// The value as an integer index: ints, bools, and native objects with `asIndex`.
    public var asIndex: Int? {
        switch self {
        case .int(let n): return n
        case .bool(let b): return b ? 1 : 0
        case .native(let n): return n.asIndex()
        default: return nil
        }
    }

    /// The value as a double: floats, ints, bools, and native objects with `asDouble`.
    public var asDouble: Double? {
        switch self {
        case .float(let d): return d
        case .int(let n): return Double(n)
        case .bool(let b): return b ? 1 : 0
        case .native(let n): return n.asDouble()
        default: return nil
        }
    }
}
