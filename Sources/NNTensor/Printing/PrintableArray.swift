/// The element type of an array being printed.
public enum PrintKind: Sendable, Equatable {
    /// 32-bit IEEE float (`np.float32`, `torch.float32`).
    case float32
    /// 64-bit IEEE float (`np.float64`, `torch.float64`).
    case float64
    /// 64-bit signed integer (`np.int64`, `torch.int64`).
    case int64
    /// Boolean (`np.bool_`, `torch.bool`).
    case bool
}

/// What the NumPy and PyTorch printers need from an array: its shape, its element kind and
/// random access to elements by logical row-major position.
///
/// The printers read only the elements they show: for an array past the summarisation
/// threshold that is the leading and trailing `edgeitems` of every axis, so printing a huge
/// tensor costs little. They call only the accessor that matches `printKind`.
public protocol PrintableArray {
    /// The dimensions; `[]` for a 0-d array (one element).
    var printShape: [Int] { get }
    /// The element type.
    var printKind: PrintKind { get }
    /// The element at a row-major position, for `.float64` arrays.
    func printDouble(at flat: Int) -> Double
    /// The element at a row-major position, for `.float32` arrays.
    func printFloat32(at flat: Int) -> Float
    /// The element at a row-major position, for `.int64` arrays.
    func printInt64(at flat: Int) -> Int64
    /// The element at a row-major position, for `.bool` arrays.
    func printBool(at flat: Int) -> Bool
}

/// One array element as the printers see it.
public enum PrintScalar: Sendable, Equatable {
    /// A float32 element.
    case float32(Float)
    /// A float64 element.
    case float64(Double)
    /// An int64 element.
    case int64(Int64)
    /// A boolean element.
    case bool(Bool)
}

extension PrintableArray {
    /// The element at a row-major position, whatever the kind.
    func printScalar(at flat: Int) -> PrintScalar {
        switch printKind {
        case .float32: return .float32(printFloat32(at: flat))
        case .float64: return .float64(printDouble(at: flat))
        case .int64: return .int64(printInt64(at: flat))
        case .bool: return .bool(printBool(at: flat))
        }
    }

    /// The float element at a row-major position (for float kinds), keeping its precision.
    func printFloat(at flat: Int) -> PrintFloat {
        printKind == .float32 ? .float32(printFloat32(at: flat)) : .float64(printDouble(at: flat))
    }
}
