import NNAutograd
import NNTensor

/// What an attribute name of a module is bound to.
public enum ModuleAttribute {
    case parameter(Variable?)
    case buffer(Variable?)
    case module(Module?)
}

/// Registering and looking up parameters, buffers and children by attribute name.
extension Module {
    /// Binds `name` to a parameter (or None), as assigning an `nn.Parameter` to `self.name`
    /// does: a buffer or child of that name is replaced, an existing parameter keeps its
    /// position. With `strict` (PyTorch's explicit `register_parameter`), a name already used
    /// by a buffer or child is an error instead.
    public func registerParameter(_ name: String, _ parameter: Variable?, strict: Bool = false) throws {
        try checkName(name, kind: "parameter", strict: strict, ownedBy: parameterRegistry.contains(name))
        bufferRegistry.remove(name)
        nonPersistentBuffers.remove(name)
        moduleRegistry.remove(name)
        parameterRegistry.set(name, parameter)
    }

    /// Binds `name` to a buffer (a tensor saved in the state dict unless not `persistent`,
    /// but not trained), as `register_buffer` does.
    public func registerBuffer(_ name: String, _ buffer: Variable?, persistent: Bool = true, strict: Bool = false) throws {
        try checkName(name, kind: "buffer", strict: strict, ownedBy: bufferRegistry.contains(name))
        parameterRegistry.remove(name)
        moduleRegistry.remove(name)
        bufferRegistry.set(name, buffer)
        if persistent { nonPersistentBuffers.remove(name) } else { nonPersistentBuffers.insert(name) }
    }

    /// Binds `name` to a child module (or None), as assigning a module to `self.name` does.
    public func registerModule(_ name: String, _ module: Module?, strict: Bool = false) throws {
        try checkName(name, kind: "module", strict: strict, ownedBy: moduleRegistry.contains(name))
        parameterRegistry.remove(name)
        bufferRegistry.remove(name)
        nonPersistentBuffers.remove(name)
        moduleRegistry.set(name, module)
    }

    /// Unbinds `name` from whichever registry holds it (`del self.name`); false when none did.
    @discardableResult
    public func removeAttribute(_ name: String) -> Bool {
        nonPersistentBuffers.remove(name)
        return parameterRegistry.remove(name) || bufferRegistry.remove(name) || moduleRegistry.remove(name)
    }

    /// What `name` is bound to, or nil when it is no registered attribute.
    public func attribute(named name: String) -> ModuleAttribute? {
        if let p = parameterRegistry[name] { return .parameter(p) }
        if let b = bufferRegistry[name] { return .buffer(b) }
        if let m = moduleRegistry[name] { return .module(m) }
        return nil
    }

    /// The parameter registered as `name` (nil when absent or None).
    public func parameter(named name: String) -> Variable? { parameterRegistry[name] ?? nil }

    /// The buffer registered as `name` (nil when absent or None).
    public func buffer(named name: String) -> Variable? { bufferRegistry[name] ?? nil }

    /// The child registered as `name` (nil when absent or None).
    public func child(named name: String) -> Module? { moduleRegistry[name] ?? nil }

    /// The registered attribute names, parameters first, then buffers, then children.
    public var attributeNames: [String] { parameterRegistry.names + bufferRegistry.names + moduleRegistry.names }

    private func checkName(_ name: String, kind: String, strict: Bool, ownedBy sameKind: Bool) throws {
        if name.isEmpty { throw NNError.registrationName(kind: kind, name: name, reason: .empty) }
        if name.contains(".") { throw NNError.registrationName(kind: kind, name: name, reason: .containsDot) }
        if strict && !sameKind && attribute(named: name) != nil {
            throw NNError.registrationName(kind: kind, name: name, reason: .exists)
        }
    }
}
