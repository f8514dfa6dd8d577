import Foundation

/// Text for `help(x)` and the REPL's `?name`: a signature line and the documentation.
extension Runtime {
    /// The help text of a value: its signature line and documentation, a class's
    /// constructor and attributes, a module's contents.
    public func helpText(for value: Value) -> String {
        switch value {
        case .ellipsis:
            return "Type help(object) to see the signature and documentation of a function, class or module."
        case .builtin(let b):
            return "\(b.qualifiedName)(\(b.signature.text))" + docBlock(b.doc)
        case .function(let f):
            return "\(f.qualifiedName)(\(f.signatureText))" + docBlock(f.doc ?? "")
        case .method(let m):
            return helpText(for: m.function)
        case .type(let c):
            var text = "class \(c.qualifiedName)"
            if let base = c.bases.first, base !== BuiltinTypes.shared.object { text += "(\(base.qualifiedName))" }
            if let ctor = c.constructor { text += "\n    \(c.name)(\(ctor.signature.text))" }
            else if case .function(let initFn)? = c.lookup("__init__") {
                text += "\n    \(c.name)(\(initFn.signatureText.split(separator: ",").dropFirst().joined(separator: ",").trimmingCharacters(in: .whitespaces)))"
            }
            text += docBlock(c.doc ?? "")
            let methods = c.attributeNames.filter { !$0.hasPrefix("_") }
            if !methods.isEmpty { text += "\n\n    Attributes: " + methods.joined(separator: ", ") }
            return text
        case .module(let m):
            var text = "module \(m.name)" + docBlock(m.doc)
            let names = m.attributeNames.filter { !$0.hasPrefix("_") }
            if !names.isEmpty { text += "\n\n    Contents: " + names.joined(separator: ", ") }
            return text
        default:
            return helpText(for: .type(value.type))
        }
    }

    func docBlock(_ doc: String) -> String {
        let trimmed = doc.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return "" }
        return "\n    " + trimmed.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n    ")
    }
}

/// Writes to standard error.
enum FileError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
