/// Binary and unary operators on every kind of value: numbers, sequences, sets, dicts,
/// native objects (both orders, so `0.1 * t` reaches the tensor) and nn classes with
/// special methods (`__add__`, `__radd__`, …).
extension Runtime {
    /// `a op b`.
    public func binary(_ op: BinaryOp, _ a: Value, _ b: Value) throws(ScriptError) -> Value {
        switch (a, b) {
        case (.int(let x), .int(let y)):
            if let r = try Arithmetic.int(op, x, y) { return r }
        case (.float(let x), .float(let y)):
            if let r = try Arithmetic.float(op, x, y) { return r }
        case (.int(let x), .float(let y)):
            if let r = try Arithmetic.float(op, Double(x), y) { return r }
        case (.float(let x), .int(let y)):
            if let r = try Arithmetic.float(op, x, Double(y)) { return r }
        case (.bool, _), (_, .bool):
            if case .bool(let p) = a, case .bool(let q) = b, op == .and || op == .or || op == .xor {
                return .bool(op == .and ? p && q : op == .or ? p || q : p != q)
            }
            let x = a.boolAsInt, y = b.boolAsInt
            switch (x, y) {
            case (.int(let p), .int(let q)):
                if let r = try Arithmetic.int(op, p, q) { return r }
                throw binaryTypeError(op, a, b)
            case (.int, .float), (.float, .int):
                if let p = x.asNumber, let q = y.asNumber, let r = try Arithmetic.float(op, p, q) { return r }
                throw binaryTypeError(op, a, b)
            default:
                break
            }
        default:
            break
        }
        if let r = try sequenceBinary(op, a, b) { return r }
        if let r = try objectBinary(op, a, b) { return r }
        throw binaryTypeError(op, a, b)
    }

    /// The TypeError for unsupported operands, phrased as CPython does.
    func binaryTypeError(_ op: BinaryOp, _ a: Value, _ b: Value) -> ScriptError {
        if op == .add {
            switch a {
            case .str: return ScriptError.typeError("can only concatenate str (not \"\(b.typeName)\") to str")
            case .list: return ScriptError.typeError("can only concatenate list (not \"\(b.typeName)\") to list")
            case .tuple: return ScriptError.typeError("can only concatenate tuple (not \"\(b.typeName)\") to tuple")
            default: break
            }
        }
        if op == .mul {
            switch (a, b) {
            case (.str, _), (.list, _), (.tuple, _):
                return ScriptError.typeError("can't multiply sequence by non-int of type '\(b.typeName)'")
            case (_, .str), (_, .list), (_, .tuple):
                return ScriptError.typeError("can't multiply sequence by non-int of type '\(a.typeName)'")
            default: break
            }
        }
        let symbol = op == .pow ? "** or pow()" : op.symbol
        return ScriptError.typeError("unsupported operand type(s) for \(symbol): '\(a.typeName)' and '\(b.typeName)'")
    }

    /// Strings, lists, tuples, sets and dicts.
    func sequenceBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws(ScriptError) -> Value? {
        switch (op, a, b) {
        case (.add, .str(let x), .str(let y)):
            return .string(x.value + y.value)
        case (.add, .list(let x), .list(let y)):
            return .list(ListObject(x.items + y.items))
        case (.add, .tuple(let x), .tuple(let y)):
            return .tuple(x + y)
        case (.mul, .str(let s), _), (.mul, _, .str(let s)):
            guard let n = (a.isStr ? b : a).asSequenceCount else { return nil }
            return .string(try repeatString(s.value, n))
        case (.mul, .list(let l), _), (.mul, _, .list(let l)):
            guard let n = (a.isList ? b : a).asSequenceCount else { return nil }
            return .list(ListObject(try repeatItems(l.items, n)))
        case (.mul, .tuple(let t), _), (.mul, _, .tuple(let t)):
            guard let n = (a.isTuple ? b : a).asSequenceCount else { return nil }
            return .tuple(try repeatItems(t, n))
        case (.mod, .str(let s), _):
            return .string(try percentFormat(s.value, b))
        case (.or, .set(let x), .set(let y)), (.and, .set(let x), .set(let y)),
             (.sub, .set(let x), .set(let y)), (.xor, .set(let x), .set(let y)):
            return .set(try setOperation(op, x, y))
        case (.or, .dict(let x), .dict(let y)):
            let d = DictObject()
            for e in x.entries { try d.set(e.key, e.value, self) }
            for e in y.entries { try d.set(e.key, e.value, self) }
            return .dict(d)
        default:
            return nil
        }
    }

    func repeatString(_ s: String, _ n: Int) throws(ScriptError) -> String {
        if n <= 0 || s.isEmpty { return "" }
        if s.utf8.count.multipliedReportingOverflow(by: n).overflow || s.utf8.count * n > ScriptError.maximumItems {
            throw ScriptError.tooLarge("repeated string")
        }
        return String(repeating: s, count: n)
    }

    func repeatItems(_ items: [Value], _ n: Int) throws(ScriptError) -> [Value] {
        if n <= 0 || items.isEmpty { return [] }
        if items.count.multipliedReportingOverflow(by: n).overflow || items.count * n > ScriptError.maximumItems {
            throw ScriptError.tooLarge("repeated sequence")
        }
        var out: [Value] = []
        out.reserveCapacity(items.count * n)
        for _ in 0..<n { out.append(contentsOf: items) }
        return out
    }

    /// `|`, `&`, `-`, `^` on sets.
    func setOperation(_ op: BinaryOp, _ x: SetObject, _ y: SetObject) throws(ScriptError) -> SetObject {
        let r = SetObject()
        switch op {
        case .or:
            for v in x.elements { try r.add(v, self) }
            for v in y.elements { try r.add(v, self) }
        case .and:
            for v in x.elements where try y.contains(v, self) { try r.add(v, self) }
        case .sub:
            for v in x.elements where !(try y.contains(v, self)) { try r.add(v, self) }
        default:
            for v in x.elements where !(try y.contains(v, self)) { try r.add(v, self) }
            for v in y.elements where !(try x.contains(v, self)) { try r.add(v, self) }
        }
        return r
    }

    /// Native objects (hooks) and nn instances (special methods), left operand first.
    func objectBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws(ScriptError) -> Value? {
        if case .native(let n) = a {
            do { if let r = try n.binaryOp(op, b, reflected: false, self) { return r } } catch { throw convert(error) }
        }
        if case .instance(let i) = a, let r = try instanceBinary(i, a, "__\(op.dunder)__", b) { return r }
        if case .native(let n) = b {
            do { if let r = try n.binaryOp(op, a, reflected: true, self) { return r } } catch { throw convert(error) }
        }
        if case .instance(let i) = b, let r = try instanceBinary(i, b, "__r\(op.dunder)__", a) { return r }
        if case .instance(let i) = a, let native = i.native {
            do { if let r = try native.binaryOp(op, b, reflected: false, self) { return r } } catch { throw convert(error) }
        }
        return nil
    }

    /// Calls a special method if the class has it; nil when absent or it returned NotImplemented.
    func instanceBinary(_ inst: Instance, _ receiver: Value, _ name: String, _ other: Value) throws(ScriptError) -> Value? {
        guard let method = inst.cls.lookup(name) else { return nil }
        let r = try call(bindAttribute(method, to: receiver, owner: inst.cls), other)
        if case .type(let c) = r, c === NotImplementedType.type { return nil }
        return r
    }

    /// `a op= b`: in place for lists and objects that support it, else `a = a op b`.
    func inPlace(_ op: BinaryOp, _ a: Value, _ b: Value) throws(ScriptError) -> Value {
        switch (op, a) {
        case (.add, .list(let l)):
            l.items.append(contentsOf: try toArray(b))
            return a
        case (.mul, .list(let l)):
            guard let n = b.asSequenceCount else { break }
            l.items = try repeatItems(l.items, n)
            return a
        case (.or, .set(let s)):
            if case .set(let o) = b {
                for v in o.elements { try s.add(v, self) }
                return a
            }
        case (.or, .dict(let d)):
            if case .dict(let o) = b {
                for e in o.entries { try d.set(e.key, e.value, self) }
                return a
            }
        case (_, .native(let n)):
            do { if let r = try n.inPlaceOp(op, b, self) { return r } } catch { throw convert(error) }
        case (_, .instance(let i)):
            if let r = try instanceBinary(i, a, "__i\(op.dunder)__", b) { return r }
        default:
            break
        }
        return try binary(op, a, b)
    }

    /// `-a`, `+a`, `~a`.
    public func unary(_ op: UnaryOperator, _ a: Value) throws(ScriptError) -> Value {
        switch (op, a) {
        case (.negate, .int(let i)):
            if i == Int.min { throw ScriptError.intOverflow() }
            return .int(-i)
        case (.negate, .float(let d)): return .float(-d)
        case (.negate, .bool(let b)): return .int(b ? -1 : 0)
        case (.plus, .int), (.plus, .float): return a
        case (.plus, .bool(let b)): return .int(b ? 1 : 0)
        case (.invert, .int(let i)): return .int(~i)
        case (.invert, .bool(let b)): return .int(~(b ? 1 : 0))
        case (_, .native(let n)):
            do { if let r = try n.unaryOp(op, self) { return r } } catch { throw convert(error) }
        case (_, .instance(let i)):
            let name = op == .negate ? "__neg__" : op == .plus ? "__pos__" : "__invert__"
            if let m = i.cls.lookup(name) { return try call(bindAttribute(m, to: a, owner: i.cls)) }
            if let native = i.native {
                do { if let r = try native.unaryOp(op, self) { return r } } catch { throw convert(error) }
            }
        default: break
        }
        let symbol = op == .negate ? "-" : op == .plus ? "+" : "~"
        throw ScriptError.typeError("bad operand type for unary \(symbol): '\(a.typeName)'")
    }
}

/// The `NotImplemented` singleton, as a class object only identity matters for.
enum NotImplementedType {
    // Immutable after its thread-safe lazy initialisation.
    nonisolated(unsafe) static let type = ClassObject(name: "NotImplementedType", module: "builtins", kind: .builtin,
                                                      bases: [BuiltinTypes.shared.object])
}

extension Value {
    /// A bool as the int it equals; other values unchanged.
    var boolAsInt: Value {
        if case .bool(let b) = self { return .int(b ? 1 : 0) }
        return self
    }

    /// Whether the value is an int or a bool.
    var isIntLike: Bool {
        switch self {
        case .int, .bool: return true
        default: return false
        }
    }

    /// Ints, bools and floats as a double.
    var asNumber: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .float(let d): return d
        default: return nil
        }
    }

    /// A repeat count for `seq * n`: ints, bools, and `__index__` natives.
    var asSequenceCount: Int? {
        switch self {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .native(let n): return n.asIndex()
        default: return nil
        }
    }

    var isStr: Bool { if case .str = self { return true }; return false }
    var isList: Bool { if case .list = self { return true }; return false }
    var isTuple: Bool { if case .tuple = self { return true }; return false }
}
