import NN
import NNAutograd

/// The class `nn.Module`: the base of every built-in layer and of the models scripts write
/// (`class Net(nn.Module)`), with PyTorch's methods.
enum ModuleClass {
    /// `torch.nn.Module`.
    nonisolated(unsafe) static let type: ClassObject = {
        // Immutable after its thread-safe lazy initialisation.
        let c = ClassObject.native("Module", module: "torch.nn.modules.module",
                                   doc: "Base class for all neural network modules; subclass it and define forward().")
        c.makeNative = { instance, rt in
            NNModuleObject(ScriptModule(instance: instance, runtime: rt))
        }
        registerCalls(c)
        ModuleMethods.registerTraversal(c)
        ModuleMethods.registerState(c)
        ModuleMethods.registerConversion(c)
        ModuleMethods.registerRegistration(c)
        return c
    }()

    /// The module object of a method's receiver.
    static func receiver(_ a: BoundArguments) throws(ScriptError) -> NNModuleObject {
        try a.receiver(as: NNModuleObject.self, typeName: "Module")
    }

    private static func registerCalls(_ c: ClassObject) {
        c.method("__init__", "*args, **kwargs", doc: "Initialises the module's registries; call it first in a subclass's __init__.") { a, _ in
            let object = try receiver(a)
            if object.module is ScriptModule, a.varArgCount > 0 || !a.varKeywords.isEmpty {
                let given = a.varArgCount > 0 ? "positional" : "keyword"
                throw ScriptError.typeError("Module.__init__() takes no \(given) arguments; pass them to your own __init__")
            }
            object.initialized = true
            return .none
        }
        c.method("__call__", "*args, **kwargs", doc: "Runs forward() on the arguments.") { a, rt in
            let object = try receiver(a)
            if case .instance = a.receiver {
                guard object.initialized else {
                    throw ScriptError.attributeError("'\(a.receiver.typeName)' object has no attribute '_modules' (call super().__init__() in __init__)")
                }
                return try rt.callMethod(a.receiver, "forward", Arguments(a.varArgs, keywords: a.varKeywords.map { (name: $0.0, value: $0.1) }))
            }
            return try ModuleCalls.forward(object, Arguments(a.varArgs, keywords: a.varKeywords.map { (name: $0.0, value: $0.1) }), rt)
        }
        c.method("forward", "*args, **kwargs", doc: "The module's computation (defined by each layer, or by a subclass).") { a, rt in
            let object = try receiver(a)
            return try ModuleCalls.forward(object, Arguments(a.varArgs, keywords: a.varKeywords.map { (name: $0.0, value: $0.1) }), rt)
        }
        c.method("extra_repr", "", doc: "The text inside the parentheses of the module's repr.") { a, _ in
            .string(try receiver(a).module.extraRepr())
        }
    }
}
