/// Comparisons: `==` and ordering with Python's rules (exact int/float comparison,
/// lexicographic sequences, subset order on sets), identity, and membership (`in`).
extension Runtime {
    /// `a op b` as a value (native objects may answer with an elementwise mask).
    public func compare(_ op: CompareOp, _ a: Value, _ b: Value) throws(ScriptError) -> Value {
        switch op {
        case .is: return .bool(identical(a, b))
        case .isNot: return .bool(!identical(a, b))
        case .in: return .bool(try contains(b, a))
        case .notIn: return .bool(!(try contains(b, a)))
        default: break
        }
        if let r = try objectCompare(op, a, b) { return r }
        switch op {
        case .eq: return .bool(try equal(a, b))
        case .ne: return .bool(!(try equal(a, b)))
        default: return .bool(try order(op, a, b))
        }
    }

    /// Comparison hooks of native objects and special methods of nn instances (both orders).
    func objectCompare(_ op: CompareOp, _ a: Value, _ b: Value) throws(ScriptError) -> Value? {
        if case .native(let n) = a {
            do { if let r = try n.compare(op, b, self) { return r } } catch { throw convert(error) }
        }
        if case .instance(let i) = a, let r = try instanceBinary(i, a, CompareOp.dunders[Int(op.rawValue)], b) { return r }
        if case .native(let n) = b {
            do { if let r = try n.compare(op.swapped, a, self) { return r } } catch { throw convert(error) }
        }
        if case .instance(let i) = b, let r = try instanceBinary(i, b, CompareOp.dunders[Int(op.swapped.rawValue)], a) { return r }
        return nil
    }

    /// Whether `a is b`.
    public func identical(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.none, .none), (.ellipsis, .ellipsis): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.float(let x), .float(let y)): return x.bitPattern == y.bitPattern
        case (.tuple(let x), .tuple(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { identical($0, $1) }
        default:
            if let i = a.objectIdentity { return i == b.objectIdentity }
            return false
        }
    }

    /// Whether `a == b` (Python's equality, as containers use it).
    public func equal(_ a: Value, _ b: Value) throws(ScriptError) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.float(let x), .float(let y)): return x == y
        case (.str(let x), .str(let y)): return x.equals(y)
        case (.int(let x), .float(let y)): return Arithmetic.compare(x, y) == 0
        case (.float(let x), .int(let y)): return Arithmetic.compare(y, x) == 0
        case (.native, _), (_, .native), (.instance, _), (_, .instance):
            if identical(a, b) { return true }
            if let r = try objectCompare(.eq, a, b) { return try truthy(r) }
            return false
        case (.bool, _), (_, .bool):
            let x = a.boolAsInt, y = b.boolAsInt
            if x.asNumber != nil && y.asNumber != nil { return try equal(x, y) }
            return false
        case (.none, .none), (.ellipsis, .ellipsis): return true
        case (.tuple(let x), .tuple(let y)): return try sequencesEqual(x, y)
        case (.list(let x), .list(let y)):
            if x === y { return true }
            return try sequencesEqual(x.items, y.items)
        case (.dict(let x), .dict(let y)):
            if x === y { return true }
            guard x.count == y.count else { return false }
            try enterCall()
            defer { leaveCall() }
            for e in x.entries {
                guard let v = try y.get(e.key, self), try equal(e.value, v) else { return false }
            }
            return true
        case (.set(let x), .set(let y)):
            guard x.count == y.count else { return false }
            for v in x.elements where !(try y.contains(v, self)) { return false }
            return true
        case (.range(let x), .range(let y)):
            if x.count != y.count { return false }
            if x.count == 0 { return true }
            return x.start == y.start && (x.count == 1 || x.step == y.step)
        case (.slice(let x), .slice(let y)):
            guard try equal(x.start, y.start), try equal(x.stop, y.stop) else { return false }
            return try equal(x.step, y.step)
        case (.method(let x), .method(let y)):
            return identical(x.receiver, y.receiver) && identical(x.function, y.function)
        default:
            return identical(a, b)
        }
    }

    func sequencesEqual(_ x: [Value], _ y: [Value]) throws(ScriptError) -> Bool {
        guard x.count == y.count else { return false }
        try enterCall()
        defer { leaveCall() }
        for i in 0..<x.count where !identical(x[i], y[i]) {
            if !(try equal(x[i], y[i])) { return false }
        }
        return true
    }

    /// `a < b` and friends for built-in values; TypeError when the types do not order.
    func order(_ op: CompareOp, _ a: Value, _ b: Value) throws(ScriptError) -> Bool {
        func result(_ c: Int) -> Bool {
            switch op {
            case .lt: return c < 0
            case .le: return c <= 0
            case .gt: return c > 0
            default: return c >= 0
            }
        }
        switch (a, b) {
        case (.int(let x), .int(let y)): return result(x < y ? -1 : x > y ? 1 : 0)
        case (.float(let x), .float(let y)):
            switch op {
            case .lt: return x < y
            case .le: return x <= y
            case .gt: return x > y
            default: return x >= y
            }
        case (.int(let x), .float(let y)):
            guard let c = Arithmetic.compare(x, y) else { return false }
            return result(c)
        case (.float(let x), .int(let y)):
            guard let c = Arithmetic.compare(y, x) else { return false }
            return result(-c)
        case (.bool, _), (_, .bool):
            if a.asNumber != nil && b.asNumber != nil { return try order(op, a.boolAsInt, b.boolAsInt) }
        case (.str(let x), .str(let y)):
            let c = x.equals(y) ? 0 : (x.less(than: y) ? -1 : 1)
            return result(c)
        case (.tuple(let x), .tuple(let y)): return try orderSequences(op, x, y)
        case (.list(let x), .list(let y)): return try orderSequences(op, x.items, y.items)
        case (.set(let x), .set(let y)):
            var sub = true, sup = true
            for v in x.elements where !(try y.contains(v, self)) { sub = false; break }
            for v in y.elements where !(try x.contains(v, self)) { sup = false; break }
            switch op {
            case .lt: return sub && x.count < y.count
            case .le: return sub
            case .gt: return sup && x.count > y.count
            default: return sup
            }
        default: break
        }
        throw ScriptError.typeError("'\(op.symbol)' not supported between instances of '\(a.typeName)' and '\(b.typeName)'")
    }

    func orderSequences(_ op: CompareOp, _ x: [Value], _ y: [Value]) throws(ScriptError) -> Bool {
        try enterCall()
        defer { leaveCall() }
        for i in 0..<min(x.count, y.count) where !(try equal(x[i], y[i])) {
            return try truthy(compare(op, x[i], y[i]))
        }
        let c = x.count < y.count ? -1 : x.count > y.count ? 1 : 0
        switch op {
        case .lt: return c < 0
        case .le: return c <= 0
        case .gt: return c > 0
        default: return c >= 0
        }
    }

    /// `a < b` as sorting uses it.
    func lessThan(_ a: Value, _ b: Value) throws(ScriptError) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y
        case (.float(let x), .float(let y)): return x < y
        case (.str(let x), .str(let y)): return x.less(than: y)
        default: return try truthy(compare(.lt, a, b))
        }
    }

    /// `item in container`.
    public func contains(_ container: Value, _ item: Value) throws(ScriptError) -> Bool {
        switch container {
        case .list(let l):
            for v in l.items {
                if identical(v, item) { return true }
                if try equal(v, item) { return true }
            }
            return false
        case .tuple(let t):
            for v in t {
                if identical(v, item) { return true }
                if try equal(v, item) { return true }
            }
            return false
        case .str(let s):
            guard case .str(let sub) = item else {
                throw ScriptError.typeError("'in <string>' requires string as left operand, not \(item.typeName)")
            }
            return sub.value.isEmpty || s.value.utf8Contains(sub.value)
        case .dict(let d): return try d.contains(item, self)
        case .set(let s): return try s.contains(item, self)
        case .range(let r):
            guard let i = item.asRangeInt else {
                return try iterateContains(container, item)
            }
            if r.count == 0 { return false }
            if r.step > 0 ? (i < r.start || i >= r.stop) : (i > r.start || i <= r.stop) { return false }
            return (i &- r.start) % r.step == 0
        case .native(let n):
            do { if let r = try n.contains(item, self) { return r } } catch { throw convert(error) }
            return try iterateContains(container, item)
        case .instance(let inst):
            if let m = inst.cls.lookup("__contains__") {
                return try truthy(call(bindAttribute(m, to: container, owner: inst.cls), item))
            }
            return try iterateContains(container, item)
        case .iterator:
            return try iterateContains(container, item)
        default:
            throw ScriptError.typeError("argument of type '\(container.typeName)' is not iterable")
        }
    }

    func iterateContains(_ container: Value, _ item: Value) throws(ScriptError) -> Bool {
        let it = try makeIterator(container)
        while let v = try it.next(self) {
            if identical(v, item) { return true }
            if try equal(v, item) { return true }
        }
        return false
    }
}

extension CompareOp {
    /// Special method names by raw value (`in`/`is` have none; they are never looked up).
    static let dunders = ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "", "", "", ""]
}

extension Value {
    /// An int or bool as an int (for `in range`).
    var asRangeInt: Int? {
        switch self {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .float(let d): return d == d.rounded() && abs(d) < 9.2e18 ? Int(d) : nil
        default: return nil
        }
    }
}

extension String {
    /// Substring test on UTF-8 bytes (code-point semantics, unlike `String.contains`).
    func utf8Contains(_ needle: String) -> Bool { utf8Find(needle, from: 0) != nil }

    /// Byte offset of the first occurrence of `needle` at or after byte `from`.
    func utf8Find(_ needle: String, from: Int) -> Int? {
        let h = Array(utf8), n = Array(needle.utf8)
        if n.isEmpty { return from <= h.count ? from : nil }
        if n.count > h.count { return nil }
        var i = max(0, from)
        let first = n[0]
        while i + n.count <= h.count {
            if h[i] == first {
                var j = 1
                while j < n.count && h[i + j] == n[j] { j += 1 }
                if j == n.count { return i }
            }
            i += 1
        }
        return nil
    }
}
