import NN
import NNAutograd

/// The `params` argument of an optimizer (an iterable of tensors, or of dicts with a
/// `'params'` entry and per-group options) and hyperparameters as script values.
enum ParamGroups {
    /// The groups `params` describes: one group of tensors, or one group per dict.
    static func specs(_ params: Value, _ rt: Runtime) throws -> [ParamGroupSpec] {
        if let v = params.torchVariable {
            throw ScriptError.typeError("params argument given to the optimizer should be an iterable of Tensors or dicts, but got \(ModuleAssignment.torchTypeName(.tensor(v)))")
        }
        if case .dict = params {
            throw ScriptError.typeError("params argument given to the optimizer should be an iterable of Tensors or dicts, but got dict")
        }
        let items = try rt.toArray(params)
        if items.isEmpty { return [] }
        if items.allSatisfy({ if case .dict = $0 { return true } else { return false } }) {
            return try items.map { item in
                guard case .dict(let d) = item else { return ParamGroupSpec(params: []) }
                return try spec(d, rt)
            }
        }
        return [ParamGroupSpec(params: try tensors(items))]
    }

    /// One group from a dict: `'params'` (a tensor or an iterable of them) and options.
    static func spec(_ d: DictObject, _ rt: Runtime) throws -> ParamGroupSpec {
        guard let p = d.getString("params") else {
            throw ScriptError.keyError(.string("params"))
        }
        let params = try p.torchVariable.map { [$0] } ?? tensors(rt.toArray(p))
        var options: [(String, Hyperparameter)] = []
        for (k, v) in d.entries {
            guard case .str(let key) = k, key.value != "params" else { continue }
            guard let h = hyperparameter(v) else {
                throw ScriptError.typeError("nn's optimizers take numbers, booleans, pairs of numbers or None as options; '\(key.value)' is \(v.typeName)")
            }
            options.append((key.value, h))
        }
        return ParamGroupSpec(params: params, options: options)
    }

    /// The tensors of a parameter list; anything else is PyTorch's TypeError.
    static func tensors(_ items: [Value]) throws -> [Variable] {
        try items.map { item in
            guard let v = item.torchVariable else {
                throw ScriptError.typeError("optimizer can only optimize Tensors, but one of the params is \(item.type.qualifiedName)")
            }
            return v
        }
    }

    /// A hyperparameter as a script value: `0.001`, `0`, `True`, `(0.9, 0.999)`, `None`.
    static func value(_ h: Hyperparameter) -> Value {
        switch h {
        case .number(let n): return number(n)
        case .bool(let b): return .bool(b)
        case .pair(let a, let b): return .tuple([number(a), number(b)])
        case .none: return .none
        }
    }

    /// A script value as a hyperparameter, or nil when it is none of the kinds optimizers keep.
    static func hyperparameter(_ v: Value) -> Hyperparameter? {
        switch v {
        case .none: return Hyperparameter.none
        case .bool(let b): return .bool(b)
        case .int(let i): return .number(.int(i))
        case .float(let d): return .number(.float(d))
        case .tuple(let items) where items.count == 2:
            guard let a = numberOf(items[0]), let b = numberOf(items[1]) else { return nil }
            return .pair(a, b)
        case .list(let l) where l.items.count == 2:
            guard let a = numberOf(l.items[0]), let b = numberOf(l.items[1]) else { return nil }
            return .pair(a, b)
        default:
            return v.asDouble.map { .number(.float($0)) }
        }
    }

    private static func numberOf(_ v: Value) -> NN.Number? {
        switch v {
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        default: return v.asDouble.map { .float($0) }
        }
    }

    private static func number(_ n: NN.Number) -> Value {
        switch n {
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        }
    }
}
