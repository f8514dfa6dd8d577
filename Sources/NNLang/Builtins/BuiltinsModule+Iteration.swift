/// Built-in functions over iterables: enumerate, zip, map, filter, sorted, reversed, iter,
/// next, any, all, sum, min, max.
extension BuiltinsModule {
    static func registerIteration(_ m: ModuleObject) {
        let t = BuiltinTypes.shared
        m.fn("iter", "object, sentinel=..., /", doc: "An iterator over the object.") { a, rt in
            if case .ellipsis = a[1] { return .iterator(try rt.makeIterator(a[0])) }
            let fn = a[0], sentinel = a[1]
            return .iterator(IteratorObject(type: t.iterator) { (rt: Runtime) throws(ScriptError) -> Value? in
                let v = try rt.call(fn)
                return try rt.equal(v, sentinel) ? nil : v
            })
        }
        m.fn("next", "iterator, default=..., /", doc: "The next item of an iterator; default (or StopIteration) at the end.") { a, rt in
            guard case .iterator(let it) = a[0] else {
                if case .instance(let inst) = a[0], let n = inst.cls.lookup("__next__") {
                    return try rt.call(rt.bindAttribute(n, to: a[0], owner: inst.cls))
                }
                throw ScriptError.typeError("'\(a[0].typeName)' object is not an iterator")
            }
            if let v = try it.next(rt) { return v }
            if case .ellipsis = a[1] { throw ScriptError.stopIteration() }
            return a[1]
        }
        m.fn("enumerate", "iterable, start=0", doc: "Pairs (index, item) for the items of an iterable.") { a, rt in
            // Lists and tuples get their iterator on first use (a for loop over the pairs may
            // never need one); anything else is iterated at once, as Python does.
            let source = a[0]
            let sequence = source.isList || source.isTuple
            var it: IteratorObject? = sequence ? nil : try rt.makeIterator(source)
            var i = try a.int(1)
            let result = IteratorObject(type: t.enumerate) { (rt: Runtime) throws(ScriptError) -> Value? in
                if it == nil { it = try rt.makeIterator(source) }
                guard let v = try it?.next(rt) else { return nil }
                defer { i += 1 }
                return .tuple([.int(i), v])
            }
            if sequence { result.pairing = .enumerate(source, start: i) }
            return .iterator(result)
        }
        m.fn("zip", "*iterables, strict=False", doc: "Tuples of the i-th items of the iterables, up to the shortest.") { a, rt in
            let sources = a.varArgs
            let sequences = sources.allSatisfy { $0.isList || $0.isTuple }
            var made: [IteratorObject]? = sequences ? nil : try sources.map { (v) throws(ScriptError) in try rt.makeIterator(v) }
            let strict = try a.bool(0)
            let result = IteratorObject(type: t.zip) { (rt: Runtime) throws(ScriptError) -> Value? in
                if made == nil { made = try sources.map { (v) throws(ScriptError) in try rt.makeIterator(v) } }
                let its = made ?? []
                if its.isEmpty { return nil }
                var items: [Value] = []
                items.reserveCapacity(its.count)
                for (k, it) in its.enumerated() {
                    guard let v = try it.next(rt) else {
                        guard strict else { return nil }
                        func others(_ j: Int) -> String { j > 1 ? "s 1-\(j)" : " 1" }
                        if k > 0 { throw ScriptError.valueError("zip() argument \(k + 1) is shorter than argument\(others(k))") }
                        for j in 1..<its.count where try its[j].next(rt) != nil {
                            throw ScriptError.valueError("zip() argument \(j + 1) is longer than argument\(others(j))")
                        }
                        return nil
                    }
                    items.append(v)
                }
                return .tuple(items)
            }
            if !strict && !sources.isEmpty && sequences { result.pairing = .zip(sources) }
            return .iterator(result)
        }
        m.fn("map", "function, iterable, /, *iterables", doc: "Apply a function to every item (of several iterables in parallel).") { a, rt in
            let fn = a[0]
            let its = try ([a[1]] + a.varArgs).map { (v) throws(ScriptError) in try rt.makeIterator(v) }
            return .iterator(IteratorObject(type: t.map) { (rt: Runtime) throws(ScriptError) -> Value? in
                var args: [Value] = []
                for it in its {
                    guard let v = try it.next(rt) else { return nil }
                    args.append(v)
                }
                return try rt.call(fn, Arguments(args))
            })
        }
        m.fn("filter", "function, iterable, /", doc: "The items for which function(item) is true (None: the true items).") { a, rt in
            let fn = a[0]
            let it = try rt.makeIterator(a[1])
            return .iterator(IteratorObject(type: t.filter) { (rt: Runtime) throws(ScriptError) -> Value? in
                while let v = try it.next(rt) {
                    let keep = fn.isNone ? try rt.truthy(v) : try rt.truthy(rt.call(fn, v))
                    if keep { return v }
                }
                return nil
            })
        }
        m.fn("reversed", "sequence, /", doc: "The items of a sequence in reverse order.") { a, rt in
            let items: [Value]
            switch a[0] {
            case .list(let l): items = l.items
            case .tuple(let tu): items = tu
            case .range, .str: items = try rt.toArray(a[0])
            case .instance(let inst) where inst.cls.lookup("__reversed__") != nil:
                return try rt.callMethod(a[0], "__reversed__")
            case .instance, .native:
                let n = try rt.length(a[0])
                var out: [Value] = []
                for i in stride(from: n - 1, through: 0, by: -1) { out.append(try rt.getItem(a[0], .int(i))) }
                return .iterator(IteratorObject.over(out, type: t.reversed))
            default:
                throw ScriptError.typeError("'\(a[0].typeName)' object is not reversible")
            }
            return .iterator(IteratorObject.over(items.reversed(), type: t.reversed))
        }
        m.fn("sorted", "iterable, /, *, key=None, reverse=False", doc: "A new sorted list (stable; key and reverse as list.sort).") { a, rt in
            var items = try rt.toArray(a[0])
            try sortValues(&items, key: a[1], reverse: try a.bool(2), rt)
            return .list(ListObject(items))
        }
        m.fn("any", "iterable, /", doc: "Whether any item is true.") { a, rt in
            let it = try rt.makeIterator(a[0])
            while let v = try it.next(rt) {
                if try rt.truthy(v) { return .true }
            }
            return .false
        }
        m.fn("all", "iterable, /", doc: "Whether every item is true.") { a, rt in
            let it = try rt.makeIterator(a[0])
            while let v = try it.next(rt) {
                if !(try rt.truthy(v)) { return .false }
            }
            return .true
        }
        m.fn("sum", "iterable, /, start=0", doc: "The start value plus the sum of the items.") { a, rt in
            var total = a[1]
            if case .str = total { throw ScriptError.typeError("sum() can't sum strings [use ''.join(seq) instead]") }
            try rt.forEach(a[0]) { (v) throws(ScriptError) in
                switch (total, v) {
                case (.int(let x), .int(let y)):
                    let (r, o) = x.addingReportingOverflow(y)
                    if o { throw ScriptError.intOverflow() }
                    total = .int(r)
                case (.float(let x), .float(let y)): total = .float(x + y)
                default: total = try rt.binary(.add, total, v)
                }
            }
            return total
        }
        m.fn("min", "*args, key=None, default=...", doc: "The smallest item of an iterable or of the arguments.") { a, rt in
            try extreme(a, "min", rt) { x, y, rt throws(ScriptError) in try rt.lessThan(x, y) }
        }
        m.fn("max", "*args, key=None, default=...", doc: "The largest item of an iterable or of the arguments.") { a, rt in
            try extreme(a, "max", rt) { x, y, rt throws(ScriptError) in try rt.truthy(rt.compare(.gt, x, y)) }
        }
    }

    /// Sorts values stably with Python's `<`, an optional key function, and `reverse`.
    static func sortValues(_ items: inout [Value], key: Value, reverse: Bool, _ rt: Runtime) throws(ScriptError) {
        var keys = items
        if !key.isNone {
            keys = []
            keys.reserveCapacity(items.count)
            for v in items { keys.append(try rt.call(key, v)) }
        }
        var order = Array(keys.indices)
        do {
            try order.sort { i, j in reverse ? try rt.lessThan(keys[j], keys[i]) : try rt.lessThan(keys[i], keys[j]) }
        } catch {
            throw rt.convert(error)
        }
        items = order.map { items[$0] }
    }

    /// `min`/`max`: `better(x, y)` says x should replace the current best y.
    static func extreme(_ a: BoundArguments, _ name: String, _ rt: Runtime,
                        _ better: (Value, Value, Runtime) throws(ScriptError) -> Bool) throws(ScriptError) -> Value {
        let args = a.varArgs
        let key = a[0]
        let items: [Value]
        if args.count == 1 {
            items = try rt.toArray(args[0])
        } else if args.isEmpty {
            throw ScriptError.typeError("\(name) expected at least 1 argument, got 0")
        } else {
            if case .ellipsis = a[1] {} else {
                throw ScriptError.typeError("Cannot specify a default for \(name)() with multiple positional arguments")
            }
            items = args
        }
        guard var best = items.first else {
            if case .ellipsis = a[1] { throw ScriptError.valueError("\(name)() arg is an empty sequence") }
            return a[1]
        }
        var bestKey = key.isNone ? best : try rt.call(key, best)
        for v in items.dropFirst() {
            let k = key.isNone ? v : try rt.call(key, v)
            if try better(k, bestKey, rt) {
                best = v
                bestKey = k
            }
        }
        return best
    }
}
