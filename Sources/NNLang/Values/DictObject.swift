/// An insertion-ordered dict: entries in insertion order, found through an open-addressing
/// index of entry numbers (the layout CPython uses). Deleted entries leave a hole that the
/// next rebuild compacts away. Storage is managed by hand (no copy-on-write checks on the
/// hot paths of `d[k]` and `d.get(k)`).
public final class DictObject {
    /// One entry; a deleted entry's key is `Unbound.value`.
    struct Entry {
        var hash: Int
        var key: Value
        var value: Value
    }

    private var storage: UnsafeMutablePointer<Entry>
    private var capacity = 0
    /// Entries in use, deleted ones included.
    private(set) var used = 0
    /// Slots of the hash index: entry number, `-1` empty, `-2` deleted.
    private var index: UnsafeMutablePointer<Int32>
    private var indexSize = 0
    /// Live entries.
    public private(set) var count = 0
    /// Changes on every insertion or deletion (iterators detect resizing with it).
    private(set) var version = 0

    /// An empty dict.
    public init() {
        storage = UnsafeMutablePointer<Entry>.allocate(capacity: 1)
        index = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    }

    deinit {
        storage.deinitialize(count: used)
        storage.deallocate()
        index.deallocate()
    }

    static let empty: Int32 = -1
    static let deleted: Int32 = -2

    /// The slot of the index where `key` lives or would be inserted, and the entry number if present.
    @inline(__always)
    func probe(_ key: Value, hash: Int, _ rt: Runtime?) throws(ScriptError) -> (slot: Int, entry: Int?) {
        if indexSize == 0 { return (-1, nil) }
        let mask = indexSize - 1
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
                if e < used && storage[e].hash == hash {
                    let before = version
                    let same = try DictObject.keysEqual(storage[e].key, key, rt)
                    // An __eq__ that changed the dict invalidates the probe (CPython restarts it).
                    if version != before || indexSize != mask + 1 {
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
        return storage[e].value
    }

    /// The value for a precomputed hash.
    func get(_ key: Value, hash h: Int, _ rt: Runtime?) throws(ScriptError) -> Value? {
        guard let e = try probe(key, hash: h, rt).entry else { return nil }
        return storage[e].value
    }

    /// Sets `key` to `value`.
    public func set(_ key: Value, _ value: Value, _ rt: Runtime) throws(ScriptError) {
        try set(key, value, hash: try rt.hash(key), rt)
    }

    /// Sets `key` (with a precomputed hash) to `value`.
    func set(_ key: Value, _ value: Value, hash h: Int, _ rt: Runtime?) throws(ScriptError) {
        if indexSize == 0 { rebuild(capacity: 8) }
        let (slot, entry) = try probe(key, hash: h, rt)
        if let e = entry {
            storage[e].value = value
            return
        }
        if used == capacity { grow() }
        (storage + used).initialize(to: Entry(hash: h, key: key, value: value))
        index[slot] = Int32(truncatingIfNeeded: used)
        used += 1
        count += 1
        version &+= 1
        if used * 3 >= indexSize * 2 { rebuild(capacity: max(8, count * 3)) }
    }

    /// Makes room for more entries.
    private func grow() {
        let newCapacity = max(8, capacity * 2)
        let fresh = UnsafeMutablePointer<Entry>.allocate(capacity: newCapacity)
        fresh.moveInitialize(from: storage, count: used)
        storage.deallocate()
        storage = fresh
        capacity = newCapacity
    }

    /// Removes `key` and returns its value, or nil when absent.
    @discardableResult
    public func remove(_ key: Value, _ rt: Runtime) throws(ScriptError) -> Value? {
        let h = try rt.hash(key)
        let (slot, entry) = try probe(key, hash: h, rt)
        guard let e = entry else { return nil }
        let v = storage[e].value
        index[slot] = DictObject.deleted
        storage[e].key = Unbound.value
        storage[e].value = .none
        count -= 1
        version &+= 1
        if used > 16 && count * 2 < used { rebuild(capacity: max(8, count * 3)) }
        return v
    }

    /// Whether `key` is present.
    public func contains(_ key: Value, _ rt: Runtime) throws(ScriptError) -> Bool {
        try probe(key, hash: try rt.hash(key), rt).entry != nil
    }

    /// Removes every entry.
    public func removeAll() {
        storage.deinitialize(count: used)
        used = 0
        count = 0
        if indexSize > 0 { index.update(repeating: DictObject.empty, count: indexSize) }
        version &+= 1
    }

    /// Compacts the entries and rebuilds the index with room for `capacity` entries.
    func rebuild(capacity wanted: Int) {
        if count != used {
            var j = 0
            for i in 0..<used {
                if Unbound.isUnbound(storage[i].key) {
                    (storage + i).deinitialize(count: 1)
                } else {
                    if i != j { (storage + j).moveInitialize(from: storage + i, count: 1) }
                    j += 1
                }
            }
            used = j
        }
        var size = 8
        while size < wanted { size <<= 1 }
        index.deallocate()
        index = UnsafeMutablePointer<Int32>.allocate(capacity: size)
        index.initialize(repeating: DictObject.empty, count: size)
        indexSize = size
        let mask = size - 1
        for e in 0..<used {
            var perturb = UInt(bitPattern: storage[e].hash)
            var i = Int(UInt(bitPattern: storage[e].hash) & UInt(mask))
            while index[i] != DictObject.empty {
                perturb >>= 5
                i = (i &* 5 &+ Int(truncatingIfNeeded: perturb) &+ 1) & mask
            }
            index[i] = Int32(truncatingIfNeeded: e)
        }
    }

    /// Entry `i` (0 ≤ i < used) as key and value, or nil if it was deleted.
    func entry(_ i: Int) -> (key: Value, value: Value)? {
        guard i >= 0 && i < used, !Unbound.isUnbound(storage[i].key) else { return nil }
        return (storage[i].key, storage[i].value)
    }

    /// Live entries in order.
    public var entries: [(key: Value, value: Value)] {
        var out: [(key: Value, value: Value)] = []
        out.reserveCapacity(count)
        for i in 0..<used { if let e = entry(i) { out.append(e) } }
        return out
    }

    /// Live keys in order.
    public var orderedKeys: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for i in 0..<used where !Unbound.isUnbound(storage[i].key) { out.append(storage[i].key) }
        return out
    }

    /// Live values in order.
    public var orderedValues: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for i in 0..<used where !Unbound.isUnbound(storage[i].key) { out.append(storage[i].value) }
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
