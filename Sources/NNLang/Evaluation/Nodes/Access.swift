/// Attribute and item access, as expressions and as assignment targets. Instance attribute
/// reads and writes cache the slot found for the receiver's class.

/// `obj.name`.
final class AttributeNode: ExprNode {
    let object: ExprNode
    let name: String
    private let cache = SlotCache()

    init(span: SourceSpan, object: ExprNode, name: String) {
        self.object = object
        self.name = name
        super.init(span: span)
    }

    override func eval(_ f: Frame) throws(ScriptError) -> Value {
        let o = try object.eval(f)
        if case .instance(let inst) = o {
            let slot = f.runtime._withUnsafeGuaranteedRef { cache.readSlot(inst.cls, name, $0) }
            if slot >= 0, let v = inst.slot(slot) { return v }
        }
        do { return try f.rt.getAttribute(o, name) } catch { throw error.locate(f.code.file, span) }
    }
}

/// `obj.name = value`.
final class AttributeTarget: TargetNode {
    let object: ExprNode
    let name: String
    private let cache = SlotCache()

    init(span: SourceSpan, object: ExprNode, name: String) {
        self.object = object
        self.name = name
        super.init(span: span)
    }

    override func assign(_ value: Value, _ f: Frame) throws(ScriptError) {
        let o = try object.eval(f)
        if case .instance(let inst) = o, inst.native == nil, inst.cls.kind == .user {
            let slot = f.runtime._withUnsafeGuaranteedRef { cache.writeSlot(inst.cls, name, $0) }
            if slot >= 0 {
                inst.setSlot(slot, value)
                return
            }
        }
        do { try f.rt.setAttribute(o, name, value) } catch { throw error.locate(f.code.file, span) }
    }

    override func delete(_ f: Frame) throws(ScriptError) {
        let o = try object.eval(f)
        do { try f.rt.deleteAttribute(o, name) } catch { throw error.locate(f.code.file, span) }
    }
}

/// Remembers, per node, which slot an attribute name has in the last class seen (and that
/// no property of that name intercepts it). Valid while the class and the class epoch are
/// unchanged; compares the class by identity without retaining it.
final class SlotCache {
    private var classID: ObjectIdentifier?
    /// Keeps the cached class alive so its identity cannot be reused.
    private var keep: ClassObject?
    private var epoch = -1
    private var layoutCount = -1
    private var slot = -1

    /// The slot to read `name` from on instances of `cls`, or -1 for the general path.
    @inline(__always)
    func readSlot(_ cls: ClassObject, _ name: String, _ rt: Runtime) -> Int {
        if ObjectIdentifier(cls) != classID || epoch != rt.classEpoch || layoutCount != cls.slotNames.count {
            classID = ObjectIdentifier(cls)
            keep = cls
            epoch = rt.classEpoch
            layoutCount = cls.slotNames.count
            slot = cls.hasDataDescriptor(name) ? -1 : (cls.slotIndex[name] ?? -1)
        }
        return slot
    }

    /// The slot to write `name` to on instances of `cls` (created if new), or -1.
    @inline(__always)
    func writeSlot(_ cls: ClassObject, _ name: String, _ rt: Runtime) -> Int {
        if ObjectIdentifier(cls) != classID || epoch != rt.classEpoch || slot < 0 {
            classID = ObjectIdentifier(cls)
            keep = cls
            epoch = rt.classEpoch
            slot = cls.hasDataDescriptor(name) ? -1 : (cls.slot(for: name, create: true) ?? -1)
            layoutCount = cls.slotNames.count
        }
        return slot
    }
}

/// `obj[index]`.
final class SubscriptNode: ExprNode {
    let object: ExprNode
    let index: ExprNode

    init(span: SourceSpan, object: ExprNode, index: ExprNode) {
        self.object = object
        self.index = index
        super.init(span: span)
    }

    override func eval(_ f: Frame) throws(ScriptError) -> Value {
        let o = try object.eval(f)
        let i = try index.eval(f)
        switch (o, i) {
        case (.list(let l), .int(let n)):
            let j = n < 0 ? n &+ l.items.count : n
            if j >= 0 && j < l.items.count { return l.items[j] }
        case (.tuple(let t), .int(let n)):
            let j = n < 0 ? n &+ t.count : n
            if j >= 0 && j < t.count { return t[j] }
        case (.dict(let d), .str(let k)):
            if let v = try? d.get(i, hash: k.hash, nil) { return v }
        default:
            break
        }
        do { return try f.rt.getItem(o, i) } catch { throw error.locate(f.code.file, span) }
    }
}

/// `obj[index] = value`.
final class SubscriptTarget: TargetNode {
    let object: ExprNode
    let index: ExprNode

    init(span: SourceSpan, object: ExprNode, index: ExprNode) {
        self.object = object
        self.index = index
        super.init(span: span)
    }

    override func assign(_ value: Value, _ f: Frame) throws(ScriptError) {
        let o = try object.eval(f)
        let i = try index.eval(f)
        do throws(ScriptError) {
            try f.withRuntime { (rt) throws(ScriptError) in
                switch (o, i) {
                case (.list(let l), .int(let n)):
                    let j = n < 0 ? n &+ l.items.count : n
                    if j >= 0 && j < l.items.count {
                        l.items[j] = value
                        return
                    }
                case (.dict(let d), .str(let k)):
                    try d.set(i, value, hash: k.hash, rt)
                    return
                default:
                    break
                }
                try rt.setItem(o, i, value)
            }
        } catch {
            throw error.locate(f.code.file, span)
        }
    }

    override func delete(_ f: Frame) throws(ScriptError) {
        let o = try object.eval(f)
        let i = try index.eval(f)
        do { try f.rt.deleteItem(o, i) } catch { throw error.locate(f.code.file, span) }
    }
}

/// `lower:upper:step` inside a subscript.
final class SliceNode: ExprNode {
    let lower: ExprNode?
    let upper: ExprNode?
    let step: ExprNode?

    init(span: SourceSpan, lower: ExprNode?, upper: ExprNode?, step: ExprNode?) {
        self.lower = lower
        self.upper = upper
        self.step = step
        super.init(span: span)
    }

    override func eval(_ f: Frame) throws(ScriptError) -> Value {
        .slice(SliceObject(start: try lower?.eval(f) ?? .none, stop: try upper?.eval(f) ?? .none,
                           step: try step?.eval(f) ?? .none))
    }
}

extension ClassObject {
    /// Whether a class attribute called `name` is a property (which takes precedence over
    /// instance attributes).
    func hasDataDescriptor(_ name: String) -> Bool {
        if case .native(let n)? = lookup(name), n is PropertyObject { return true }
        return false
    }
}
