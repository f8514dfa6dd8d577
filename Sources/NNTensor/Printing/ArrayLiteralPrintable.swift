/// A plain printable array: a shape and its elements in row-major order.
///
/// Useful for tests and for printing values that are not tensors. The initialisers check
/// that the shape matches the element count and return `nil` otherwise.
public struct ArrayLiteralPrintable: PrintableArray, Sendable {
    /// The elements, stored in their own precision.
    public enum Elements: Sendable, Equatable {
        /// float32 elements.
        case float32([Float])
        /// float64 elements.
        case float64([Double])
        /// int64 elements.
        case int64([Int64])
        /// Boolean elements.
        case bool([Bool])

        /// How many elements there are.
        public var count: Int {
            switch self {
            case .float32(let v): return v.count
            case .float64(let v): return v.count
            case .int64(let v): return v.count
            case .bool(let v): return v.count
            }
        }
    }

    public let printShape: [Int]
    /// The elements in row-major order.
    public let elements: Elements

    /// Creates an array of the given shape; `nil` when the shape has a negative dimension,
    /// overflows, or does not match the element count.
    public init?(shape: [Int], elements: Elements) {
        guard let count = PrintGeometry.elementCount(of: shape), count == elements.count else {
            return nil
        }
        self.printShape = shape
        self.elements = elements
    }

    /// A 1-D float64 array.
    public init(_ values: [Double]) {
        printShape = [values.count]
        elements = .float64(values)
    }

    public var printKind: PrintKind {
        switch elements {
        case .float32: return .float32
        case .float64: return .float64
        case .int64: return .int64
        case .bool: return .bool
        }
    }

    public func printDouble(at flat: Int) -> Double {
        switch elements {
        case .float64(let v): return v.indices.contains(flat) ? v[flat] : .nan
        case .float32(let v): return v.indices.contains(flat) ? Double(v[flat]) : .nan
        case .int64(let v): return v.indices.contains(flat) ? Double(v[flat]) : .nan
        case .bool(let v): return v.indices.contains(flat) && v[flat] ? 1 : 0
        }
    }

    public func printFloat32(at flat: Int) -> Float {
        switch elements {
        case .float32(let v): return v.indices.contains(flat) ? v[flat] : .nan
        default: return Float(printDouble(at: flat))
        }
    }

    public func printInt64(at flat: Int) -> Int64 {
        switch elements {
        case .int64(let v): return v.indices.contains(flat) ? v[flat] : 0
        case .bool(let v): return v.indices.contains(flat) && v[flat] ? 1 : 0
        default:
            let d = printDouble(at: flat)
            return d.isFinite ? Int64(exactly: d.rounded(.towardZero)) ?? 0 : 0
        }
    }

    public func printBool(at flat: Int) -> Bool {
        switch elements {
        case .bool(let v): return v.indices.contains(flat) && v[flat]
        default: return printDouble(at: flat) != 0
        }
    }
}
