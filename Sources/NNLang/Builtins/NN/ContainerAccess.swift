import NN

/// `nn.Sequential` and `nn.ModuleList` as sequences: `len`, iteration, `seq[i]`, `seq[1:3]`
/// (a new container sharing the children), `seq[i] = layer`, and `append` / `extend` /
/// `insert`.
enum ContainerAccess {
    /// The children's registry names in order, for a container; nil for other modules.
    static func names(_ m: Module) -> [String]? {
        guard m is Sequential || m is ModuleList else { return nil }
        return m.attributeNames
    }

    /// `len(container)`; nil for other modules (they have no length).
    static func length(_ object: NNModuleObject) throws -> Int? {
        names(object.module)?.count
    }

    /// The children's values in order.
    static func children(_ object: NNModuleObject, _ rt: Runtime) -> [Value] {
        (names(object.module) ?? []).compactMap { name in
            object.module.child(named: name).map { rt.moduleValues.value(for: $0) }
        }
    }

    static func iterator(_ object: NNModuleObject, _ rt: Runtime) throws -> IteratorObject? {
        guard names(object.module) != nil else { return nil }
        var items = children(object, rt)[...]
        return IteratorObject { _ in items.popFirst() }
    }

    static func getItem(_ object: NNModuleObject, _ index: Index, _ rt: Runtime) throws -> Value {
        let m = object.module
        guard let names = names(m) else {
            throw ScriptError.typeError("'\(m.typeName)' object is not subscriptable")
        }
        if index.items.count == 1, case .slice(let s) = index.raw {
            let (start, _, step, count) = try s.indices(length: names.count)
            let picked = (0..<count).compactMap { k in m.child(named: names[start + k * step]) }
            let made: Module = m is Sequential ? Sequential(picked) : ModuleList(picked)
            let values = picked.enumerated().map { (String($0.offset), rt.moduleValues.value(for: $0.element)) }
            return rt.moduleValues.wrap(made, children: values)
        }
        let name = try position(index, names, m.typeName)
        return m.child(named: name).map { rt.moduleValues.value(for: $0) } ?? .none
    }

    static func setItem(_ object: NNModuleObject, _ index: Index, _ value: Value, _ rt: Runtime) throws {
        let m = object.module
        guard let names = names(m) else {
            throw ScriptError.typeError("'\(m.typeName)' object does not support item assignment")
        }
        let name = try position(index, names, m.typeName)
        guard let child = ModuleAssignment.module(of: value) else {
            throw ScriptError.typeError("\(value.typeName) is not a Module subclass")
        }
        try m.registerModule(name, child)
        object.retained[name] = value
    }

    /// Adds `values` (modules) at the end of a container.
    static func append(_ object: NNModuleObject, _ values: [Value]) throws {
        let modules = try values.map(module)
        for (v, child) in zip(values, modules) {
            let name = String(names(object.module)?.count ?? 0)
            if let seq = object.module as? Sequential { seq.append(child) } else if let list = object.module as? ModuleList { list.append(child) }
            object.retained[name] = v
        }
    }

    /// Inserts a module at `index` (Sequential renumbers the children after it).
    static func insert(_ object: NNModuleObject, _ index: Int, _ value: Value, _ rt: Runtime) throws {
        guard let seq = object.module as? Sequential else {
            throw ScriptError.typeError("insert() needs an nn.Sequential")
        }
        let before = children(object, rt)
        try seq.insert(try module(value), at: index)
        var values = before
        let n = before.count
        let i = index < 0 ? max(0, index + n) : min(index, n)
        values.insert(value, at: i)
        object.retained = [:]
        for (k, v) in values.enumerated() { object.retained[String(k)] = v }
    }

    /// The module of `value`, or PyTorch's TypeError.
    static func module(_ value: Value) throws -> Module {
        guard let m = ModuleAssignment.module(of: value) else {
            throw ScriptError.typeError("\(value.typeName) is not a Module subclass")
        }
        return m
    }

    /// The registry name at an integer subscript (negative counts from the end).
    private static func position(_ index: Index, _ names: [String], _ typeName: String) throws -> String {
        guard index.items.count == 1, case .int(let i) = index.items[0] else {
            throw ScriptError.typeError("\(typeName) indices must be integers or slices, not \(index.raw.typeName)")
        }
        let k = i < 0 ? i + names.count : i
        guard k >= 0 && k < names.count else {
            throw ScriptError.indexError("index \(i) is out of range")
        }
        return names[k]
    }
}
