/// PyTorch's per-element formatter (`_Formatter`), set up from the elements shown.
///
/// For floats it looks only at the finite nonzero elements:
/// - integer mode when all of them are integral: `1.`, `-3.`;
/// - scientific mode (unless forced by `sciMode`) when the largest magnitude exceeds 1e8,
///   the smallest is below 1e-4, or their ratio exceeds 1e3 — computed in double precision;
/// - otherwise `precision` fixed digits.
/// Every element is right-aligned to the widest finite one.
struct TorchElementFormat {
    private let isFloat: Bool
    private let precision: Int
    private var integerMode = true
    private var scientific = false
    private(set) var width = 1

    /// Chooses the format from the elements a printer will show.
    init(_ array: some PrintableArray, visiting indices: [Int], options: TorchPrintOptions) {
        precision = max(options.precision, 0)
        switch array.printKind {
        case .int64, .bool:
            isFloat = false
            for index in indices {
                width = max(width, Self.plainText(array.printScalar(at: index)).utf8.count)
            }
        case .float32, .float64:
            isFloat = true
            let values = indices.map { array.printFloat(at: $0).doubleValue }
                .filter { $0.isFinite && $0 != 0 }
            guard !values.isEmpty else { return }
            integerMode = values.allSatisfy { $0 == $0.rounded(.up) }
            let magnitudes = values.map(\.magnitude)
            let largest = magnitudes.max() ?? 1
            let smallest = magnitudes.min() ?? 1
            scientific = options.sciMode
                ?? (largest / smallest > 1000 || largest > 1e8 || smallest < 1e-4)
            for value in values {
                let text: String
                if scientific {
                    text = PythonFloatFormat.exponential(value, precision: precision)
                } else if integerMode {
                    text = PythonFloatFormat.fixed(value, precision: 0) + "."
                } else {
                    text = PythonFloatFormat.fixed(value, precision: precision)
                }
                width = max(width, text.utf8.count)
            }
        }
    }

    /// Formats one element, right-aligned to the common width.
    func format(_ array: some PrintableArray, at flat: Int) -> String {
        let text: String
        if isFloat {
            let value = array.printFloat(at: flat).doubleValue
            if scientific {
                text = PythonFloatFormat.exponential(value, precision: precision)
            } else if integerMode {
                text = PythonFloatFormat.fixed(value, precision: 0) + (value.isFinite ? "." : "")
            } else {
                text = PythonFloatFormat.fixed(value, precision: precision)
            }
        } else {
            text = Self.plainText(array.printScalar(at: flat))
        }
        return String(repeating: " ", count: max(0, width - text.utf8.count)) + text
    }

    /// Python's `str` of an integer or boolean element.
    private static func plainText(_ scalar: PrintScalar) -> String {
        switch scalar {
        case .int64(let i): return String(i)
        case .bool(let b): return b ? "True" : "False"
        case .float32(let f): return PythonFloatFormat.repr(Double(f))
        case .float64(let d): return PythonFloatFormat.repr(d)
        }
    }
}
