import NNLang

/// The native part of a `toy.Module` instance: sub-modules and parameters in assignment
/// order, and the training flag. nn classes derive from `toy.Module`.
final class ToyModule: NativeObject {
    var children: [(String, Value)] = []
    var parameters: [(String, ToyTensor)] = []
    var training = true
    var initialized = false
    weak var owner: Instance?

    nonisolated(unsafe) static let type: ClassObject = {
        let c = ClassObject.native("Module", module: "toy", doc: "Base class of toy modules.")
        c.makeNative = { inst, _ in
            let m = ToyModule()
            m.owner = inst
            return m
        }
        c.method("__init__", "") { a, _ in
            try a.receiver(as: ToyModule.self, typeName: "Module").initialized = true
            return .none
        }
        c.method("__call__", "*args, **kwargs", doc: "Runs forward.") { a, rt in
            try rt.callMethod(a.receiver, "forward", Arguments(a.varArgs, keywords: a.varKeywords.map { (name: $0.0, value: $0.1) }))
        }
        c.method("parameters", "") { a, rt in
            .list(ListObject(try ToyModule.allParameters(a.receiver, rt).map { .native($0) }))
        }
        c.method("train", "mode=True") { a, _ in
            try a.receiver(as: ToyModule.self, typeName: "Module").training = try a.bool(0)
            return .none
        }
        c.method("eval", "") { a, _ in
            try a.receiver(as: ToyModule.self, typeName: "Module").training = false
            return .none
        }
        c.method("__repr__", "") { a, rt in
            let m = try a.receiver(as: ToyModule.self, typeName: "Module")
            var text = "\(a.receiver.typeName)("
            for (name, child) in m.children {
                let inner = try rt.repr(child).replacingOccurrences(of: "\n", with: "\n  ")
                text += "\n  (\(name)): \(inner)"
            }
            return .string(text + (m.children.isEmpty ? ")" : "\n)"))
        }
        return c
    }()

    override var nativeType: ClassObject { ToyModule.type }

    /// Parameters of a module value and its children, in registration order.
    static func allParameters(_ v: Value, _ rt: Runtime) throws -> [ToyTensor] {
        var out: [ToyTensor] = []
        if case .native(let n) = v, let lin = n as? ToyLinear { return [lin.weight] }
        guard case .instance(let inst) = v, let m = inst.native as? ToyModule else { return [] }
        out += m.parameters.map(\.1)
        for (_, child) in m.children { out += try allParameters(child, rt) }
        return out
    }

    override func setAttribute(_ name: String, _ value: Value, owner: Value, _ rt: Runtime) throws -> Bool {
        guard initialized else {
            throw ScriptError.attributeError("cannot assign module before Module.__init__() call")
        }
        switch value {
        case .native(let n) where n is ToyLinear:
            children.append((name, value))
            return true
        case .instance(let i) where i.native is ToyModule:
            children.append((name, value))
            return true
        case .native(let n):
            if let t = n as? ToyTensor {
                parameters.append((name, t))
                return true
            }
            return false
        default:
            return false
        }
    }

    override func getAttribute(_ name: String, owner: Value, _ rt: Runtime) throws -> Value? {
        if name == "training" { return .bool(training) }
        if let c = children.first(where: { $0.0 == name }) { return c.1 }
        if let p = parameters.first(where: { $0.0 == name }) { return .native(p.1) }
        return nil
    }

    override var dynamicAttributeNames: [String] { children.map(\.0) + parameters.map(\.0) + ["training"] }
}

/// `toy.Linear(n_in, n_out)`: a native module (not subclassable) with one weight tensor.
final class ToyLinear: NativeObject {
    let nIn: Int, nOut: Int
    let weight: ToyTensor

    init(_ nIn: Int, _ nOut: Int) {
        self.nIn = nIn
        self.nOut = nOut
        weight = ToyTensor((0..<(nIn * nOut)).map { Double($0 % 3) / 10 })
    }

    nonisolated(unsafe) static let type: ClassObject = {
        let c = ClassObject.native("Linear", module: "toy", base: ToyModule.type, doc: "y = W x")
        c.subclassable = false
        c.constructor = BuiltinFunction("Linear", "in_features, out_features") { a, _ in
            .native(ToyLinear(try a.int(0), try a.int(1)))
        }
        return c
    }()

    override var nativeType: ClassObject { ToyLinear.type }

    override var isCallable: Bool { true }

    override func call(_ args: Arguments, owner: Value, _ rt: Runtime) throws -> Value {
        guard case .native(let n)? = args.positional.first, let x = n as? ToyTensor, x.data.count == nIn else {
            throw ScriptError.shapeError("Linear expects \(nIn) inputs")
        }
        let out = (0..<nOut).map { o in (0..<nIn).map { i in weight.data[o * nIn + i] * x.data[i] }.reduce(0, +) }
        return .native(ToyTensor(out))
    }

    override func repr(_ rt: Runtime) throws -> String {
        "Linear(in_features=\(nIn), out_features=\(nOut), bias=False)"
    }
}
