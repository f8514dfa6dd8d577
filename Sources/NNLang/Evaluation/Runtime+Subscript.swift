/// Subscripts: `x[i]`, `x[i] = v`, `del x[i]` on sequences, dicts, native objects (NumPy
/// index syntax delivered as `Index`) and nn classes with `__getitem__`/`__setitem__`.
extension Runtime {
    /// `container[index]`.
    public func getItem(_ container: Value, _ index: Value) throws(ScriptError) -> Value {
        switch container {
        case .list(let l):
            if let i = index.asIndexValue {
                return l.items[try normalize(i, l.items.count, "list")]
            }
            if case .slice(let s) = index { return .list(ListObject(try slice(l.items, s))) }
            throw ScriptError.typeError("list indices must be integers or slices, not \(index.typeName)")
        case .tuple(let t):
            if let i = index.asIndexValue { return t[try normalize(i, t.count, "tuple")] }
            if case .slice(let s) = index { return .tuple(try slice(t, s)) }
            throw ScriptError.typeError("tuple indices must be integers or slices, not \(index.typeName)")
        case .dict(let d):
            if let v = try d.get(index, self) { return v }
            throw ScriptError.keyError(index)
        case .str(let s):
            if let i = index.asIndexValue {
                let n = try normalize(i, s.count, "string")
                return .string(s.character(at: n))
            }
            if case .slice(let sl) = index {
                let (start, _, step, count) = try sl.indices(length: s.count)
                if step == 1 && s.isASCII {
                    let u = s.value.utf8
                    let a = u.index(u.startIndex, offsetBy: start), b = u.index(a, offsetBy: count)
                    return .string(String(decoding: u[a..<b], as: UTF8.self))
                }
                let scalars = s.scalars
                var out = String.UnicodeScalarView()
                var j = start
                for _ in 0..<count {
                    out.append(scalars[j])
                    j += step
                }
                return .string(String(out))
            }
            throw ScriptError.typeError("string indices must be integers, not '\(index.typeName)'")
        case .range(let r):
            if let i = index.asIndexValue { return .int(r.element(try normalize(i, r.count, "range object"))) }
            if case .slice(let s) = index {
                let (start, _, step, count) = try s.indices(length: r.count)
                let first = r.start &+ start &* r.step
                let newStep = r.step &* step
                return .range(try RangeObject(start: first, stop: first &+ count &* newStep, step: newStep))
            }
            throw ScriptError.typeError("range indices must be integers or slices, not \(index.typeName)")
        case .native(let n):
            do { return try n.getItem(Index(index), self) } catch { throw convert(error) }
        case .instance(let inst):
            if let m = inst.cls.lookup("__getitem__") {
                return try call(bindAttribute(m, to: container, owner: inst.cls), index)
            }
            if let native = inst.native {
                do { return try native.getItem(Index(index), self) } catch { throw convert(error) }
            }
        case .type(let cls):
            if let m = cls.lookup("__class_getitem__") { return try call(m, container, index) }
            // Type hints like list[int] are accepted and mean the plain type.
            let t = BuiltinTypes.shared
            if [t.list, t.dict, t.tuple, t.set, t.type].contains(where: { $0 === cls }) { return container }
            throw ScriptError.typeError("type '\(cls.name)' is not subscriptable")
        default:
            break
        }
        throw ScriptError.typeError("'\(container.typeName)' object is not subscriptable")
    }

    /// `container[index] = value`.
    public func setItem(_ container: Value, _ index: Value, _ value: Value) throws(ScriptError) {
        switch container {
        case .list(let l):
            if let i = index.asIndexValue {
                let n = try normalize(i, l.items.count, "list assignment")
                l.items[n] = value
                return
            }
            if case .slice(let s) = index {
                try assignSlice(l, s, value)
                return
            }
            throw ScriptError.typeError("list indices must be integers or slices, not \(index.typeName)")
        case .dict(let d):
            try d.set(index, value, self)
            return
        case .native(let n):
            do { try n.setItem(Index(index), value, self) } catch { throw convert(error) }
            return
        case .instance(let inst):
            if let m = inst.cls.lookup("__setitem__") {
                _ = try call(bindAttribute(m, to: container, owner: inst.cls), index, value)
                return
            }
            if let native = inst.native {
                do { try native.setItem(Index(index), value, self) } catch { throw convert(error) }
                return
            }
        default:
            break
        }
        throw ScriptError.typeError("'\(container.typeName)' object does not support item assignment")
    }

    /// `del container[index]`.
    public func deleteItem(_ container: Value, _ index: Value) throws(ScriptError) {
        switch container {
        case .list(let l):
            if let i = index.asIndexValue {
                l.items.remove(at: try normalize(i, l.items.count, "list assignment"))
                return
            }
            if case .slice(let s) = index {
                let (start, _, step, count) = try s.indices(length: l.items.count)
                var drop = Set<Int>()
                var j = start
                for _ in 0..<count {
                    drop.insert(j)
                    j += step
                }
                l.items = l.items.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
                return
            }
        case .dict(let d):
            if try d.remove(index, self) == nil { throw ScriptError.keyError(index) }
            return
        case .instance(let inst):
            if let m = inst.cls.lookup("__delitem__") {
                _ = try call(bindAttribute(m, to: container, owner: inst.cls), index)
                return
            }
        default:
            break
        }
        throw ScriptError.typeError("'\(container.typeName)' object doesn't support item deletion")
    }

    /// A sequence index made non-negative; IndexError "<what> index out of range" otherwise.
    @inline(__always)
    func normalize(_ i: Int, _ count: Int, _ what: String) throws(ScriptError) -> Int {
        let j = i < 0 ? i &+ count : i
        guard j >= 0 && j < count else { throw ScriptError.indexError("\(what) index out of range") }
        return j
    }

    /// The elements a slice selects.
    func slice(_ items: [Value], _ s: SliceObject) throws(ScriptError) -> [Value] {
        let (start, _, step, count) = try s.indices(length: items.count)
        if step == 1 { return Array(items[start..<(start + count)]) }
        var out: [Value] = []
        out.reserveCapacity(count)
        var j = start
        for _ in 0..<count {
            out.append(items[j])
            j += step
        }
        return out
    }

    /// `l[a:b:c] = value`.
    func assignSlice(_ l: ListObject, _ s: SliceObject, _ value: Value) throws(ScriptError) {
        let newItems = try toArray(value)
        let (start, stop, step, count) = try s.indices(length: l.items.count)
        if step == 1 {
            let end = max(start, stop)
            l.items.replaceSubrange(start..<min(end, l.items.count), with: newItems)
            return
        }
        guard newItems.count == count else {
            throw ScriptError.valueError("attempt to assign sequence of size \(newItems.count) to extended slice of size \(count)")
        }
        var j = start
        for v in newItems {
            l.items[j] = v
            j += step
        }
    }
}

extension Value {
    /// An int-like subscript (ints, bools, `__index__` natives), or nil.
    @inline(__always)
    var asIndexValue: Int? {
        switch self {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .native(let n): return n.asIndex()
        default: return nil
        }
    }
}
