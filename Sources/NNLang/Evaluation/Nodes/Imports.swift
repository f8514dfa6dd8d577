/// `import a.b as c` and `from a.b import c as d`, resolved through `ModuleRegistry`.

/// `import a.b.c [as d], …`.
final class ImportNode: StmtNode {
    struct Item {
        let module: String
        let alias: String?
        let target: TargetNode
        let span: SourceSpan
    }

    let items: [Item]

    init(span: SourceSpan, items: [Item]) {
        self.items = items
        super.init(span: span)
    }

    override func exec(_ f: Frame) throws(ScriptError) -> Flow {
        let rt = f.rt
        for item in items {
            do {
                let module = try rt.importModule(item.module)
                if item.alias != nil {
                    try item.target.assign(.module(module), f)
                } else {
                    let top = String(item.module.split(separator: ".").first ?? "")
                    try item.target.assign(.module(try rt.importModule(top)), f)
                }
            } catch {
                throw error.locate(f.code.file, item.span)
            }
        }
        return .normal
    }
}

/// `from module import name [as alias], …` (no names: `import *`).
final class ImportFromNode: StmtNode {
    struct Item {
        let name: String
        let target: TargetNode
        let span: SourceSpan
    }

    let module: String
    let moduleSpan: SourceSpan
    let items: [Item]

    init(span: SourceSpan, module: String, moduleSpan: SourceSpan, items: [Item]) {
        self.module = module
        self.moduleSpan = moduleSpan
        self.items = items
        super.init(span: span)
    }

    override func exec(_ f: Frame) throws(ScriptError) -> Flow {
        let rt = f.rt
        let m: ModuleObject
        do { m = try rt.importModule(module) } catch { throw error.locate(f.code.file, moduleSpan) }
        if items.isEmpty {
            for name in m.attributeNames where !name.hasPrefix("_") {
                if let v = m.attribute(name) { rt.setGlobal(name, v) }
            }
            return .normal
        }
        for item in items {
            if let v = m.attribute(item.name) {
                try item.target.assign(v, f)
            } else if ModuleRegistry.modules["\(module).\(item.name)"] != nil {
                do { try item.target.assign(.module(try rt.importModule("\(module).\(item.name)")), f) } catch {
                    throw error.locate(f.code.file, item.span)
                }
            } else {
                let e = ScriptError.importError("cannot import name '\(item.name)' from '\(module)' (unknown location)")
                if let close = Suggestions.closest(to: item.name, in: m.attributeNames) { e.hint = "did you mean '\(close)'?" }
                throw e.locate(f.code.file, item.span)
            }
        }
        return .normal
    }
}

extension Runtime {
    /// The module called `name`, built on first import from the registry.
    public func importModule(_ name: String) throws(ScriptError) -> ModuleObject {
        if let m = modules[name] { return m }
        guard let spec = ModuleRegistry.modules[name] else {
            // Like Python: the first missing package of a dotted name is the one reported.
            let parts = name.split(separator: ".").map(String.init)
            var missing = name
            for i in 1...max(1, parts.count) {
                let prefix = parts.prefix(i).joined(separator: ".")
                if ModuleRegistry.modules[prefix] == nil { missing = prefix; break }
            }
            let e = ScriptError(BuiltinTypes.shared.moduleNotFoundError, "No module named '\(missing)'")
            if let advice = ModuleRegistry.advice(for: name) {
                e.hint = advice
            } else if let close = Suggestions.closest(to: name, in: ModuleRegistry.modules.keys.sorted()) {
                e.hint = "did you mean '\(close)'?"
            }
            throw e
        }
        let m = ModuleObject(name: name, doc: spec.doc)
        modules[name] = m
        do {
            try spec.register(m, self)
        } catch {
            modules[name] = nil
            throw convert(error)
        }
        // Submodules already registered become attributes (`torch.nn` on `torch`).
        let prefix = name + "."
        for sub in ModuleRegistry.modules.keys where sub.hasPrefix(prefix) && !sub.dropFirst(prefix.count).contains(".") {
            let attr = String(sub.dropFirst(prefix.count))
            if m.attribute(attr) == nil, let subModule = try? importModule(sub) { m.define(attr, .module(subModule)) }
        }
        return m
    }
}
