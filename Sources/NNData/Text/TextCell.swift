import NNTensor

/// Converts the text of one cell to a number the way NumPy's text readers accept it.
enum TextCell {
    /// A float as Python's `float()` reads it: optional sign, digits with an optional point
    /// and exponent, or `nan` / `inf` / `infinity` in any case. No hex, no underscores.
    static func double(_ text: String) -> Double? {
        guard !text.isEmpty else { return nil }
        let lower = text.lowercased()
        let unsigned = lower.hasPrefix("+") || lower.hasPrefix("-") ? String(lower.dropFirst()) : lower
        if unsigned == "nan" || unsigned == "inf" || unsigned == "infinity" {
            let v: Double = unsigned == "nan" ? .nan : .infinity
            return lower.hasPrefix("-") && unsigned != "nan" ? -v : v
        }
        var sawDigit = false
        for b in unsigned.utf8 {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): sawDigit = true
            case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "+"), UInt8(ascii: "-"): break
            default: return nil
            }
        }
        return sawDigit ? Double(text) : nil
    }

    /// An integer with an optional sign, within int64.
    static func int64(_ text: String) -> Int64? { Int64(text) }

    /// A bool as NumPy's `loadtxt` reads it: an integer, true when nonzero.
    static func bool(_ text: String) -> Bool? { int64(text).map { $0 != 0 } }

    /// Appends the cell converted to `dtype` to the matching column store; false when the
    /// text does not convert.
    static func append(_ text: String, as dtype: DType, to store: inout TextColumns) -> Bool {
        switch dtype {
        case .float32, .float64:
            guard let v = double(text) else { return false }
            store.doubles.append(v)
        case .int64:
            guard let v = int64(text) else { return false }
            store.ints.append(v)
        case .bool:
            guard let v = bool(text) else { return false }
            store.bools.append(v)
        }
        return true
    }
}

/// The converted cells of a table, row-major, in the store for their dtype.
struct TextColumns {
    /// float32/float64 cells.
    var doubles: [Double] = []
    /// int64 cells.
    var ints: [Int64] = []
    /// bool cells.
    var bools: [Bool] = []

    /// The cells as a tensor of `shape` and `dtype`.
    func tensor(shape: [Int], dtype: DType) throws -> Tensor {
        switch dtype {
        case .float64: return try Tensor(doubles, shape: shape)
        case .float32: return try Tensor(doubles.map { Float($0) }, shape: shape)
        case .int64: return try Tensor(ints, shape: shape)
        case .bool: return try Tensor(bools, shape: shape)
        }
    }
}
