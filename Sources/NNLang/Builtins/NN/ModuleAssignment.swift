import NN
import NNAutograd

/// PyTorch's `Module.__setattr__`: which assignments to a module's attributes register
/// something, and the errors for those that cannot.
enum ModuleAssignment {
    /// Registers `value` as `name` when it is a Parameter or a module, or when `name` is
    /// already a registered parameter, buffer or child; returns false for a plain attribute.
    static func assign(_ object: NNModuleObject, _ name: String, _ value: Value, _ rt: Runtime) throws -> Bool {
        let m = object.module
        if let p = value.torchVariable, p.isParameter {
            guard object.initialized else {
                throw ScriptError.attributeError("cannot assign parameters before Module.__init__() call")
            }
            try m.registerParameter(name, p)
            return true
        }
        if let child = module(of: value) {
            guard object.initialized else {
                throw ScriptError.attributeError("cannot assign module before Module.__init__() call")
            }
            try m.registerModule(name, child)
            return true
        }
        switch m.attribute(named: name) {
        case .parameter?:
            guard value.isNone else {
                throw ScriptError.typeError("cannot assign '\(torchTypeName(value))' as parameter '\(name)' (torch.nn.Parameter or None expected)")
            }
            try m.registerParameter(name, nil)
        case .module?:
            guard value.isNone else {
                throw ScriptError.typeError("cannot assign '\(torchTypeName(value))' as child module '\(name)' (torch.nn.Module or None expected)")
            }
            try m.registerModule(name, nil)
        case .buffer?:
            if value.isNone {
                try m.registerBuffer(name, nil)
            } else if let t = value.torchVariable {
                try m.registerBuffer(name, t)
            } else {
                throw ScriptError.typeError("cannot assign '\(torchTypeName(value))' as buffer '\(name)' (torch.Tensor or None expected)")
            }
        case nil:
            return false
        }
        return true
    }

    /// The library module of a module value (a built-in layer or an nn instance), else nil.
    static func module(of value: Value) -> Module? {
        switch value {
        case .native(let n as NNModuleObject): return n.module
        case .instance(let i): return (i.native as? NNModuleObject)?.module
        default: return nil
        }
    }

    /// `torch.typename(value)`: `torch.FloatTensor` for a float32 tensor, else the type name.
    static func torchTypeName(_ value: Value) -> String {
        if let v = value.torchVariable { return "torch.\(v.dtype.torchScalarTypeName)Tensor" }
        return value.typeName
    }
}
