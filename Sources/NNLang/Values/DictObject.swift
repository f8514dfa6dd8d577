/// An insertion-ordered dict: entries in arrays, found through an open-addressing index of
/// entry numbers (the layout CPython uses). Deleted entries leave a hole that the next
/// resize compacts away.
public final class DictObject {
    /// Entry keys in insertion order; `Unbound.value` marks a deleted entry.
    var keys: ContiguousArray<Value> = []
    var values: ContiguousArray<Value> = []
    var hashes: ContiguousArray<Int> = []
    /// Slots of the hash index: entry number, `-1` empty, `-2` deleted.
    var index: [Int32] = []
    /// Live entries.
    public private(set) var count = 0
    /// Changes on every insertion or deletion (iterators detect resizing with it).
    var version = 0

    /// An empty dict.
    public init() {}

    static let empty: Int32 = -1
    static let deleted: Int32 = -2

    /// The slot of the index where `key` lives or would be inserted, and the entry number if present.
    @inline(__always)
    func probe(_ key: Value, hash: Int, _ rt: Runtime?) throws(ScriptError) -> (slot: Int, entry: Int?) {
        if index.isEmpty { return (-1, nil) }
        let mask = index.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        var firstDeleted = -1
        while true {
            let ix = index[i]
            if ix == DictObject.empty { return (firstDeleted >= 0 ? firstDeleted : i, nil) }
            if ix == DictObject.deleted {
                if firstDeleted < 0 { firstDeleted = i }
            } else {
                let e = Int(ix)
                if e < hashes.count && hashes[e] == hash {
                    let k = keys[e]
                    let before = version
                    let same = try DictObject.keysEqual(k, key, rt)
                    // An __eq__ that changed the dict invalidates the probe (CPython restarts it).
                    if version != before || index.count != mask + 1 {
                        throw ScriptError.runtimeError("dictionary changed size during lookup")
                    }
                    if same { return (i, e) }
                }
            }
            perturb >>= 5
            i = (i &* 5 &+ Int(truncatingIfNeeded: perturb) &+ 1) & mask
        }
    }

    /// Key equality with fast paths for strings and numbers; other keys ask the runtime.
    @inline(__always)
    static func keysEqual(_ a: Value, _ b: Value, _ rt: Runtime?) throws(ScriptError) -> Bool {
        switch (a, b) {
        case (.str(let x), .str(let y)): return x.equals(y)
        case (.int(let x), .int(let y)): return x == y
        default:
            if let id = a.objectIdentity, id == b.objectIdentity { return true }
            guard let rt else { return false }
            return try rt.equal(a, b)
        }
    }

    /// The value for `key`, or nil.
    public func get(_ key: Value, _ rt: Runtime) throws(ScriptError) -> Value? {
        let h = try rt.hash(key)
        guard let e = try probe(key, hash: h, rt).entry else { return nil }
        return values[e]
    }

    /// The value for a precomputed hash.
    func get(_ key: Value, hash h: Int, _ rt: Runtime?) throws(ScriptError) -> Value? {
        guard let e = try probe(key, hash: h, rt).entry else { return nil }
        return values[e]
    }

    /// Sets `key` to `value`.
    public func set(_ key: Value, _ value: Value, _ rt: Runtime) throws(ScriptError) {
        try set(key, value, hash: try rt.hash(key), rt)
    }

    /// Sets `key` (with a precomputed hash) to `value`.
    func set(_ key: Value, _ value: Value, hash h: Int, _ rt: Runtime?) throws(ScriptError) {
        if index.isEmpty { rebuild(capacity: 8) }
        let (slot, entry) = try probe(key, hash: h, rt)
        if let e = entry {
            values[e] = value
            return
        }
        index[slot] = Int32(truncatingIfNeeded: keys.count)
        keys.append(key)
        values.append(value)
        hashes.append(h)
        count += 1
        version &+= 1
        if keys.count * 3 >= index.count * 2 { rebuild(capacity: max(8, count * 3)) }
    }

    /// Removes `key` and returns its value, or nil when absent.
    @discardableResult
    public func remove(_ key: Value, _ rt: Runtime) throws(ScriptError) -> Value? {
        let h = try rt.hash(key)
        let (slot, entry) = try probe(key, hash: h, rt)
        guard let e = entry else { return nil }
        let v = values[e]
        index[slot] = DictObject.deleted
        keys[e] = Unbound.value
        values[e] = .none
        count -= 1
        version &+= 1
        if keys.count > 16 && count * 2 < keys.count { rebuild(capacity: max(8, count * 3)) }
        return v
    }

    /// Whether `key` is present.
    public func contains(_ key: Value, _ rt: Runtime) throws(ScriptError) -> Bool {
        try probe(key, hash: try rt.hash(key), rt).entry != nil
    }

    /// Removes every entry.
    public func removeAll() {
        keys = []
        values = []
        hashes = []
        index = []
        count = 0
        version &+= 1
    }

    /// Compacts the entries and rebuilds the index with room for `capacity` entries.
    func rebuild(capacity: Int) {
        if count != keys.count {
            var k = ContiguousArray<Value>(), v = ContiguousArray<Value>(), h = ContiguousArray<Int>()
            k.reserveCapacity(count)
            v.reserveCapacity(count)
            h.reserveCapacity(count)
            for i in keys.indices where !Unbound.isUnbound(keys[i]) {
                k.append(keys[i])
                v.append(values[i])
                h.append(hashes[i])
            }
            keys = k
            values = v
            hashes = h
        }
        var size = 8
        while size < capacity { size <<= 1 }
        index = [Int32](repeating: DictObject.empty, count: size)
        let mask = size - 1
        for e in hashes.indices {
            var perturb = UInt(bitPattern: hashes[e])
            var i = Int(UInt(bitPattern: hashes[e]) & UInt(mask))
            while index[i] != DictObject.empty {
                perturb >>= 5
                i = (i &* 5 &+ Int(truncatingIfNeeded: perturb) &+ 1) & mask
            }
            index[i] = Int32(truncatingIfNeeded: e)
        }
    }

    /// Live entries in order.
    public var entries: [(key: Value, value: Value)] {
        var out: [(key: Value, value: Value)] = []
        out.reserveCapacity(count)
        for i in keys.indices where !Unbound.isUnbound(keys[i]) { out.append((keys[i], values[i])) }
        return out
    }

    /// Live keys in order.
    public var orderedKeys: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for k in keys where !Unbound.isUnbound(k) { out.append(k) }
        return out
    }

    /// Live values in order.
    public var orderedValues: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for i in keys.indices where !Unbound.isUnbound(keys[i]) { out.append(values[i]) }
        return out
    }

    // MARK: - String keys (keyword arguments, namespaces): no runtime needed.

    /// Sets a string key.
    public func setString(_ key: String, _ value: Value) {
        let k = StrObject(key)
        try? set(.str(k), value, hash: k.hash, nil)
    }

    /// Reads a string key.
    public func getString(_ key: String) -> Value? {
        let k = StrObject(key)
        return (try? get(.str(k), hash: k.hash, nil)) ?? nil
    }

    /// Whether a string key is present.
    func containsString(_ key: String) -> Bool { getString(key) != nil }

    /// Entries whose keys are strings, as (name, value) pairs.
    var stringKeyedEntries: [(String, Value)] {
        entries.compactMap { e in
            if case .str(let s) = e.key { return (s.value, e.value) }
            return nil
        }
    }
}

/// A set, stored as a dict whose values are unused (insertion-ordered in nn).
public final class SetObject {
    /// The elements, as the keys of a dict.
    let table: DictObject

    /// An empty set.
    public init() { table = DictObject() }

    init(table: DictObject) { self.table = table }

    /// The number of elements.
    public var count: Int { table.count }

    /// Adds `v`.
    public func add(_ v: Value, _ rt: Runtime) throws(ScriptError) { try table.set(v, .none, rt) }

    /// Whether `v` is an element.
    public func contains(_ v: Value, _ rt: Runtime) throws(ScriptError) -> Bool { try table.contains(v, rt) }

    /// Removes `v`; false when absent.
    @discardableResult
    public func remove(_ v: Value, _ rt: Runtime) throws(ScriptError) -> Bool { try table.remove(v, rt) != nil }

    /// The elements in order.
    public var elements: [Value] { table.orderedKeys }
}
