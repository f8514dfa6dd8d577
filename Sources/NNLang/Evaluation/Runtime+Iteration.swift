/// Iteration: `iter(x)` for every iterable kind, and helpers that collect or walk values.
extension Runtime {
    /// `iter(value)`.
    public func makeIterator(_ value: Value) throws(ScriptError) -> IteratorObject {
        let t = BuiltinTypes.shared
        switch value {
        case .iterator(let it):
            return it
        case .list(let l):
            var i = 0
            return IteratorObject(type: t.listIterator) { (_: Runtime) throws(ScriptError) -> Value? in
                guard i < l.items.count else { return nil }
                defer { i += 1 }
                return l.items[i]
            }
        case .tuple(let items):
            return IteratorObject.over(items, type: t.tupleIterator)
        case .range(let r):
            var i = 0
            return IteratorObject(type: t.rangeIterator) { (_: Runtime) throws(ScriptError) -> Value? in
                guard i < r.count else { return nil }
                defer { i += 1 }
                return .int(r.element(i))
            }
        case .str(let s):
            var it = s.value.unicodeScalars.makeIterator()
            return IteratorObject(type: t.strIterator) { (_: Runtime) throws(ScriptError) -> Value? in
                guard let c = it.next() else { return nil }
                return .string(String(c))
            }
        case .dict(let d):
            return dictIterator(d, type: t.dictKeyIterator) { k, _ in k }
        case .set(let s):
            return dictIterator(s.table, type: t.setIterator) { k, _ in k }
        case .native(let n):
            do {
                if let it = try n.makeIterator(self) { return it }
            } catch { throw convert(error) }
        case .instance(let inst):
            if let m = inst.cls.lookup("__iter__") {
                let r = try call(bindAttribute(m, to: value, owner: inst.cls))
                return try iteratorFromObject(r)
            }
            if let m = inst.cls.lookup("__getitem__") {
                let getitem = bindAttribute(m, to: value, owner: inst.cls)
                var i = 0
                return IteratorObject(type: t.iterator) { (rt: Runtime) throws(ScriptError) -> Value? in
                    do throws(ScriptError) {
                        defer { i += 1 }
                        return try rt.call(getitem, .int(i))
                    } catch where error.matches(t.indexError) || error.matches(t.stopIteration) {
                        return nil
                    }
                }
            }
            if let native = inst.native {
                do { if let it = try native.makeIterator(self) { return it } } catch { throw convert(error) }
            }
        default:
            break
        }
        throw ScriptError.typeError("'\(value.typeName)' object is not iterable")
    }

    /// The iterator an `__iter__` method returned: a built-in iterator, or an object with
    /// `__next__` (StopIteration ends it).
    func iteratorFromObject(_ r: Value) throws(ScriptError) -> IteratorObject {
        if case .iterator(let it) = r { return it }
        if case .instance(let inst) = r, let next = inst.cls.lookup("__next__") {
            let bound = bindAttribute(next, to: r, owner: inst.cls)
            let stop = BuiltinTypes.shared.stopIteration
            return IteratorObject(type: BuiltinTypes.shared.iterator) { (rt: Runtime) throws(ScriptError) -> Value? in
                do throws(ScriptError) {
                    return try rt.call(bound)
                } catch where error.matches(stop) {
                    return nil
                }
            }
        }
        if case .native = r { return try makeIterator(r) }
        throw ScriptError.typeError("iter() returned non-iterator of type '\(r.typeName)'")
    }

    /// Iterates a dict's live entries, raising RuntimeError if its size changes meanwhile.
    func dictIterator(_ d: DictObject, type: ClassObject, _ pick: @escaping (Value, Value) -> Value) -> IteratorObject {
        var i = 0
        let version = d.version
        let isSet = type === BuiltinTypes.shared.setIterator
        return IteratorObject(type: type) { (_: Runtime) throws(ScriptError) -> Value? in
            if d.version != version {
                throw ScriptError.runtimeError("\(isSet ? "Set" : "dictionary") changed size during iteration")
            }
            while i < d.used {
                let e = d.entry(i)
                i += 1
                if let e { return pick(e.key, e.value) }
            }
            return nil
        }
    }

    /// The elements of an iterable as an array (`list(x)`).
    public func toArray(_ value: Value) throws(ScriptError) -> [Value] {
        switch value {
        case .list(let l): return l.items
        case .tuple(let t): return t
        case .range(let r):
            if r.count > ScriptError.maximumItems { throw ScriptError.tooLarge("range") }
            var out: [Value] = []
            out.reserveCapacity(r.count)
            for i in 0..<r.count { out.append(.int(r.element(i))) }
            return out
        case .dict(let d): return d.orderedKeys
        case .set(let s): return s.elements
        default:
            let it = try makeIterator(value)
            var out: [Value] = []
            while let v = try it.next(self) {
                if out.count >= ScriptError.maximumItems { throw ScriptError.tooLarge() }
                out.append(v)
            }
            return out
        }
    }

    /// Calls `body` with each element of an iterable.
    public func forEach(_ value: Value, _ body: (Value) throws(ScriptError) -> Void) throws(ScriptError) {
        switch value {
        case .list(let l):
            var i = 0
            while i < l.items.count {
                try body(l.items[i])
                i += 1
            }
        case .tuple(let t):
            for v in t { try body(v) }
        case .range(let r):
            for i in 0..<r.count { try body(.int(r.element(i))) }
        default:
            let it = try makeIterator(value)
            while let v = try it.next(self) { try body(v) }
        }
    }
}
