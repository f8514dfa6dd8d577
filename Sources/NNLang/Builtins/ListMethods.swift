/// Methods of `list` and `tuple`.
enum ListMethods {
    static func list(_ a: BoundArguments) throws(ScriptError) -> ListObject {
        if case .list(let l) = a.receiver { return l }
        throw ScriptError.typeError("descriptor requires a 'list' object but received a '\(a.receiver.typeName)'")
    }

    static func register(on cls: ClassObject) {
        cls.method("append", "object, /", doc: "Append object to the end of the list.") { a, _ in
            try list(a).items.append(a[0])
            return .none
        }
        cls.method("extend", "iterable, /", doc: "Append the items of an iterable.") { a, rt in
            let l = try list(a)
            l.items.append(contentsOf: try rt.toArray(a[0]))
            return .none
        }
        cls.method("insert", "index, object, /", doc: "Insert object before index.") { a, _ in
            let l = try list(a)
            var i = try a.int(0)
            let n = l.items.count
            if i < 0 { i = max(0, i + n) }
            l.items.insert(a[1], at: min(i, n))
            return .none
        }
        cls.method("pop", "index=-1, /", doc: "Remove and return the item at index (default last).") { a, rt in
            let l = try list(a)
            if l.items.isEmpty { throw ScriptError.indexError("pop from empty list") }
            let i = try rt.normalize(try a.int(0), l.items.count, "pop")
            return l.items.remove(at: i)
        }
        cls.method("remove", "value, /", doc: "Remove the first occurrence of value.") { a, rt in
            let l = try list(a)
            var i = 0
            while i < l.items.count {
                if try rt.equal(l.items[i], a[0]) {
                    if i < l.items.count { l.items.remove(at: i) }
                    return .none
                }
                i += 1
            }
            throw ScriptError.valueError("list.remove(x): x not in list")
        }
        cls.method("index", "value, start=0, stop=9223372036854775807, /", doc: "The first index of value.") { a, rt in
            let l = try list(a)
            let (lo, hi) = StrMethods.window(l.items.count, try a.int(1), try a.int(2))
            var i = lo
            while i < min(hi, l.items.count) {
                if try rt.equal(l.items[i], a[0]) { return .int(i) }
                i += 1
            }
            throw ScriptError.valueError("\(try rt.repr(a[0])) is not in list")
        }
        cls.method("count", "value, /", doc: "The number of occurrences of value.") { a, rt in
            var n = 0
            for v in try list(a).items where try rt.equal(v, a[0]) { n += 1 }
            return .int(n)
        }
        cls.method("sort", "*, key=None, reverse=False", doc: "Sort the list in place (stable).") { a, rt in
            let l = try list(a)
            var items = l.items
            try BuiltinsModule.sortValues(&items, key: a[0], reverse: try a.bool(1), rt)
            l.items = items
            return .none
        }
        cls.method("reverse", "", doc: "Reverse the list in place.") { a, _ in
            try list(a).items.reverse()
            return .none
        }
        cls.method("copy", "", doc: "A shallow copy.") { a, _ in .list(ListObject(try list(a).items)) }
        cls.method("clear", "", doc: "Remove all items.") { a, _ in
            try list(a).items.removeAll()
            return .none
        }
    }
}

/// Methods of `tuple`.
enum TupleMethods {
    static func items(_ a: BoundArguments) -> [Value] {
        if case .tuple(let t) = a.receiver { return t }
        return []
    }

    static func register(on cls: ClassObject) {
        cls.method("index", "value, start=0, stop=9223372036854775807, /", doc: "The first index of value.") { a, rt in
            let t = items(a)
            let (lo, hi) = StrMethods.window(t.count, try a.int(1), try a.int(2))
            if lo < hi {
                for i in lo..<hi where try rt.equal(t[i], a[0]) { return .int(i) }
            }
            throw ScriptError.valueError("tuple.index(x): x not in tuple")
        }
        cls.method("count", "value, /", doc: "The number of occurrences of value.") { a, rt in
            var n = 0
            for v in items(a) where try rt.equal(v, a[0]) { n += 1 }
            return .int(n)
        }
    }
}

/// Methods and attributes of `int` and `float`.
enum NumberMethods {
    static func register(int: ClassObject, float: ClassObject) {
        int.method("bit_length", "", doc: "The number of bits needed to represent the absolute value.") { a, _ in
            guard case .int(let i) = a.receiver.boolAsInt else { return .int(0) }
            return .int(Int.bitWidth - i.magnitude.leadingZeroBitCount)
        }
        int.method("conjugate", "", doc: "The number itself.") { a, _ in a.receiver.boolAsInt }
        float.method("is_integer", "", doc: "Whether the float has no fractional part.") { a, _ in
            guard case .float(let d) = a.receiver else { return .false }
            return .bool(d.isFinite && d == d.rounded())
        }
        float.method("conjugate", "", doc: "The number itself.") { a, _ in a.receiver }
        float.method("as_integer_ratio", "", doc: "A pair of ints whose ratio is the float.") { a, _ in
            guard case .float(let d) = a.receiver else { return .none }
            if d.isNaN { throw ScriptError.valueError("cannot convert NaN to integer ratio") }
            if d.isInfinite { throw ScriptError.overflow("cannot convert Infinity to integer ratio") }
            var num = d, den = 1.0
            while num != num.rounded() && den < 4.6e18 {
                num *= 2
                den *= 2
            }
            guard abs(num) < 9.2e18 else { throw ScriptError.intOverflow() }
            return .tuple([.int(Int(num)), .int(Int(den))])
        }
    }
}
