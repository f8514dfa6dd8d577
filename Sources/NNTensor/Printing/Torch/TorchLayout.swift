/// PyTorch's nested-bracket layout (`_tensor_str_with_formatter`): rows hold as many
/// equal-width elements as fit in the line width, continuation lines are indented under the
/// bracket, higher dimensions are separated by `,` and one newline per remaining dimension,
/// and summarised dimensions show `...`.
struct TorchLayout {
    let geometry: PrintGeometry
    let summarising: Bool
    let edgeItems: Int
    let lineWidth: Int
    /// The common width of every formatted element.
    let elementWidth: Int
    /// Formats the element at a flat index.
    let element: (Int) -> String

    /// Lays out the whole tensor; `indent` is the column of the opening bracket.
    func render(indent: Int) -> String {
        recurse(axis: 0, offset: 0, indent: indent)
    }

    private func recurse(axis: Int, offset: Int, indent: Int) -> String {
        let shape = geometry.shape
        let remaining = shape.count - axis
        if remaining == 0 { return element(offset) }
        let length = shape[axis]
        let step = geometry.strides[axis]
        let cut = summarising && PrintGeometry.isCut(length: length, edgeItems: edgeItems)

        if remaining == 1 {
            var items: [String]
            if summarising && edgeItems == 0 {
                items = ["..."]
            } else if cut {
                items = (0..<edgeItems).map { element(offset + $0 * step) }
                items.append(" ...")
                items += ((length - edgeItems)..<length).map { element(offset + $0 * step) }
            } else {
                items = (0..<length).map { element(offset + $0 * step) }
            }
            let perLine = max(1, floorDivide(lineWidth - indent, elementWidth + 2))
            var lines: [String] = []
            var start = 0
            while start < items.count {
                let end = min(start + perLine, items.count)
                lines.append(items[start..<end].joined(separator: ", "))
                start = end
            }
            let lineBreak = ",\n" + String(repeating: " ", count: indent + 1)
            return "[" + lines.joined(separator: lineBreak) + "]"
        }

        var slices: [String]
        if cut {
            slices = (0..<edgeItems).map { recurse(axis: axis + 1, offset: offset + $0 * step, indent: indent + 1) }
            slices.append("...")
            slices += ((length - edgeItems)..<length).map {
                recurse(axis: axis + 1, offset: offset + $0 * step, indent: indent + 1)
            }
        } else {
            slices = (0..<length).map { recurse(axis: axis + 1, offset: offset + $0 * step, indent: indent + 1) }
        }
        let separator = "," + String(repeating: "\n", count: remaining - 1)
            + String(repeating: " ", count: indent + 1)
        return "[" + slices.joined(separator: separator) + "]"
    }

    /// Python's `math.floor(a / b)` for a positive divisor.
    private func floorDivide(_ a: Int, _ b: Int) -> Int {
        guard b > 0 else { return 1 }
        let q = a / b
        return (a % b != 0 && a < 0) ? q - 1 : q
    }
}
