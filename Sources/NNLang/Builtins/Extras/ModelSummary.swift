import NN

/// `summary(model)`: a table of a model's layers and their parameter counts, with totals,
/// in the spirit of Keras's `model.summary()` and torchinfo's table.
///
/// Every submodule gets a row, indented by depth, named by its attribute path as
/// `named_modules()` gives it. A row counts the parameters the module holds itself plus
/// those of its children, so a container's row is the sum of its rows below. Output shapes
/// are not shown: they depend on an input, and nn's modules run without forward hooks.
enum ModelSummary {
    static func render(_ model: Module) -> String {
        var rows: [(layer: String, count: Int)] = []
        let top = model.namedModules()
        for (name, module) in top where !name.isEmpty {
            let depth = name.split(separator: ".").count - 1
            let indent = String(repeating: "  ", count: depth)
            rows.append(("\(indent)\(name) (\(module.typeName))", module.parameterCount()))
        }
        let own = model.parameters(recurse: false).reduce(0) { $0 + $1.count }
        if own > 0 { rows.insert(("(own parameters of \(model.typeName))", own), at: 0) }

        let total = model.parameterCount()
        let trainable = model.parameterCount(trainableOnly: true)
        let bytes = model.parameters().reduce(0) { $0 + $1.count * $1.dtype.itemSize }
        let countHeader = "Param #"
        let layerWidth = max(30, rows.map(\.layer.count).max() ?? 0, model.typeName.count)
        let countWidth = max(countHeader.count, rows.map { grouped($0.count).count }.max() ?? 0, grouped(total).count)
        let width = layerWidth + 2 + countWidth
        let rule = String(repeating: "=", count: width)

        func line(_ left: String, _ right: String) -> String {
            left.padding(toLength: layerWidth, withPad: " ", startingAt: 0) + "  "
                + String(repeating: " ", count: max(0, countWidth - right.count)) + right
        }
        var out = [model.typeName, rule, line("Layer (type)", countHeader), rule]
        if rows.isEmpty { out.append("(no layers)") }
        out += rows.map { line($0.layer, grouped($0.count)) }
        out += [
            rule,
            "Total params: \(grouped(total))",
            "Trainable params: \(grouped(trainable))",
            "Non-trainable params: \(grouped(total - trainable))",
            "Params size (MB): \(megabytes(bytes))",
            rule,
        ]
        return out.joined(separator: "\n") + "\n"
    }

    /// `567434` → `567,434` (Python's `format(n, ',')`).
    static func grouped(_ n: Int) -> String {
        (try? PyFormat.format(int: n, spec: ",")) ?? String(n)
    }

    /// Bytes as megabytes with two decimals (2,269,736 → `2.16`).
    private static func megabytes(_ bytes: Int) -> String {
        (try? PyFormat.format(float: Double(bytes) / 1_048_576, spec: ".2f")) ?? String(Double(bytes) / 1_048_576)
    }
}
