/// An elementwise operation of two operands, with NumPy broadcasting.
public enum BinaryOp: String, CaseIterable, Sendable {
    case add, subtract, multiply
    /// True division (`/`): integers divide as the default float.
    case divide
    /// `//`: floors toward −∞; integer division by zero gives 0.
    case floorDivide
    /// `%`: Python's remainder, with the sign of the divisor; integer `% 0` gives 0.
    case remainder
    /// `**`.
    case power
    /// Elementwise larger / smaller; NaN propagates.
    case maximum, minimum
    case equal, notEqual, less, lessEqual, greater, greaterEqual
    /// Truth-value operations: any dtype in, bool out.
    case logicalAnd, logicalOr, logicalXor
    /// Bit operations on int64 and bool.
    case bitwiseAnd, bitwiseOr, bitwiseXor, leftShift, rightShift

    /// The NumPy ufunc name, used in messages ("add", "bitwise_and", …).
    public var ufuncName: String {
        switch self {
        case .add: return "add"
        case .subtract: return "subtract"
        case .multiply: return "multiply"
        case .divide: return "divide"
        case .floorDivide: return "floor_divide"
        case .remainder: return "remainder"
        case .power: return "power"
        case .maximum: return "maximum"
        case .minimum: return "minimum"
        case .equal: return "equal"
        case .notEqual: return "not_equal"
        case .less: return "less"
        case .lessEqual: return "less_equal"
        case .greater: return "greater"
        case .greaterEqual: return "greater_equal"
        case .logicalAnd: return "logical_and"
        case .logicalOr: return "logical_or"
        case .logicalXor: return "logical_xor"
        case .bitwiseAnd: return "bitwise_and"
        case .bitwiseOr: return "bitwise_or"
        case .bitwiseXor: return "bitwise_xor"
        case .leftShift: return "left_shift"
        case .rightShift: return "right_shift"
        }
    }

    /// True for the six comparisons (bool result).
    public var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: return true
        default: return false
        }
    }

    /// True for the logical operations (truth values in, bool out).
    public var isLogical: Bool { self == .logicalAnd || self == .logicalOr || self == .logicalXor }

    /// True for the bit operations (int64 and bool only).
    public var isBitwise: Bool {
        switch self {
        case .bitwiseAnd, .bitwiseOr, .bitwiseXor, .leftShift, .rightShift: return true
        default: return false
        }
    }

    /// PyTorch refuses `-` when any operand (tensor or scalar) is bool.
    func checkTorchBoolSubtract(_ a: Promotion.Participant, _ b: Promotion.Participant, flavor: Flavor) throws {
        guard self == .subtract && flavor == .torch else { return }
        let aBool = a.categoryOfScalar == 0, bBool = b.categoryOfScalar == 0
        if aBool || bBool { throw TensorError.booleanSubtract(both: aBool && bBool) }
    }

    /// The dtype the kernel computes in and the dtype of the result, given the promoted
    /// operand dtype; throws for combinations NumPy and PyTorch reject.
    func types(promoted rt: DType, flavor: Flavor) throws -> (compute: DType, result: DType) {
        switch self {
        case .add, .multiply, .maximum, .minimum:
            return (rt, rt)
        case .subtract:
            if rt == .bool { throw TensorError.booleanSubtract(both: true) }
            return (rt, rt)
        case .divide:
            let t = rt.isFloatingPoint ? rt : flavor.defaultFloat
            return (t, t)
        case .floorDivide, .remainder, .power:
            if rt == .bool && flavor == .torch { throw TensorError.unsupportedDType(op: ufuncName, dtype: rt) }
            let t = rt == .bool ? DType.int64 : rt
            return (t, t)
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
            return (rt, .bool)
        case .logicalAnd, .logicalOr, .logicalXor:
            return (.bool, .bool)
        case .bitwiseAnd, .bitwiseOr, .bitwiseXor, .leftShift, .rightShift:
            if rt.isFloatingPoint { throw TensorError.unsupportedDType(op: ufuncName, dtype: rt) }
            if rt == .bool && (self == .leftShift || self == .rightShift) { return (.int64, .int64) }
            return (rt, rt)
        }
    }
}

/// One operand of an elementwise operation: a tensor or a (weak) Python scalar.
public enum Operand {
    case tensor(Tensor)
    case scalar(Scalar)

    /// The operand as promotion sees it.
    var participant: Promotion.Participant {
        switch self {
        case .tensor(let t): return Promotion.participant(t)
        case .scalar(let s): return Promotion.participant(s)
        }
    }
}
