/// A class: a built-in type (`int`, `list`, `ValueError`), a native library class
/// (`torch.Tensor`, `nn.Module`) or a class written in nn.
///
/// Attributes live in `dict`; methods of built-in and native classes are `BuiltinFunction`s
/// that take the receiver first. Instances of nn classes keep their attributes in slots laid
/// out per class (`slotIndex`), so `self.w` is an array index after the first look-up.
public final class ClassObject {
    /// What kind of class this is.
    public enum Kind {
        /// A built-in type; instances are the matching `Value` cases.
        case builtin
        /// A class implemented in Swift whose values are `.native` (or `.instance` of subclasses).
        case native
        /// A class written in nn.
        case user
    }

    /// The class name (`Tensor`, `Net`).
    public let name: String
    /// The module it belongs to (`builtins`, `torch`, `__main__`), for `repr`.
    public let module: String
    /// Built-in, native or written in nn.
    public let kind: Kind
    /// Direct base classes.
    public internal(set) var bases: [ClassObject]
    /// Method resolution order (C3), starting with the class itself.
    public internal(set) var mro: [ClassObject] = []
    /// Attributes defined in the class body or registered by a binding.
    var dict: [String: Value] = [:]
    /// Attribute names in definition order (for `dir` and completion).
    var order: [String] = []
    /// The docstring or binding documentation.
    public var doc: String?
    /// For a native class: makes the native part of an instance of an nn subclass
    /// (`class Net(nn.Module)`); called when the instance is created.
    public var makeNative: ((Instance, Runtime) throws -> NativeObject)?
    /// For built-in and native classes: what calling the class does (`int("3")`,
    /// `nn.Linear(2, 3)`). nn classes and native classes with `makeNative` create an instance
    /// and call `__init__` instead.
    public var constructor: BuiltinFunction?
    /// Whether nn code may subclass it (`bool`, `NoneType` may not).
    public var subclassable = true
    /// Instance attribute layout of this exact class: name → slot.
    var slotIndex: [String: Int] = [:]
    var slotNames: [String] = []

    /// A class with `bases` (empty means `object`, except for `object` itself).
    public init(name: String, module: String, kind: Kind, bases: [ClassObject], doc: String? = nil) {
        self.name = name
        self.module = module
        self.kind = kind
        self.bases = bases
        self.doc = doc
        self.mro = [self]
        if let linear = ClassObject.linearize(self, bases) { self.mro = linear }
    }

    /// The qualified name as `repr` shows it: `int`, `torch.Tensor`, `__main__.Net`.
    public var qualifiedName: String {
        module == "builtins" ? name : "\(module).\(name)"
    }

    /// Whether `self` is `other` or derives from it.
    public func isSubclass(of other: ClassObject) -> Bool {
        if self === other { return true }
        for c in mro where c === other { return true }
        return false
    }

    /// Looks `name` up along the MRO.
    public func lookup(_ name: String) -> Value? {
        for c in mro {
            if let v = c.dict[name] { return v }
        }
        return nil
    }

    /// Looks `name` up along the MRO and also returns the class that defines it.
    func lookupWithOwner(_ name: String) -> (Value, ClassObject)? {
        for c in mro {
            if let v = c.dict[name] { return (v, c) }
        }
        return nil
    }

    /// Sets a class attribute (bindings use this to register methods and constants).
    public func define(_ name: String, _ value: Value) {
        if dict.updateValue(value, forKey: name) == nil { order.append(name) }
    }

    /// Removes a class attribute; false when it was not there.
    func remove(_ name: String) -> Bool {
        guard dict.removeValue(forKey: name) != nil else { return false }
        order.removeAll { $0 == name }
        return true
    }

    /// Every attribute name visible on the class, along the MRO, without duplicates.
    public var attributeNames: [String] {
        var seen = Set<String>(), names: [String] = []
        for c in mro {
            for n in c.order where seen.insert(n).inserted { names.append(n) }
        }
        return names
    }

    /// The nearest class along the MRO that makes native parts, if any.
    var nativeBase: ClassObject? {
        mro.first { $0.makeNative != nil }
    }

    /// The slot for an instance attribute, created when `create` is set.
    func slot(for name: String, create: Bool) -> Int? {
        if let i = slotIndex[name] { return i }
        guard create else { return nil }
        let i = slotNames.count
        slotIndex[name] = i
        slotNames.append(name)
        return i
    }

    /// C3 linearization of `cls` with `bases`; nil when no consistent order exists.
    static func linearize(_ cls: ClassObject, _ bases: [ClassObject]) -> [ClassObject]? {
        var sequences = bases.map(\.mro) + [bases]
        var result = [cls]
        while true {
            sequences = sequences.filter { !$0.isEmpty }
            if sequences.isEmpty { return result }
            var candidate: ClassObject?
            for seq in sequences {
                let head = seq[0]
                let inTail = sequences.contains { s in s.dropFirst().contains { $0 === head } }
                if !inTail { candidate = head; break }
            }
            guard let next = candidate else { return nil }
            result.append(next)
            sequences = sequences.map { s in s.first === next ? Array(s.dropFirst()) : s }
        }
    }
}

/// An instance of a class written in nn: attribute slots laid out by its class, and the
/// native part when the class derives from a native class. The slots are a hand-managed
/// buffer, so reading and writing `self.x` has no copy-on-write checks.
public final class Instance {
    /// The instance's class.
    public let cls: ClassObject
    /// Attribute values by the class's slot numbers (`Unbound.value`: not set).
    private var storage: UnsafeMutablePointer<Value>
    /// Slots allocated (all initialised).
    private(set) var slotCount = 0
    /// The native part (an `nn.Module`'s registry, an exception's arguments…).
    public internal(set) var native: NativeObject?

    /// An instance of `cls` with no attributes yet.
    init(cls: ClassObject) {
        self.cls = cls
        storage = UnsafeMutablePointer<Value>.allocate(capacity: 1)
    }

    deinit {
        storage.deinitialize(count: slotCount)
        storage.deallocate()
    }

    /// The value in slot `i`, or nil when unset.
    @inline(__always)
    func slot(_ i: Int) -> Value? {
        guard i >= 0 && i < slotCount else { return nil }
        let v = storage[i]
        return Unbound.isUnbound(v) ? nil : v
    }

    /// Sets slot `i` (growing the buffer); nil unsets it.
    @inline(__always)
    func setSlot(_ i: Int, _ value: Value?) {
        if i >= slotCount { grow(to: i + 1) }
        storage[i] = value ?? Unbound.value
    }

    private func grow(to n: Int) {
        let fresh = UnsafeMutablePointer<Value>.allocate(capacity: max(n, slotCount * 2, 4))
        fresh.moveInitialize(from: storage, count: slotCount)
        (fresh + slotCount).initialize(repeating: Unbound.value, count: n - slotCount)
        storage.deallocate()
        storage = fresh
        slotCount = n
    }

    /// Reads an instance attribute (not class attributes).
    public func attribute(_ name: String) -> Value? {
        guard let i = cls.slotIndex[name] else { return nil }
        return slot(i)
    }

    /// Sets an instance attribute directly, bypassing any native interception.
    public func setAttribute(_ name: String, _ value: Value?) {
        guard let i = cls.slot(for: name, create: value != nil) else { return }
        setSlot(i, value)
    }

    /// Names of the attributes set on the instance, in layout order.
    public var attributeNames: [String] {
        var names: [String] = []
        for i in 0..<slotCount where i < cls.slotNames.count && slot(i) != nil { names.append(cls.slotNames[i]) }
        return names
    }
}
