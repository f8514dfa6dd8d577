import NNTensor

/// A Python number as the user wrote it: PyTorch's reprs echo arguments verbatim, so
/// `Dropout(0)` prints `p=0` and `Dropout(0.5)` prints `p=0.5`, and optimizer groups print
/// `weight_decay: 0`. Integer and float literals convert directly.
public enum Number: Sendable, Equatable, Hashable, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
                    CustomStringConvertible {
    case int(Int)
    case float(Double)

    public init(integerLiteral value: Int) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .float(value) }

    /// The value as a Double.
    public var value: Double {
        switch self {
        case .int(let i): return Double(i)
        case .float(let d): return d
        }
    }

    /// Python's repr: `0`, `0.5`, `1e-05`, `0.3333333333333333`.
    public var description: String {
        switch self {
        case .int(let i): return String(i)
        case .float(let d): return PythonFloatFormat.repr(d)
        }
    }
}

/// A size given as one integer or as a pair (`kernel_size=2` or `(2, 3)`), printed as given.
public enum SizePair: Sendable, Equatable, ExpressibleByIntegerLiteral, CustomStringConvertible {
    case int(Int)
    case pair(Int, Int)

    public init(integerLiteral value: Int) { self = .int(value) }

    /// Both components.
    public var pair: (Int, Int) {
        switch self {
        case .int(let i): return (i, i)
        case .pair(let a, let b): return (a, b)
        }
    }

    /// `2` or `(2, 3)`.
    public var description: String {
        switch self {
        case .int(let i): return String(i)
        case .pair(let a, let b): return "(\(a), \(b))"
        }
    }

    /// Always the tuple form, as Conv2d prints it: `(3, 3)`.
    var tupleDescription: String { let (a, b) = pair; return "(\(a), \(b))" }
}
