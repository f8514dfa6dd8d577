import NN

/// The script value of each library module, per session: the nn instance for a module
/// written in nn, else one `NNModuleObject` per module for as long as anything holds it, so
/// `model[0] is model[0]` and attributes set on a layer last as they do in PyTorch.
final class ModuleValues {
    /// A wrapper that does not keep its module's value alive.
    private final class WeakWrapper {
        weak var object: NNModuleObject?
        init(_ object: NNModuleObject) { self.object = object }
    }

    private var wrappers: [ObjectIdentifier: WeakWrapper] = [:]
    /// Table size at which entries of dropped wrappers are swept.
    private var sweepAt = 256

    /// The value scripts see for `module`.
    func value(for module: Module) -> Value {
        if let script = module as? ScriptModule, let instance = script.instance { return .instance(instance) }
        if let existing = wrappers[ObjectIdentifier(module)]?.object, existing.module === module { return .native(existing) }
        return .native(remember(NNModuleObject(module)))
    }

    /// The wrapper of a module just made by a constructor, keeping `children` (the values of
    /// the modules it was built from) alive with it.
    func wrap(_ module: Module, children: [(String, Value)] = []) -> Value {
        let object = NNModuleObject(module)
        for (name, v) in children { object.retained[name] = v }
        return .native(remember(object))
    }

    private func remember(_ object: NNModuleObject) -> NNModuleObject {
        if wrappers.count >= sweepAt {
            wrappers = wrappers.filter { $0.value.object != nil }
            sweepAt = max(256, wrappers.count * 2)
        }
        wrappers[ObjectIdentifier(object.module)] = WeakWrapper(object)
        return object
    }
}

extension Runtime {
    /// The module values of this session.
    var moduleValues: ModuleValues { bindingState(ModuleValues.self) { ModuleValues() } }
}
