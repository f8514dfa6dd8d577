/// The per-dtype loops of every `UnaryOp`.
enum UnaryKernels {
    /// Runs `op` on `x` (already in the compute dtype) into `out`.
    static func run(_ op: UnaryOp, _ x: Tensor, _ out: Tensor) {
        switch x.dtype {
        case .float32: floating(op, x, out, Float.self)
        case .float64: floating(op, x, out, Double.self)
        case .int64: integer(op, x, out)
        case .bool: boolean(op, x, out)
        }
    }

    private static func floating<T: FloatElement>(_ op: UnaryOp, _ x: Tensor, _ out: Tensor, _ t: T.Type) {
        switch op {
        case .negative: Loops.map(x, out) { (a: T) in -a }
        case .absolute: Loops.map(x, out) { (a: T) in Swift.abs(a) }
        case .sign: Loops.map(x, out) { (a: T) -> T in a > 0 ? 1 : (a < 0 ? -1 : (a.isNaN ? a : 0)) }
        case .square: Loops.map(x, out) { (a: T) in a * a }
        case .relu: Loops.map(x, out) { (a: T) -> T in a > 0 ? a : (a.isNaN ? a : 0) }
        case .exp: Loops.map(x, out) { (a: T) in T.exp(a) }
        case .log: Loops.map(x, out) { (a: T) in T.log(a) }
        case .sqrt: Loops.map(x, out) { (a: T) in a.squareRoot() }
        case .tanh: Loops.map(x, out) { (a: T) in T.tanh(a) }
        case .sigmoid: Loops.map(x, out) { (a: T) -> T in Arith.sigmoid(a) }
        case .log1p: Loops.map(x, out) { (a: T) in T.log1p(a) }
        case .expm1: Loops.map(x, out) { (a: T) in T.expm1(a) }
        case .sin: Loops.map(x, out) { (a: T) in T.sin(a) }
        case .cos: Loops.map(x, out) { (a: T) in T.cos(a) }
        case .reciprocal: Loops.map(x, out) { (a: T) in 1 / a }
        case .floor: Loops.map(x, out) { (a: T) in a.rounded(.down) }
        case .ceil: Loops.map(x, out) { (a: T) in a.rounded(.up) }
        case .round: Loops.map(x, out) { (a: T) in a.rounded(.toNearestOrEven) }
        case .trunc: Loops.map(x, out) { (a: T) in a.rounded(.towardZero) }
        case .isnan: Loops.map(x, out) { (a: T) in a.isNaN }
        case .isinf: Loops.map(x, out) { (a: T) in a.isInfinite }
        case .isfinite: Loops.map(x, out) { (a: T) in a.isFinite }
        case .logicalNot, .bitwiseNot: break // computed in bool / rejected (UnaryOp.types)
        }
    }

    private static func integer(_ op: UnaryOp, _ x: Tensor, _ out: Tensor) {
        switch op {
        case .negative: Loops.map(x, out) { (a: Int64) in 0 &- a }
        case .absolute: Loops.map(x, out) { (a: Int64) in a < 0 ? 0 &- a : a }
        case .sign: Loops.map(x, out) { (a: Int64) -> Int64 in a > 0 ? 1 : (a < 0 ? -1 : 0) }
        case .square: Loops.map(x, out) { (a: Int64) in a &* a }
        case .relu: Loops.map(x, out) { (a: Int64) in a > 0 ? a : 0 }
        case .floor, .ceil, .round, .trunc: Loops.map(x, out) { (a: Int64) in a }
        case .isnan, .isinf: Loops.map(x, out) { (_: Int64) in false }
        case .isfinite: Loops.map(x, out) { (_: Int64) in true }
        case .bitwiseNot: Loops.map(x, out) { (a: Int64) in ~a }
        case .exp, .log, .sqrt, .tanh, .sigmoid, .log1p, .expm1, .sin, .cos, .reciprocal, .logicalNot:
            break // computed in floating point / bool (UnaryOp.types)
        }
    }

    private static func boolean(_ op: UnaryOp, _ x: Tensor, _ out: Tensor) {
        switch op {
        case .absolute, .sign, .relu, .floor, .ceil, .round, .trunc:
            Loops.map(x, out) { (a: Bool) in a }
        case .isnan, .isinf: Loops.map(x, out) { (_: Bool) in false }
        case .isfinite: Loops.map(x, out) { (_: Bool) in true }
        case .logicalNot, .bitwiseNot: Loops.map(x, out) { (a: Bool) in !a }
        case .negative, .square, .exp, .log, .sqrt, .tanh, .sigmoid, .log1p, .expm1, .sin, .cos,
             .reciprocal:
            break // rejected or computed in another dtype (UnaryOp.types)
        }
    }
}

extension Arith {
    /// The logistic function, computed without overflow for large |x|.
    @inline(__always)
    static func sigmoid<T: FloatElement>(_ a: T) -> T {
        if a >= 0 { return 1 / (1 + T.exp(-a)) }
        let e = T.exp(a)
        return e / (1 + e)
    }
}
