/// An elementwise operation of one operand.
public enum UnaryOp: String, CaseIterable, Sendable {
    case negative, absolute, sign, square, relu
    case exp, log, sqrt, tanh, sigmoid, log1p, expm1, sin, cos, reciprocal
    /// Rounding: `round` is half-to-even like NumPy and PyTorch. Integers are unchanged.
    case floor, ceil, round, trunc
    /// Tests returning bool.
    case isnan, isinf, isfinite
    /// Truth-value negation (any dtype in, bool out).
    case logicalNot
    /// `~`: bitwise not on int64, logical not on bool.
    case bitwiseNot

    /// The NumPy ufunc name, used in messages.
    public var ufuncName: String {
        switch self {
        case .bitwiseNot: return "invert"
        case .logicalNot: return "logical_not"
        default: return rawValue
        }
    }

    /// True for functions that always compute in floating point (integers become the default
    /// float).
    var isTranscendental: Bool {
        switch self {
        case .exp, .log, .sqrt, .tanh, .sigmoid, .log1p, .expm1, .sin, .cos, .reciprocal: return true
        default: return false
        }
    }

    /// The compute and result dtypes for an input dtype; throws where NumPy/PyTorch refuse.
    func types(input: DType, flavor: Flavor) throws -> (compute: DType, result: DType) {
        if isTranscendental {
            let t = input.isFloatingPoint ? input : flavor.defaultFloat
            return (t, t)
        }
        switch self {
        case .negative:
            if input == .bool { throw TensorError.booleanNegative }
            return (input, input)
        case .absolute:
            if input == .bool && flavor == .torch { throw TensorError.unsupportedDType(op: "abs", dtype: input) }
            return (input, input)
        case .sign:
            if input == .bool && flavor == .numpy { throw TensorError.unsupportedDType(op: "sign", dtype: input) }
            return (input, input)
        case .floor, .ceil, .round, .trunc, .relu:
            if input == .bool && flavor == .torch { throw TensorError.unsupportedDType(op: ufuncName, dtype: input) }
            if input == .bool && self == .round { return (flavor.defaultFloat, flavor.defaultFloat) }
            return (input, input)
        case .square:
            let t = input == .bool ? DType.int64 : input
            return (t, t)
        case .isnan, .isinf, .isfinite:
            return (input, .bool)
        case .logicalNot:
            return (.bool, .bool)
        case .bitwiseNot:
            if input.isFloatingPoint { throw TensorError.unsupportedDType(op: ufuncName, dtype: input) }
            return (input, input)
        default:
            return (input, input)
        }
    }
}

extension Tensor {
    /// `op(self)` elementwise; integer input to a transcendental function computes in the
    /// default float of `flavor`.
    public func unary(_ op: UnaryOp, flavor: Flavor) throws -> Tensor {
        let (compute, result) = try op.types(input: dtype, flavor: flavor)
        let x = try converted(to: compute)
        let out = try x.uninitializedLike(dtype: result)
        if op == .sign && flavor == .torch && compute.isFloatingPoint {
            // PyTorch's sign maps NaN to 0 (NumPy keeps NaN).
            if compute == .float32 {
                Loops.map(x, out) { (a: Float) -> Float in a > 0 ? 1 : (a < 0 ? -1 : 0) }
            } else {
                Loops.map(x, out) { (a: Double) -> Double in a > 0 ? 1 : (a < 0 ? -1 : 0) }
            }
            return out
        }
        UnaryKernels.run(op, x, out)
        return out
    }
}
