/// A Swift type that can be the element of a tensor: `Float`, `Double`, `Int64` or `Bool`.
///
/// Kernels are written generically over this protocol and specialised by the compiler.
public protocol TensorElement: Sendable, Equatable {
    /// The dtype whose elements have this Swift type.
    static var dtype: DType { get }
    /// Converts a scalar with NumPy's casting (float → int truncates, nonzero → true).
    init(scalar: Scalar)
    /// The element as a scalar of its own kind.
    var scalar: Scalar { get }
}

extension Float: TensorElement {
    public static var dtype: DType { .float32 }
    public init(scalar: Scalar) { self = Float(scalar.doubleValue) }
    public var scalar: Scalar { .float(Double(self)) }
}

extension Double: TensorElement {
    public static var dtype: DType { .float64 }
    public init(scalar: Scalar) { self = scalar.doubleValue }
    public var scalar: Scalar { .float(self) }
}

extension Int64: TensorElement {
    public static var dtype: DType { .int64 }
    public init(scalar: Scalar) { self = scalar.int64Value }
    public var scalar: Scalar { .int(self) }
}

extension Bool: TensorElement {
    public static var dtype: DType { .bool }
    public init(scalar: Scalar) { self = scalar.boolValue }
    public var scalar: Scalar { .bool(self) }
}

/// Floating-point elements with the libm functions kernels need.
protocol FloatElement: TensorElement, BinaryFloatingPoint {
    static func exp(_ x: Self) -> Self
    static func log(_ x: Self) -> Self
    static func log1p(_ x: Self) -> Self
    static func expm1(_ x: Self) -> Self
    static func tanh(_ x: Self) -> Self
    static func sin(_ x: Self) -> Self
    static func cos(_ x: Self) -> Self
    static func pow(_ x: Self, _ y: Self) -> Self
    static func fmod(_ x: Self, _ y: Self) -> Self
    init(_ d: Double)
    var doubleValue: Double { get }
}
