/// How the operands of a binary kernel are arranged. Tensors are passed as borrowed
/// parameters (no copies, no reference counting); in the scalar modes the second tensor
/// parameter is ignored.
enum BinaryMode {
    /// `a op b`.
    case tensors
    /// `a op s`.
    case tensorScalar
    /// `s op a`.
    case scalarTensor
}

/// The per-dtype loops of every `BinaryOp`.
enum BinaryKernels {
    /// Runs `op` in the compute dtype of `inputs`, writing `out` (already allocated with the
    /// result dtype and the broadcast shape).
    /// Runs `op` writing `out` (already allocated with the result dtype and the broadcast
    /// shape); `a` and `b` must already have the compute dtype.
    static func run(_ op: BinaryOp, _ mode: BinaryMode, _ a: Tensor, _ b: Tensor, _ s: Scalar,
                    compute: DType, out: Tensor) {
        switch compute {
        case .float32: floating(op, mode, a, b, s, out, Float.self)
        case .float64: floating(op, mode, a, b, s, out, Double.self)
        case .int64: integer(op, mode, a, b, s, out)
        case .bool: boolean(op, mode, a, b, s, out)
        }
    }

    /// Dispatches one closure over the three operand arrangements.
    @inline(__always)
    static func apply<T: TensorElement, R>(_ mode: BinaryMode, _ a: Tensor, _ b: Tensor, _ s: Scalar,
                                           _ out: Tensor, _ f: (T, T) -> R) {
        switch mode {
        case .tensors: Loops.zip(a, b, out, f)
        case .tensorScalar:
            let v = T(scalar: s)
            Loops.map(a, out) { (x: T) in f(x, v) }
        case .scalarTensor:
            let v = T(scalar: s)
            Loops.map(a, out) { (x: T) in f(v, x) }
        }
    }

    private static func floating<T: FloatElement>(_ op: BinaryOp, _ m: BinaryMode, _ a: Tensor, _ b: Tensor,
                                  _ s: Scalar, _ out: Tensor, _ t: T.Type) {
        switch op {
        case .add: apply(m, a, b, s, out) { (p: T, q: T) in p + q }
        case .subtract: apply(m, a, b, s, out) { (p: T, q: T) in p - q }
        case .multiply: apply(m, a, b, s, out) { (p: T, q: T) in p * q }
        case .divide: apply(m, a, b, s, out) { (p: T, q: T) in p / q }
        case .floorDivide: apply(m, a, b, s, out) { (p: T, q: T) in Arith.floorDivide(p, q) }
        case .remainder: apply(m, a, b, s, out) { (p: T, q: T) in Arith.remainder(p, q) }
        case .power: apply(m, a, b, s, out) { (p: T, q: T) in T.pow(p, q) }
        case .maximum: apply(m, a, b, s, out) { (p: T, q: T) in p.isNaN ? p : (q.isNaN ? q : (p >= q ? p : q)) }
        case .minimum: apply(m, a, b, s, out) { (p: T, q: T) in p.isNaN ? p : (q.isNaN ? q : (p <= q ? p : q)) }
        case .equal: apply(m, a, b, s, out) { (p: T, q: T) in p == q }
        case .notEqual: apply(m, a, b, s, out) { (p: T, q: T) in p != q }
        case .less: apply(m, a, b, s, out) { (p: T, q: T) in p < q }
        case .lessEqual: apply(m, a, b, s, out) { (p: T, q: T) in p <= q }
        case .greater: apply(m, a, b, s, out) { (p: T, q: T) in p > q }
        case .greaterEqual: apply(m, a, b, s, out) { (p: T, q: T) in p >= q }
        case .logicalAnd, .logicalOr, .logicalXor, .bitwiseAnd, .bitwiseOr, .bitwiseXor,
             .leftShift, .rightShift:
            break // computed in bool / int64 (BinaryOp.types)
        }
    }

    private static func integer(_ op: BinaryOp, _ m: BinaryMode, _ a: Tensor, _ b: Tensor,
                                  _ s: Scalar, _ out: Tensor) {
        switch op {
        case .add: apply(m, a, b, s, out) { (p: Int64, q: Int64) in p &+ q }
        case .subtract: apply(m, a, b, s, out) { (p: Int64, q: Int64) in p &- q }
        case .multiply: apply(m, a, b, s, out) { (p: Int64, q: Int64) in p &* q }
        case .divide: break // computed in floating point (BinaryOp.types)
        case .floorDivide: apply(m, a, b, s, out) { (p: Int64, q: Int64) in Arith.floorDivide(p, q) }
        case .remainder: apply(m, a, b, s, out) { (p: Int64, q: Int64) in Arith.remainder(p, q) }
        case .power: apply(m, a, b, s, out) { (p: Int64, q: Int64) in Arith.power(p, q) }
        case .maximum: apply(m, a, b, s, out) { (p: Int64, q: Int64) in p >= q ? p : q }
        case .minimum: apply(m, a, b, s, out) { (p: Int64, q: Int64) in p <= q ? p : q }
        case .equal: apply(m, a, b, s, out) { (p: Int64, q: Int64) in p == q }
        case .notEqual: apply(m, a, b, s, out) { (p: Int64, q: Int64) in p != q }
        case .less: apply(m, a, b, s, out) { (p: Int64, q: Int64) in p < q }
        case .lessEqual: apply(m, a, b, s, out) { (p: Int64, q: Int64) in p <= q }
        case .greater: apply(m, a, b, s, out) { (p: Int64, q: Int64) in p > q }
        case .greaterEqual: apply(m, a, b, s, out) { (p: Int64, q: Int64) in p >= q }
        case .bitwiseAnd: apply(m, a, b, s, out) { (p: Int64, q: Int64) in p & q }
        case .bitwiseOr: apply(m, a, b, s, out) { (p: Int64, q: Int64) in p | q }
        case .bitwiseXor: apply(m, a, b, s, out) { (p: Int64, q: Int64) in p ^ q }
        case .leftShift: apply(m, a, b, s, out) { (p: Int64, q: Int64) in p << q }
        case .rightShift: apply(m, a, b, s, out) { (p: Int64, q: Int64) in p >> q }
        case .logicalAnd, .logicalOr, .logicalXor:
            break // computed in bool
        }
    }

    private static func boolean(_ op: BinaryOp, _ m: BinaryMode, _ a: Tensor, _ b: Tensor,
                                  _ s: Scalar, _ out: Tensor) {
        switch op {
        case .add, .maximum, .logicalOr, .bitwiseOr: apply(m, a, b, s, out) { (p: Bool, q: Bool) in p || q }
        case .multiply, .minimum, .logicalAnd, .bitwiseAnd: apply(m, a, b, s, out) { (p: Bool, q: Bool) in p && q }
        case .logicalXor, .bitwiseXor, .notEqual: apply(m, a, b, s, out) { (p: Bool, q: Bool) in p != q }
        case .equal: apply(m, a, b, s, out) { (p: Bool, q: Bool) in p == q }
        case .less: apply(m, a, b, s, out) { (p: Bool, q: Bool) in !p && q }
        case .lessEqual: apply(m, a, b, s, out) { (p: Bool, q: Bool) in !p || q }
        case .greater: apply(m, a, b, s, out) { (p: Bool, q: Bool) in p && !q }
        case .greaterEqual: apply(m, a, b, s, out) { (p: Bool, q: Bool) in p || !q }
        case .subtract, .divide, .floorDivide, .remainder, .power, .leftShift, .rightShift:
            break // rejected or computed in another dtype (BinaryOp.types)
        }
    }
}

/// Scalar arithmetic with Python's semantics, shared by kernels.
enum Arith {
    /// Python's `a // b` for floats (NumPy's `npy_floor_divide`).
    @inline(__always)
    static func floorDivide<T: FloatElement>(_ a: T, _ b: T) -> T {
        if b == 0 { return a / b }
        let mod = T.fmod(a, b)
        var div = (a - mod) / b
        if mod != 0 && ((b < 0) != (mod < 0)) { div -= 1 }
        if div != 0 {
            var f = div.rounded(.down)
            if div - f > 0.5 { f += 1 }
            return f
        }
        return (a / b).sign == .minus ? -0.0 : 0.0
    }

    /// Python's `a % b` for floats: the result has the sign of `b`.
    @inline(__always)
    static func remainder<T: FloatElement>(_ a: T, _ b: T) -> T {
        if b == 0 { return T.fmod(a, b) }
        var mod = T.fmod(a, b)
        if mod != 0 {
            if (b < 0) != (mod < 0) { mod += b }
        } else {
            mod = b.sign == .minus ? -0.0 : 0.0
        }
        return mod
    }

    /// Python's `a // b` for integers; division by zero gives 0, `Int64.min // -1` wraps.
    @inline(__always)
    static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        if b == 0 { return 0 }
        if b == -1 { return 0 &- a }
        var q = a / b
        if (a % b != 0) && ((a < 0) != (b < 0)) { q -= 1 }
        return q
    }

    /// Python's `a % b` for integers; `% 0` gives 0.
    @inline(__always)
    static func remainder(_ a: Int64, _ b: Int64) -> Int64 {
        if b == 0 || b == -1 { return 0 }
        var r = a % b
        if r != 0 && ((r < 0) != (b < 0)) { r += b }
        return r
    }

    /// `a ** b` for integers with wrapping; negative exponents follow PyTorch (1, ±1 or 0).
    @inline(__always)
    static func power(_ a: Int64, _ b: Int64) -> Int64 {
        if b < 0 {
            if a == 1 { return 1 }
            if a == -1 { return b & 1 == 0 ? 1 : -1 }
            return 0
        }
        var result: Int64 = 1, base = a, e = b
        while e > 0 {
            if e & 1 == 1 { result = result &* base }
            e >>= 1
            if e > 0 { base = base &* base }
        }
        return result
    }
}
