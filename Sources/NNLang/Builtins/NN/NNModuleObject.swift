import NN
import NNAutograd

/// A `torch.nn` module as an nn value: a built-in layer (`nn.Linear(2, 3)`, a `.native`
/// value), or the native part of an instance of a class written in nn (`class Net(nn.Module)`,
/// whose module is a `ScriptModule`).
///
/// Attribute assignment follows PyTorch's `Module.__setattr__`: Parameters and modules are
/// registered (in order), tensors assigned to buffer names replace the buffer, None keeps a
/// registered name as None. On an nn instance the value is also stored as an ordinary
/// attribute, so `self.fc1` reads it back directly and the instance keeps its children alive.
final class NNModuleObject: NativeObject {
    /// The library module.
    let module: Module
    /// Values of children registered through this object (containers made by constructors,
    /// `append`, `add_module` on a built-in layer), by registry name: they keep the nn
    /// instances of user-defined children alive as long as the container.
    var retained: [String: Value] = [:]
    /// Plain attributes scripts set on a built-in layer (`layer.name = "first"`).
    var extras: [String: Value] = [:]
    /// Whether `Module.__init__` ran (a module written in nn must call it before assigning
    /// layers); built-in layers are born initialised.
    var initialized: Bool

    init(_ module: Module) {
        self.module = module
        initialized = !(module is ScriptModule)
    }

    override var nativeType: ClassObject { LayerClasses.type(of: module) }

    // MARK: - Calling

    override var isCallable: Bool { true }

    override func call(_ args: Arguments, owner: Value, _ rt: Runtime) throws -> Value {
        try ModuleCalls.forward(self, args, rt)
    }

    // MARK: - Attributes

    override func getAttribute(_ name: String, owner: Value, _ rt: Runtime) throws -> Value? {
        if let v = extras[name] { return v }
        if let attribute = module.attribute(named: name) {
            switch attribute {
            case .parameter(let p), .buffer(let p): return p.map { .tensor($0) } ?? Value.none
            case .module(let m): return m.map { rt.moduleValues.value(for: $0) } ?? Value.none
            }
        }
        if name == "training" { return .bool(module.training) }
        return try LayerAttributes.get(module, name)
    }

    override var dynamicAttributeNames: [String] {
        module.attributeNames + ["training"] + LayerAttributes.names(of: module) + extras.keys.sorted()
    }

    override func setAttribute(_ name: String, _ value: Value, owner: Value, _ rt: Runtime) throws -> Bool {
        let registered = try ModuleAssignment.assign(self, name, value, rt)
        if case .instance = owner { return false }  // the instance stores the value too
        if registered {
            retained[name] = value
            extras[name] = nil
            return true
        }
        if LayerAttributes.names(of: module).contains(name) || name == "training" {
            throw ScriptError.attributeError("nn cannot change '\(name)' of \(module.typeName) after it is made; create a new layer instead")
        }
        extras[name] = value
        return true
    }

    override func deleteAttribute(_ name: String, owner: Value, _ rt: Runtime) throws -> Bool {
        let removed = module.removeAttribute(name)
        retained[name] = nil
        if case .instance = owner { return false }  // the instance deletes its own attribute
        if extras.removeValue(forKey: name) != nil { return true }
        return removed
    }

    // MARK: - Containers

    override func getItem(_ index: Index, _ rt: Runtime) throws -> Value {
        try ContainerAccess.getItem(self, index, rt)
    }

    override func setItem(_ index: Index, _ value: Value, _ rt: Runtime) throws {
        try ContainerAccess.setItem(self, index, value, rt)
    }

    override func length(_ rt: Runtime) throws -> Int? {
        try ContainerAccess.length(self)
    }

    override func makeIterator(_ rt: Runtime) throws -> IteratorObject? {
        try ContainerAccess.iterator(self, rt)
    }

    override func truth(_ rt: Runtime) throws -> Bool {
        // A container's truth is its length (Python's default); any other module is true.
        if let n = try ContainerAccess.length(self) { return n != 0 }
        return true
    }

    // MARK: - Display

    override func repr(_ rt: Runtime) throws -> String { module.description }
}
