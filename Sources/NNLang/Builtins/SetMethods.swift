/// Methods of `set`.
enum SetMethods {
    static func set(_ a: BoundArguments) throws(ScriptError) -> SetObject {
        if case .set(let s) = a.receiver { return s }
        throw ScriptError.typeError("descriptor requires a 'set' object but received a '\(a.receiver.typeName)'")
    }

    /// The elements of every argument as sets.
    static func others(_ a: BoundArguments, _ rt: Runtime) throws(ScriptError) -> [SetObject] {
        var out: [SetObject] = []
        for v in a.varArgs {
            if case .set(let s) = v { out.append(s); continue }
            let s = SetObject()
            try rt.forEach(v) { (x) throws(ScriptError) in try s.add(x, rt) }
            out.append(s)
        }
        return out
    }

    static func register(on cls: ClassObject) {
        cls.method("add", "element, /", doc: "Add an element.") { a, rt in
            try set(a).add(a[0], rt)
            return .none
        }
        cls.method("remove", "element, /", doc: "Remove an element; KeyError if absent.") { a, rt in
            if !(try set(a).remove(a[0], rt)) { throw ScriptError.keyError(a[0]) }
            return .none
        }
        cls.method("discard", "element, /", doc: "Remove an element if present.") { a, rt in
            try set(a).remove(a[0], rt)
            return .none
        }
        cls.method("pop", "", doc: "Remove and return an element.") { a, rt in
            let s = try set(a)
            guard let first = s.elements.first else { throw ScriptError.keyError(.string("pop from an empty set")) }
            try s.remove(first, rt)
            return first
        }
        cls.method("clear", "", doc: "Remove all elements.") { a, _ in
            try set(a).table.removeAll()
            return .none
        }
        cls.method("copy", "", doc: "A shallow copy.") { a, rt in
            let r = SetObject()
            for v in try set(a).elements { try r.add(v, rt) }
            return .set(r)
        }
        cls.method("update", "*others", doc: "Add the elements of the iterables.") { a, rt in
            let s = try set(a)
            for o in try others(a, rt) { for v in o.elements { try s.add(v, rt) } }
            return .none
        }
        let combiners: [(String, BinaryOp, String)] = [
            ("union", .or, "Elements in any of the sets."),
            ("intersection", .and, "Elements in all of the sets."),
            ("difference", .sub, "Elements in this set but not the others."),
            ("symmetric_difference", .xor, "Elements in exactly one of the two sets."),
        ]
        for (name, op, doc) in combiners {
            cls.method(name, "*others", doc: doc) { a, rt in
                var result = try set(a)
                let copy = SetObject()
                for v in result.elements { try copy.add(v, rt) }
                result = copy
                for o in try others(a, rt) { result = try rt.setOperation(op, result, o) }
                return .set(result)
            }
        }
        cls.method("issubset", "other, /", doc: "Whether every element is in other.") { a, rt in
            let o = try rt.toArray(a[0])
            let other = SetObject()
            for v in o { try other.add(v, rt) }
            for v in try set(a).elements where !(try other.contains(v, rt)) { return .false }
            return .true
        }
        cls.method("issuperset", "other, /", doc: "Whether every element of other is in the set.") { a, rt in
            let s = try set(a)
            for v in try rt.toArray(a[0]) where !(try s.contains(v, rt)) { return .false }
            return .true
        }
        cls.method("isdisjoint", "other, /", doc: "Whether the set and other share no element.") { a, rt in
            let s = try set(a)
            for v in try rt.toArray(a[0]) where try s.contains(v, rt) { return .false }
            return .true
        }
    }
}
