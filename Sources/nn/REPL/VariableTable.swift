import NNLang

/// The `:vars` listing: each user variable (modules left out) with its type and a short
/// description — shape and dtype for arrays and tensors, the length of containers, the
/// value of numbers and short strings, the signature of functions. Nothing written in nn
/// runs to make it (no `__repr__`, no properties).
struct VariableTable {
    /// The session listed.
    let interpreter: Interpreter
    /// The widest description kept before it is cut with `…`.
    var maxDescription = 60

    /// One row: name, type, description.
    struct Row: Equatable {
        let name: String
        let type: String
        let description: String
    }

    /// The rows, in definition order.
    var rows: [Row] {
        let rt = interpreter.runtime
        return rt.globalNames.compactMap { name in
            guard let value = rt.global(name) else { return nil }
            if case .module = value { return nil }
            return Row(name: name, type: value.typeName, description: describe(value))
        }
    }

    /// The table as text (a note when there are no variables).
    func render() -> String {
        let rows = self.rows
        if rows.isEmpty { return "No variables defined.\n" }
        let nameWidth = max(4, rows.map { $0.name.count }.max() ?? 0)
        let typeWidth = max(4, rows.map { $0.type.count }.max() ?? 0)
        func line(_ a: String, _ b: String, _ c: String) -> String {
            (a.padding(nameWidth) + "  " + b.padding(typeWidth) + "  " + c).trimmingTrailingSpaces() + "\n"
        }
        return line("Name", "Type", "Value") + rows.map { line($0.name, $0.type, $0.description) }.joined()
    }

    /// The description of one value.
    func describe(_ value: Value) -> String {
        let rt = interpreter.runtime
        switch value {
        case .none, .bool, .int, .float, .str, .range, .slice, .ellipsis:
            return cut((try? rt.repr(value)) ?? "")
        case .list, .tuple, .dict, .set:
            return (try? rt.length(value)).map { "len \($0)" } ?? ""
        case .function, .builtin, .type:
            return cut(rt.helpText(for: value).split(separator: "\n").first.map(String.init) ?? "")
        case .native, .instance:
            return arrayDescription(value) ?? ""
        default:
            return ""
        }
    }

    /// `shape (3, 4) float64` for a value with native `shape` and `dtype` attributes.
    func arrayDescription(_ value: Value) -> String? {
        guard let shape = interpreter.peekAttribute(value, "shape"), let sizes = dimensions(shape) else { return nil }
        var text = "shape (" + sizes.map(String.init).joined(separator: ", ") + (sizes.count == 1 ? ",)" : ")")
        if let dtype = interpreter.peekAttribute(value, "dtype"), let name = plainText(dtype) { text += " " + name }
        return text
    }

    /// The sizes of a shape: a tuple of ints, or a native shape object (`torch.Size`) whose
    /// text lists them.
    private func dimensions(_ shape: Value) -> [Int]? {
        if case .tuple(let items) = shape {
            var sizes: [Int] = []
            for item in items {
                guard case .int(let n) = item else { return nil }
                sizes.append(n)
            }
            return sizes
        }
        guard let text = plainText(shape), let open = text.firstIndex(of: "["), let close = text.lastIndex(of: "]"),
              open < close else { return nil }
        let inner = text[text.index(after: open)..<close]
        if inner.allSatisfy({ $0 == " " }) { return [] }
        let parts = inner.split(separator: ",").map { Int($0.filter { $0 != " " }) }
        return parts.allSatisfy { $0 != nil } ? parts.compactMap { $0 } : nil
    }

    /// `str(value)` for native objects and plain values (never nn code).
    private func plainText(_ value: Value) -> String? {
        switch value {
        case .native, .str, .int, .tuple: return try? interpreter.runtime.str(value)
        default: return nil
        }
    }

    private func cut(_ text: String) -> String {
        let firstLine = text.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        if firstLine.count <= maxDescription && firstLine.count == text.count { return text }
        return String(firstLine.prefix(maxDescription - 1)) + "…"
    }
}

extension String {
    /// The string padded with spaces to `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
