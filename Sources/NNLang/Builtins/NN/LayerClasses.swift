import NN

/// The built-in layer classes of `torch.nn` (`nn.Linear`, `nn.ReLU`, `nn.CrossEntropyLoss`,
/// `nn.Sequential`…): native subclasses of `nn.Module` whose constructors take PyTorch's
/// arguments and make the library module.
enum LayerClasses {
    /// What a constructor makes from its bound arguments: the module, and the values of the
    /// modules it was built from (containers keep them alive).
    typealias Make = (BoundArguments, Runtime) throws -> (Module, [(String, Value)])

    /// Every built-in layer class, by PyTorch's class name.
    nonisolated(unsafe) static let byName: [String: ClassObject] = {
        // Immutable after its thread-safe lazy initialisation.
        var table: [String: ClassObject] = [:]
        for c in layers() + activations() + losses() { table[c.name] = c }
        return table
    }()

    /// The class of a library module: its built-in class, or `nn.Module` for a module written
    /// in nn (whose instance has its own class).
    static func type(of module: Module) -> ClassObject {
        if module is ScriptModule { return ModuleClass.type }
        return byName[module.typeName] ?? ModuleClass.type
    }

    /// A layer class: `torch.nn.modules.<file>.<name>`, constructed from `parameters` (Python
    /// text) by `make`, not subclassable by scripts.
    static func layer(_ name: String, _ file: String, _ parameters: String, doc: String, _ make: @escaping Make) -> ClassObject {
        let c = ClassObject.native(name, module: "torch.nn.modules.\(file)", base: ModuleClass.type, doc: doc)
        c.subclassable = false
        c.constructor = BuiltinFunction("\(name).__init__", parameters, doc: doc) { a, rt in
            let (module, children) = try TensorErrors.torch { try make(a, rt) }
            return rt.moduleValues.wrap(module, children: children)
        }
        return c
    }

    /// A layer class whose constructor makes one module from its arguments.
    static func simple(_ name: String, _ file: String, _ parameters: String, doc: String,
                       _ make: @escaping (BoundArguments) throws -> Module) -> ClassObject {
        layer(name, file, parameters, doc: doc) { a, _ in (try make(a), []) }
    }
}
