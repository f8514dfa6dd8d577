/// Prints arrays and scalars exactly as NumPy 2.x does.
///
/// ```swift
/// NumPyFormatter.str(a)    // what print(a) writes:  [0.00669285 0.11920292 0.5       ]
/// NumPyFormatter.repr(a)   // what the REPL shows:   array([0.00669285, 0.11920292, 0.5       ])
/// NumPyFormatter.scalarStr(.float32(0.7310586))      // 0.7310586
/// ```
public enum NumPyFormatter {
    /// What `print(a)` / `str(a)` writes.
    public static func str(_ array: some PrintableArray, options: NumPyPrintOptions = .init()) -> String {
        let options = options.sanitized
        guard let geometry = PrintGeometry(array.printShape) else {
            return invalidShapeText(array.printShape)
        }
        if geometry.shape.isEmpty {
            return scalarStr(array.printScalar(at: 0))
        }
        if geometry.count == 0 { return "[]" }
        return body(array, geometry, options: options, separator: " ", prefix: "",
                    lineWidth: options.lineWidth)
    }

    /// What `repr(a)` writes: `array([...])` plus `shape=` and `dtype=` when the text alone
    /// would not tell them, moved to a new line when they would pass the line width.
    public static func repr(_ array: some PrintableArray, options: NumPyPrintOptions = .init()) -> String {
        let options = options.sanitized
        guard let geometry = PrintGeometry(array.printShape) else {
            return "array(" + invalidShapeText(array.printShape) + ")"
        }
        let prefix = "array("
        let list = geometry.count == 0
            ? "[]"
            : body(array, geometry, options: options, separator: ", ", prefix: prefix,
                   lineWidth: options.lineWidth - 1)

        var extras: [String] = []
        if (geometry.count == 0 && geometry.shape != [0]) || geometry.count > options.threshold {
            extras.append("shape=" + PrintGeometry.tupleText(geometry.shape))
        }
        if array.printKind == .float32 || geometry.count == 0 {
            extras.append("dtype=" + dtypeName(array.printKind))
        }
        guard !extras.isEmpty else { return prefix + list + ")" }

        let head = prefix + list + ","
        let tail = extras.joined(separator: ", ") + ")"
        let lastLine = head.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
        let fits = lastLine.unicodeScalars.count + tail.unicodeScalars.count + 1 <= options.lineWidth
        return head + (fits ? " " : "\n" + String(repeating: " ", count: prefix.count)) + tail
    }

    /// What `str(x)` writes for a NumPy scalar (an element taken out of an array): the
    /// shortest digits that read back as the same value, `1.0` for integral floats,
    /// scientific notation below 1e-4 and from 1e16 (1e6 for float32).
    public static func scalarStr(_ scalar: PrintScalar) -> String {
        switch scalar {
        case .float32(let f): return floatScalarText(.float32(f), positionalLimit: 1e6)
        case .float64(let d): return floatScalarText(.float64(d), positionalLimit: 1e16)
        case .int64(let i): return String(i)
        case .bool(let b): return b ? "True" : "False"
        }
    }

    /// What `repr(x)` writes for a NumPy scalar: `np.float64(0.5)`, `np.float32(0.7310586)`,
    /// `np.int64(3)`, `np.True_`.
    public static func scalarRepr(_ scalar: PrintScalar) -> String {
        switch scalar {
        case .float32: return "np.float32(" + scalarStr(scalar) + ")"
        case .float64: return "np.float64(" + scalarStr(scalar) + ")"
        case .int64: return "np.int64(" + scalarStr(scalar) + ")"
        case .bool(let b): return b ? "np.True_" : "np.False_"
        }
    }

    /// NumPy's dtype name for a kind, as `dtype=` shows it.
    public static func dtypeName(_ kind: PrintKind) -> String {
        switch kind {
        case .float32: return "float32"
        case .float64: return "float64"
        case .int64: return "int64"
        case .bool: return "bool"
        }
    }

    /// The bracketed text of a non-empty array (0-d arrays give their element alone).
    private static func body(
        _ array: some PrintableArray, _ geometry: PrintGeometry, options: NumPyPrintOptions,
        separator: String, prefix: String, lineWidth: Int
    ) -> String {
        let summarising = geometry.count > options.threshold
        let edgeItems = max(options.edgeItems, 0)
        let visited = geometry.visitedIndices(summarising: summarising, edgeItems: edgeItems)
        let format = NumPyElementFormat(array, visiting: visited, options: options)
        let layout = NumPyLayout(
            geometry: geometry, summarising: summarising, edgeItems: edgeItems,
            separator: separator, element: { format.format(array, at: $0) })
        return layout.render(lineWidth: lineWidth,
                             indent: String(repeating: " ", count: 1 + prefix.count))
    }

    private static func floatScalarText(_ value: PrintFloat, positionalLimit: Double) -> String {
        let magnitude = value.doubleValue.magnitude
        var style = FloatTextStyle()
        if value.isNaN || magnitude == 0 || (magnitude < positionalLimit && magnitude >= 1e-4) {
            style.trim = .leaveOneZero
            return FloatTextFormatter.positional(value, style)
        }
        style.trim = .zerosAndPoint
        return FloatTextFormatter.scientific(value, style)
    }

    private static func invalidShapeText(_ shape: [Int]) -> String {
        "<array with invalid shape \(shape)>"
    }
}
