/// PyTorch's module repr: `Name(extra)` on one line, or the extra lines and `(name): child`
/// lines indented by two spaces inside `Name(` … `)`.
extension Module: CustomStringConvertible {
    public var description: String { repr(depth: 0, path: []) }

    /// The repr of an optional child: `None`, or the module's repr indented to nest. A module
    /// that contains itself, or nesting deeper than 200 levels, prints `...` (PyTorch would
    /// overflow its recursion limit).
    static func reprOf(_ module: Module?, depth: Int, path: Set<ObjectIdentifier>) -> String {
        guard let module else { return "None" }
        if depth >= 200 || path.contains(ObjectIdentifier(module)) { return module.typeName + "(...)" }
        return indent(module.repr(depth: depth + 1, path: path), by: 2)
    }

    func repr(depth: Int, path: Set<ObjectIdentifier>) -> String {
        var inner = path
        inner.insert(ObjectIdentifier(self))
        let extra = extraRepr()
        let extraLines = extra.isEmpty ? [] : extra.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let children = childLines(depth: depth, path: inner)
        let lines = extraLines + children
        var s = typeName + "("
        if !lines.isEmpty {
            if extraLines.count == 1 && children.isEmpty {
                s += extraLines[0]
            } else {
                s += "\n  " + lines.joined(separator: "\n  ") + "\n"
            }
        }
        return s + ")"
    }

    /// PyTorch's `_addindent`: every line after the first indented by `n` spaces.
    static func indent(_ text: String, by n: Int) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count > 1 else { return text }
        let pad = String(repeating: " ", count: n)
        return ([String(lines[0])] + lines.dropFirst().map { pad + $0 }).joined(separator: "\n")
    }
}
