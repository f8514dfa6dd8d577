/// The per-element formatter NumPy picks for an array's kind, set up from the elements shown.
enum NumPyElementFormat {
    /// Floats: see `NumPyFloatFormat`.
    case float(NumPyFloatFormat)
    /// Integers, right-aligned to the widest of the largest and smallest value.
    case integer(width: Int, sign: NumPyPrintOptions.Sign)
    /// Booleans: `' True'` and `'False'` line up; a 0-d array prints a bare `True`.
    case bool(padTrue: Bool)

    /// Chooses the format from the elements a printer will show.
    init(_ array: some PrintableArray, visiting indices: [Int], options: NumPyPrintOptions) {
        switch array.printKind {
        case .float32, .float64:
            self = .float(NumPyFloatFormat(indices.map { array.printFloat(at: $0) }, options: options))
        case .int64:
            var sign = options.sign
            var width = 0
            if let first = indices.first {
                var largest = array.printInt64(at: first)
                var smallest = largest
                for index in indices.dropFirst() {
                    let v = array.printInt64(at: index)
                    largest = max(largest, v)
                    smallest = min(smallest, v)
                }
                if sign == .space && smallest < 0 { sign = .minus }
                var largestWidth = String(largest).utf8.count
                if largest >= 0 && sign != .minus { largestWidth += 1 }
                width = max(largestWidth, String(smallest).utf8.count)
            }
            self = .integer(width: width, sign: sign)
        case .bool:
            self = .bool(padTrue: !array.printShape.isEmpty)
        }
    }

    /// Formats the element at a flat index.
    func format(_ array: some PrintableArray, at flat: Int) -> String {
        switch self {
        case .float(let format):
            return format.format(array.printFloat(at: flat))
        case .integer(let width, let sign):
            let value = array.printInt64(at: flat)
            var text = String(value)
            if value >= 0 {
                if sign == .plus { text = "+" + text } else if sign == .space { text = " " + text }
            }
            return String(repeating: " ", count: max(0, width - text.utf8.count)) + text
        case .bool(let padTrue):
            return array.printBool(at: flat) ? (padTrue ? " True" : "True") : "False"
        }
    }
}
