/// Prints tensors exactly as PyTorch does (`str(t)` and `repr(t)` are the same text).
///
/// ```swift
/// TorchFormatter.repr(t)                                     // tensor([0.5000, 1.0000])
/// TorchFormatter.repr(loss, suffixes: ["grad_fn=<MeanBackward0>"])
///                                                            // tensor(0.3346, grad_fn=<MeanBackward0>)
/// TorchFormatter.sizeText([8, 4])                            // torch.Size([8, 4])
/// ```
public enum TorchFormatter {
    /// `repr(t)`: `tensor(...)` with PyTorch's `size=` and `dtype=` suffixes (float32, int64
    /// and bool are the defaults and not shown) followed by `suffixes` from the caller, such
    /// as `grad_fn=<AddBackward0>` or `requires_grad=True`. A suffix that would pass the
    /// line width starts a new line indented under the opening bracket.
    public static func repr(
        _ tensor: some PrintableArray, options: TorchPrintOptions = .init(), suffixes: [String] = []
    ) -> String {
        let options = options.sanitized
        let prefix = "tensor("
        let indent = prefix.count
        guard let geometry = PrintGeometry(tensor.printShape) else {
            return prefix + "<invalid shape \(tensor.printShape)>)"
        }
        var allSuffixes: [String] = []
        let body: String
        if geometry.count == 0 {
            if geometry.shape.count != 1 {
                allSuffixes.append("size=" + PrintGeometry.tupleText(geometry.shape))
            }
            if tensor.printKind != .float32 {
                allSuffixes.append("dtype=" + dtypeName(tensor.printKind))
            }
            body = "[]"
        } else {
            if options.edgeItems == 0 {
                allSuffixes.append("size=" + PrintGeometry.tupleText(geometry.shape))
            }
            if tensor.printKind == .float64 {
                allSuffixes.append("dtype=" + dtypeName(tensor.printKind))
            }
            body = contents(tensor, geometry, options: options, indent: indent)
        }
        allSuffixes += suffixes
        return appendSuffixes(to: prefix + body, allSuffixes, indent: indent, lineWidth: options.lineWidth)
    }

    /// `torch.Size([8, 4])`, what `t.shape` and `t.size()` show.
    public static func sizeText(_ dimensions: [Int]) -> String {
        "torch.Size([" + dimensions.map(String.init).joined(separator: ", ") + "])"
    }

    /// PyTorch's dtype spelling: `torch.float32`, `torch.float64`, `torch.int64`, `torch.bool`.
    public static func dtypeName(_ kind: PrintKind) -> String {
        switch kind {
        case .float32: return "torch.float32"
        case .float64: return "torch.float64"
        case .int64: return "torch.int64"
        case .bool: return "torch.bool"
        }
    }

    /// The bracketed elements of a non-empty tensor (a 0-d tensor gives its element alone).
    private static func contents(
        _ tensor: some PrintableArray, _ geometry: PrintGeometry, options: TorchPrintOptions,
        indent: Int
    ) -> String {
        let summarising = geometry.count > options.threshold
        let edgeItems = max(options.edgeItems, 0)
        // With no edge items a summary shows only `...`, so no element is ever read.
        let visited = summarising && edgeItems == 0 && !geometry.shape.isEmpty
            ? []
            : geometry.visitedIndices(summarising: summarising, edgeItems: edgeItems)
        let format = TorchElementFormat(tensor, visiting: visited, options: options)
        let layout = TorchLayout(
            geometry: geometry, summarising: summarising, edgeItems: edgeItems,
            lineWidth: options.lineWidth, elementWidth: format.width,
            element: { format.format(tensor, at: $0) })
        return layout.render(indent: indent)
    }

    /// PyTorch's `_add_suffixes`: `, suffix` on the same line while it fits, otherwise
    /// `,\n` and the indent. (PyTorch measures the last line two characters long when the
    /// text has no newline; that quirk is kept so wrapping matches.)
    private static func appendSuffixes(
        to text: String, _ suffixes: [String], indent: Int, lineWidth: Int
    ) -> String {
        var result = text
        let scalars = Array(text.unicodeScalars)
        let lastNewline = scalars.lastIndex(of: "\n") ?? -1
        var lastLineLength = scalars.count - lastNewline + 1
        for suffix in suffixes {
            let length = suffix.unicodeScalars.count
            if lastLineLength + length + 2 > lineWidth {
                result += ",\n" + String(repeating: " ", count: indent) + suffix
                lastLineLength = indent + length
            } else {
                result += ", " + suffix
                lastLineLength += length + 2
            }
        }
        return result + ")"
    }
}
