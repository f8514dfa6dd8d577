/// The element type of a tensor.
///
/// nn supports four dtypes, ordered by the promotion lattice `bool < int64 < float32 < float64`.
/// The raw values are the NumPy spellings, which the printers and error messages use.
public enum DType: String, CaseIterable, Sendable, Hashable {
    case bool
    case int64
    case float32
    case float64

    /// Bytes per element.
    public var itemSize: Int {
        switch self {
        case .bool: return 1
        case .int64, .float64: return 8
        case .float32: return 4
        }
    }

    /// True for `float32` and `float64`.
    public var isFloatingPoint: Bool { self == .float32 || self == .float64 }

    /// True for `int64`.
    public var isInteger: Bool { self == .int64 }

    /// True for `bool`.
    public var isBool: Bool { self == .bool }

    /// The NumPy name: `float32`, `float64`, `int64`, `bool`.
    public var numpyName: String { rawValue }

    /// The PyTorch name: `torch.float32`, `torch.int64`, `torch.bool`, ...
    public var torchName: String { "torch." + rawValue }

    /// The PyTorch scalar-type name used inside its error messages: `Float`, `Double`, `Long`, `Bool`.
    public var torchScalarTypeName: String {
        switch self {
        case .bool: return "Bool"
        case .int64: return "Long"
        case .float32: return "Float"
        case .float64: return "Double"
        }
    }

    /// Category rank used by promotion: bool 0, integer 1, floating 2.
    var category: Int {
        switch self {
        case .bool: return 0
        case .int64: return 1
        case .float32, .float64: return 2
        }
    }

    /// Position in the lattice `bool < int64 < float32 < float64`.
    var rank: Int {
        switch self {
        case .bool: return 0
        case .int64: return 1
        case .float32: return 2
        case .float64: return 3
        }
    }
}

/// Which library's rules and wording an operation follows.
///
/// The engine never guesses: operations whose result depends on it take a `Flavor`.
/// - `numpy`: default float is float64; NEP 50 promotion (0-d arrays are strong);
///   NumPy error wording.
/// - `torch`: default float is float32; PyTorch promotion (0-d tensors and Python scalars
///   only lift the category); PyTorch error wording.
public enum Flavor: Sendable, Hashable {
    case numpy
    case torch

    /// The dtype a float is made in when no operand decides it (`np.array(1.5)`, `1 / 2`).
    public var defaultFloat: DType { self == .numpy ? .float64 : .float32 }
}
