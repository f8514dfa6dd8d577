import NN
import NNAutograd
import NNTensor

extension ModuleMethods {
    /// `to`, `cpu`, `cuda`, `double`, `float`: every tensor is already on the CPU (the only
    /// device); dtype changes convert the floating-point parameters and buffers in place.
    static func registerConversion(_ c: ClassObject) {
        c.method("to", "*args, device=None, dtype=None, non_blocking=False",
                 doc: "Moves (nn: the CPU only) and/or converts the parameters; returns the module.") { a, _ in
            let m = try ModuleClass.receiver(a).module
            var dtype = try a.torchDType(1)
            try a.requireCPU(0)
            for v in a.varArgs {
                switch v {
                case .native(let d as TorchDTypeObject): dtype = try TorchDTypeObject.parse(.native(d), function: "to")
                case .native(let t as TensorObject): dtype = t.variable.dtype
                case .native(let d as DeviceObject): try d.requireCPU()
                case .str: try DeviceObject.parse(v).requireCPU()
                default: throw ScriptError.typeError("to() received an invalid combination of arguments - got (\(TensorArguments.typeName(v)))")
                }
            }
            if let dtype {
                guard dtype.isFloatingPoint else {
                    throw ScriptError.typeError("nn.Module.to only accepts floating point dtypes, but got desired dtype=\(dtype.torchName)")
                }
                try TensorErrors.torch { try m.convertFloatingPoint(to: dtype) }
            }
            return a.receiver
        }
        c.method("cpu", "", doc: "Returns the module (nn computes on the CPU).") { a, _ in a.receiver }
        c.method("cuda", "device=None", doc: "Raises: nn has no GPU.") { _, _ in
            try DeviceObject(kind: "cuda").requireCPU()
            return .none
        }
        c.method("double", "", doc: "Converts floating-point parameters and buffers to float64; returns the module.") { a, _ in
            try TensorErrors.torch { try ModuleClass.receiver(a).module.convertFloatingPoint(to: .float64) }
            return a.receiver
        }
        c.method("float", "", doc: "Converts floating-point parameters and buffers to float32; returns the module.") { a, _ in
            try TensorErrors.torch { try ModuleClass.receiver(a).module.convertFloatingPoint(to: .float32) }
            return a.receiver
        }
    }

    /// `add_module`, `register_module`, `register_parameter`, `register_buffer`,
    /// `get_submodule`, `get_parameter`.
    static func registerRegistration(_ c: ClassObject) {
        for name in ["add_module", "register_module"] {
            c.method(name, "name, module", doc: "Registers a sub-module under name (None registers None).") { a, rt in
                let object = try ModuleClass.receiver(a)
                let key = try a.string(0)
                let child = a.isNone(1) ? nil : try ContainerAccess.module(a[1])
                try TensorErrors.torch { try object.module.registerModule(key, child, strict: true) }
                store(object, a.receiver, key, a[1])
                return .none
            }
        }
        c.method("register_parameter", "name, param", doc: "Registers a Parameter (or None) under name.") { a, _ in
            let object = try ModuleClass.receiver(a)
            let key = try a.string(0)
            var p: Variable?
            if !a.isNone(1) {
                guard let v = a[1].torchVariable, v.isParameter else {
                    throw ScriptError.typeError("cannot assign '\(ModuleAssignment.torchTypeName(a[1]))' object to parameter '\(key)' (torch.nn.Parameter or None required)")
                }
                p = v
            }
            try TensorErrors.torch { try object.module.registerParameter(key, p, strict: true) }
            store(object, a.receiver, key, a[1])
            return .none
        }
        c.method("register_buffer", "name, tensor, persistent=True",
                 doc: "Registers a tensor that is saved in the state dict but not trained (running statistics).") { a, _ in
            let object = try ModuleClass.receiver(a)
            let key = try a.string(0)
            var t: Variable?
            if !a.isNone(1) {
                guard let v = a[1].torchVariable else {
                    throw ScriptError.typeError("cannot assign '\(ModuleAssignment.torchTypeName(a[1]))' object to buffer '\(key)' (torch Tensor or None required)")
                }
                t = v
            }
            try TensorErrors.torch { try object.module.registerBuffer(key, t, persistent: try a.bool(2), strict: true) }
            store(object, a.receiver, key, a[1])
            return .none
        }
        c.method("get_submodule", "target", doc: "The descendant at a dotted path ('' is the module itself).") { a, rt in
            let object = try ModuleClass.receiver(a)
            let target = try a.string(0)
            if target.isEmpty { return a.receiver }
            var m = object.module
            for part in target.split(separator: ".", omittingEmptySubsequences: false).map(String.init) {
                guard let next = m.child(named: part) else {
                    throw ScriptError.attributeError("\(m.typeName) has no attribute `\(part)`")
                }
                m = next
            }
            return rt.moduleValues.value(for: m)
        }
    }

    /// Keeps the value of a registered name where the script reads it back: the instance's
    /// own attribute for a module written in nn, the retained children of a built-in one.
    private static func store(_ object: NNModuleObject, _ receiver: Value, _ name: String, _ value: Value) {
        if case .instance(let inst) = receiver {
            inst.setAttribute(name, value)
        } else {
            object.retained[name] = value
        }
    }
}
