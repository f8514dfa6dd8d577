import Foundation

/// What calling a built-in type does: `int("3")`, `float("1e-3")`, `list(range(3))`, …
enum Constructors {
    static func register(_ t: BuiltinTypes) {
        t.int.constructor = BuiltinFunction("int", "x=0, /, base=...", doc: "int(x=0) or int(text, base=10): an integer.") { a, rt in
            if case .ellipsis = a[1] { return .int(try toInt(a[0], rt)) }
            guard case .str(let s) = a[0] else { throw ScriptError.typeError("int() can't convert non-string with explicit base") }
            let base = try a.int(1)
            guard base == 0 || (2...36).contains(base) else { throw ScriptError.valueError("int() base must be >= 2 and <= 36, or 0") }
            return .int(try parseInt(s.value, base: base))
        }
        t.float.constructor = BuiltinFunction("float", "x=0.0, /", doc: "float(x): a floating-point number.") { a, rt in
            .float(try toFloat(a[0], rt))
        }
        t.str.constructor = BuiltinFunction("str", "object='', /", doc: "str(object): the object's text.") { a, rt in
            .string(try rt.str(a[0]))
        }
        t.bool.constructor = BuiltinFunction("bool", "x=False, /", doc: "bool(x): True or False.") { a, rt in
            .bool(try rt.truthy(a[0]))
        }
        t.list.constructor = BuiltinFunction("list", "iterable=(), /", doc: "list(iterable): a new list.") { a, rt in
            .list(ListObject(try rt.toArray(a[0])))
        }
        t.tuple.constructor = BuiltinFunction("tuple", "iterable=(), /", doc: "tuple(iterable): a new tuple.") { a, rt in
            if case .tuple = a[0] { return a[0] }
            return .tuple(try rt.toArray(a[0]))
        }
        t.set.constructor = BuiltinFunction("set", "iterable=(), /", doc: "set(iterable): a new set.") { a, rt in
            let s = SetObject()
            try rt.forEach(a[0]) { (v) throws(ScriptError) in try s.add(v, rt) }
            return .set(s)
        }
        t.dict.constructor = BuiltinFunction("dict", "*args, **kwargs", doc: "dict(mapping or pairs, **kwargs): a new dict.") { a, rt in
            let args = a.varArgs
            if args.count > 1 { throw ScriptError.typeError("dict expected at most 1 argument, got \(args.count)") }
            let d = DictObject()
            if let source = args.first { try DictMethods.update(d, from: source, rt) }
            for (k, v) in a.varKeywords { try d.set(.string(k), v, rt) }
            return .dict(d)
        }
        t.range.constructor = BuiltinFunction("range", "*args", doc: "range(stop) or range(start, stop[, step]).") { a, rt in
            let args = a.varArgs
            if args.isEmpty { throw ScriptError.typeError("range expected at least 1 argument, got 0") }
            if args.count > 3 { throw ScriptError.typeError("range expected at most 3 arguments, got \(args.count)") }
            var ints: [Int] = []
            for v in args {
                guard let i = v.asIndex else {
                    throw ScriptError.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
                }
                ints.append(i)
            }
            if ints.count == 1 { return .range(try RangeObject(start: 0, stop: ints[0], step: 1)) }
            return .range(try RangeObject(start: ints[0], stop: ints[1], step: ints.count == 3 ? ints[2] : 1))
        }
        t.slice.constructor = BuiltinFunction("slice", "*args", doc: "slice(stop) or slice(start, stop[, step]).") { a, _ in
            let args = a.varArgs
            switch args.count {
            case 1: return .slice(SliceObject(start: .none, stop: args[0], step: .none))
            case 2: return .slice(SliceObject(start: args[0], stop: args[1], step: .none))
            case 3: return .slice(SliceObject(start: args[0], stop: args[1], step: args[2]))
            default: throw ScriptError.typeError("slice expected at least 1 argument, got \(args.count)")
            }
        }
        t.type.constructor = BuiltinFunction("type", "object, /", doc: "type(object): the object's class.") { a, _ in
            .type(a[0].type)
        }
    }

    /// `int(x)` for a non-string or a string in base 10.
    static func toInt(_ v: Value, _ rt: Runtime) throws(ScriptError) -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .float(let d): return try floatToInt(d)
        case .str(let s): return try parseInt(s.value, base: 10)
        case .native(let n):
            if let i = n.asIndex() { return i }
            if let d = n.asDouble() { return try floatToInt(d) }
        case .instance(let inst):
            for name in ["__int__", "__index__"] where inst.cls.lookup(name) != nil {
                let r = try rt.callMethod(v, name)
                if case .int(let i) = r { return i }
                throw ScriptError.typeError("\(name) returned non-int (type \(r.typeName))")
            }
        default: break
        }
        throw ScriptError.typeError("int() argument must be a string, a bytes-like object or a real number, not '\(v.typeName)'")
    }

    /// Truncates a float to an int, with CPython's errors (and OverflowError past 64 bits).
    static func floatToInt(_ d: Double) throws(ScriptError) -> Int {
        if d.isNaN { throw ScriptError.valueError("cannot convert float NaN to integer") }
        if d.isInfinite { throw ScriptError.overflow("cannot convert float infinity to integer") }
        let t = d.rounded(.towardZero)
        guard t >= -9.223372036854775808e18 && t < 9.223372036854775808e18 else {
            throw ScriptError.overflow("int too large for nn's 64-bit int")
        }
        return Int(t)
    }

    /// Parses int text as Python does: whitespace around, a sign, `_` between digits, a
    /// `0x`/`0o`/`0b` prefix matching the base (or chosen by it when base is 0).
    static func parseInt(_ text: String, base: Int) throws(ScriptError) -> Int {
        let invalid = ScriptError.valueError("invalid literal for int() with base \(base): \(Runtime.quote(text))")
        var s = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        var negative = false
        if s.first == "+" || s.first == "-" {
            negative = s.first == "-"
            s = s.dropFirst()
        }
        var radix = base
        let lower = s.lowercased()
        for (prefix, r) in [("0x", 16), ("0o", 8), ("0b", 2)] where lower.hasPrefix(prefix) && (base == r || base == 0) {
            radix = r
            s = s.dropFirst(2)
            if s.first == "_" { s = s.dropFirst() }
        }
        if radix == 0 {
            radix = 10
            if s.count > 1 && s.first == "0" && s.contains(where: { $0 != "0" && $0 != "_" }) { throw invalid }
        }
        if s.isEmpty || s.first == "_" || s.last == "_" || s.contains("__") { throw invalid }
        let digits = s.replacingOccurrences(of: "_", with: "")
        guard let magnitude = UInt(digits, radix: radix) else {
            if digits.allSatisfy({ $0.isHexDigit }) && digits.allSatisfy({ Int(String($0), radix: radix) != nil }) {
                throw ScriptError.overflow("int too large for nn's 64-bit int")
            }
            throw invalid
        }
        if negative {
            if magnitude > UInt(Int.max) + 1 { throw ScriptError.overflow("int too large for nn's 64-bit int") }
            return magnitude == UInt(Int.max) + 1 ? Int.min : -Int(magnitude)
        }
        guard magnitude <= UInt(Int.max) else { throw ScriptError.overflow("int too large for nn's 64-bit int") }
        return Int(magnitude)
    }

    /// `float(x)`.
    static func toFloat(_ v: Value, _ rt: Runtime) throws(ScriptError) -> Double {
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .str(let s): return try parseFloat(s.value)
        case .native(let n):
            if let d = n.asDouble() { return d }
        case .instance(let inst):
            if inst.cls.lookup("__float__") != nil {
                let r = try rt.callMethod(v, "__float__")
                if case .float(let d) = r { return d }
                throw ScriptError.typeError("\(inst.cls.name).__float__ returned non-float (type \(r.typeName))")
            }
        default: break
        }
        throw ScriptError.typeError("float() argument must be a string or a real number, not '\(v.typeName)'")
    }

    /// Parses float text as Python does (`inf`, `nan`, `1_000.5`, `1e-3`, surrounding spaces).
    static func parseFloat(_ text: String) throws(ScriptError) -> Double {
        let invalid = ScriptError.valueError("could not convert string to float: \(Runtime.quote(text))")
        var s = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var sign = 1.0
        var body = Substring(s)
        if body.first == "+" || body.first == "-" {
            if body.first == "-" { sign = -1 }
            body = body.dropFirst()
        }
        switch body.lowercased() {
        case "inf", "infinity": return sign * .infinity
        case "nan": return .nan
        default: break
        }
        let allowed = Set("0123456789._eE+-")
        guard !body.isEmpty, body.allSatisfy({ allowed.contains($0) }) else { throw invalid }
        if body.contains("_") {
            let chars = Array(body)
            for (i, c) in chars.enumerated() where c == "_" {
                guard i > 0, i < chars.count - 1, chars[i - 1].isNumber, chars[i + 1].isNumber else { throw invalid }
            }
            s = body.replacingOccurrences(of: "_", with: "")
        } else {
            s = String(body)
        }
        guard let d = Double(s) else { throw invalid }
        return sign * d
    }
}
