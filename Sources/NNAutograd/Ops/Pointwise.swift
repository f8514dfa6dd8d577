import NNTensor

/// The elementwise functions of one input, each a primitive with its forward value and its
/// derivative side by side, and PyTorch's name for its gradient function.
///
/// Activations with parameters carry them (`leakyRelu(slope:)`); SELU and CELU are ELU with
/// other constants, as in PyTorch.
public enum Pointwise: Equatable, Sendable {
    case exp, log, sqrt, abs, tanh, sigmoid, relu, log1p, sin, cos, reciprocal
    case leakyRelu(slope: Double)
    /// `scale·x` for x > 0, else `scale·alpha·(exp(inputScale·x) − 1)`.
    case elu(alpha: Double, scale: Double, inputScale: Double)
    /// CELU(alpha): `max(0, x) + min(0, alpha·(exp(x/alpha) − 1))`.
    case celu(alpha: Double)
    /// GELU, exact (erf) or with PyTorch's tanh approximation.
    case gelu(tanhApproximation: Bool)
    case silu, mish, logSigmoid, hardsigmoid, hardswish
    /// `log(1 + exp(beta·x)) / beta`, linear above `threshold`.
    case softplus(beta: Double, threshold: Double)
    case hardtanh(min: Double, max: Double)
    case softshrink(lambda: Double)
    case hardshrink(lambda: Double)

    /// SELU's constants (Klambauer et al.), as PyTorch uses them.
    public static let selu = Pointwise.elu(alpha: 1.6732632423543772848170429916717,
                                           scale: 1.0507009873554804934193349852946, inputScale: 1)

    /// PyTorch's name for the gradient function.
    public var backwardName: String {
        switch self {
        case .exp: return "ExpBackward0"
        case .log: return "LogBackward0"
        case .sqrt: return "SqrtBackward0"
        case .abs: return "AbsBackward0"
        case .tanh: return "TanhBackward0"
        case .sigmoid: return "SigmoidBackward0"
        case .relu: return "ReluBackward0"
        case .log1p: return "Log1PBackward0"
        case .sin: return "SinBackward0"
        case .cos: return "CosBackward0"
        case .reciprocal: return "ReciprocalBackward0"
        case .leakyRelu: return "LeakyReluBackward0"
        case .elu: return "EluBackward0"
        case .celu: return "CeluBackward0"
        case .gelu: return "GeluBackward0"
        case .silu: return "SiluBackward0"
        case .mish: return "MishBackward0"
        case .logSigmoid: return "LogSigmoidBackward0"
        case .hardsigmoid: return "HardsigmoidBackward0"
        case .hardswish: return "HardswishBackward0"
        case .softplus: return "SoftplusBackward0"
        case .hardtanh: return "HardtanhBackward0"
        case .softshrink: return "SoftshrinkBackward0"
        case .hardshrink: return "HardshrinkBackward0"
        }
    }

    /// The name PyTorch's kernel uses in "not implemented for 'Long'" errors.
    var kernelName: String {
        var snake = ""
        for (i, ch) in backwardName.dropLast("Backward0".count).enumerated() {
            if ch.isUppercase && i > 0 { snake += "_" }
            snake += ch.lowercased()
        }
        return snake + "_cpu"
    }

    /// True for functions PyTorch computes in floating point even for integer input.
    var promotesIntegers: Bool {
        switch self {
        case .exp, .log, .sqrt, .tanh, .sigmoid, .log1p, .sin, .cos, .reciprocal: return true
        default: return false
        }
    }

    /// `y[i] = f(x[i])`.
    func forward<T: RealElement>(_ x: Tensor, _: T.Type) throws -> Tensor {
        switch self {
        case .exp: return try Kernels.map(x, T.self) { T.exp($0) }
        case .log: return try Kernels.map(x, T.self) { T.log($0) }
        case .sqrt: return try Kernels.map(x, T.self) { $0.squareRoot() }
        case .abs: return try Kernels.map(x, T.self) { Swift.abs($0) }
        case .tanh: return try Kernels.map(x, T.self) { T.tanh($0) }
        case .sigmoid: return try Kernels.map(x, T.self) { logistic($0) }
        case .relu: return try Kernels.map(x, T.self) { $0 < 0 ? 0 : $0 }
        case .log1p: return try Kernels.map(x, T.self) { T.log1p($0) }
        case .sin: return try Kernels.map(x, T.self) { T.sin($0) }
        case .cos: return try Kernels.map(x, T.self) { T.cos($0) }
        case .reciprocal: return try Kernels.map(x, T.self) { 1 / $0 }
        case .leakyRelu(let slope):
            let s = T(slope)
            return try Kernels.map(x, T.self) { $0 > 0 ? $0 : $0 * s }
        case .elu(let alpha, let scale, let inputScale):
            let (a, sc, si) = (T(alpha), T(scale), T(inputScale))
            return try Kernels.map(x, T.self) { $0 > 0 ? sc * $0 : sc * a * T.expm1(si * $0) }
        case .celu(let alpha):
            let a = T(alpha)
            return try Kernels.map(x, T.self) { $0 > 0 ? $0 : a * T.expm1($0 / a) }
        case .gelu(let approximate):
            if approximate {
                return try Kernels.map(x, T.self) { v in
                    let inner = T(geluTanhScale) * (v + T(0.044715) * v * v * v)
                    return T(0.5) * v * (1 + T.tanh(inner))
                }
            }
            return try Kernels.map(x, T.self) { v in T(0.5) * v * (1 + T.erf(v * T(0.5.squareRoot()))) }
        case .silu: return try Kernels.map(x, T.self) { $0 * logistic($0) }
        case .mish: return try Kernels.map(x, T.self) { $0 * T.tanh(softplusValue($0)) }
        case .logSigmoid: return try Kernels.map(x, T.self) { Swift.min($0, 0) - T.log1p(T.exp(-Swift.abs($0))) }
        case .hardsigmoid:
            return try Kernels.map(x, T.self) { $0 <= -3 ? 0 : ($0 >= 3 ? 1 : $0 / 6 + T(0.5)) }
        case .hardswish:
            // PyTorch's formula as it computes it, so x <= -3 gives -0.0 as in PyTorch.
            return try Kernels.map(x, T.self) { $0 * Swift.min(Swift.max($0 + 3, 0), 6) / 6 }
        case .softplus(let beta, let threshold):
            let (b, t) = (T(beta), T(threshold))
            return try Kernels.map(x, T.self) { $0 * b > t ? $0 : T.log1p(T.exp($0 * b)) / b }
        case .hardtanh(let lo, let hi):
            let (l, h) = (T(lo), T(hi))
            return try Kernels.map(x, T.self) { $0.isNaN ? $0 : Swift.min(Swift.max($0, l), h) }
        case .softshrink(let lambda):
            let l = T(lambda)
            // x·0 in the dead zone, as PyTorch computes it: -0.0 for negative x.
            return try Kernels.map(x, T.self) { $0 > l ? $0 - l : ($0 < -l ? $0 + l : $0 * 0) }
        case .hardshrink(let lambda):
            let l = T(lambda)
            return try Kernels.map(x, T.self) { $0 >= -l && $0 <= l ? 0 : $0 }
        }
    }

    /// `dx[i] = g[i] · f′(x[i])`, with the forward value `y` at hand.
    func backward<T: RealElement>(_ g: Tensor, _ x: Tensor, _ y: Tensor, _: T.Type) throws -> Tensor {
        switch self {
        case .exp: return try Kernels.zip(g, y, T.self) { $0 * $1 }
        case .log: return try Kernels.zip(g, x, T.self) { $0 / $1 }
        case .sqrt: return try Kernels.zip(g, y, T.self) { $0 / (2 * $1) }
        case .abs: return try Kernels.zip(g, x, T.self) { $1 > 0 ? $0 : ($1 < 0 ? -$0 : 0) }
        case .tanh: return try Kernels.zip(g, y, T.self) { $0 * (1 - $1 * $1) }
        case .sigmoid: return try Kernels.zip(g, y, T.self) { $0 * $1 * (1 - $1) }
        case .relu: return try Kernels.zip(g, y, T.self) { $1 > 0 ? $0 : 0 }
        case .log1p: return try Kernels.zip(g, x, T.self) { $0 / (1 + $1) }
        case .sin: return try Kernels.zip(g, x, T.self) { $0 * T.cos($1) }
        case .cos: return try Kernels.zip(g, x, T.self) { -$0 * T.sin($1) }
        case .reciprocal: return try Kernels.zip(g, y, T.self) { -$0 * $1 * $1 }
        case .leakyRelu(let slope):
            let s = T(slope)
            return try Kernels.zip(g, x, T.self) { $1 > 0 ? $0 : $0 * s }
        case .elu(let alpha, let scale, let inputScale):
            let (a, sc, si) = (T(alpha), T(scale), T(inputScale))
            return try Kernels.zip(g, x, T.self) { $1 > 0 ? $0 * sc : $0 * sc * a * si * T.exp(si * $1) }
        case .celu(let alpha):
            let a = T(alpha)
            return try Kernels.zip(g, x, T.self) { $1 > 0 ? $0 : $0 * T.exp($1 / a) }
        case .gelu(let approximate):
            if approximate {
                return try Kernels.zip(g, x, T.self) { gv, v in
                    let k = T(geluTanhScale), c = T(0.044715)
                    let t = T.tanh(k * (v + c * v * v * v))
                    let d = T(0.5) * (1 + t) + T(0.5) * v * (1 - t * t) * k * (1 + 3 * c * v * v)
                    return gv * d
                }
            }
            return try Kernels.zip(g, x, T.self) { gv, v in
                let cdf = T(0.5) * (1 + T.erf(v * T(0.5.squareRoot())))
                let pdf = T.exp(-v * v / 2) * T(1 / (2 * Double.pi).squareRoot())
                return gv * (cdf + v * pdf)
            }
        case .silu:
            return try Kernels.zip(g, x, T.self) { gv, v in
                let s = logistic(v)
                return gv * s * (1 + v * (1 - s))
            }
        case .mish:
            return try Kernels.zip(g, x, T.self) { gv, v in
                let t = T.tanh(softplusValue(v))
                return gv * (t + v * logistic(v) * (1 - t * t))
            }
        case .logSigmoid: return try Kernels.zip(g, x, T.self) { $0 * logistic(-$1) }
        case .hardsigmoid: return try Kernels.zip(g, x, T.self) { $1 > -3 && $1 < 3 ? $0 / 6 : 0 }
        case .hardswish:
            return try Kernels.zip(g, x, T.self) { $1 < -3 ? 0 : ($1 <= 3 ? $0 * ($1 / 3 + T(0.5)) : $0) }
        case .softplus(let beta, let threshold):
            let (b, t) = (T(beta), T(threshold))
            return try Kernels.zip(g, x, T.self) { $1 * b > t ? $0 : $0 * logistic($1 * b) }
        case .hardtanh(let lo, let hi):
            let (l, h) = (T(lo), T(hi))
            return try Kernels.zip(g, x, T.self) { $1 <= l || $1 >= h ? 0 : $0 }
        case .softshrink(let lambda), .hardshrink(let lambda):
            let l = T(lambda)
            return try Kernels.zip(g, x, T.self) { $1 >= -l && $1 <= l ? 0 : $0 }
        }
    }
}

/// `√(2/π)`, GELU's tanh-approximation constant.
private let geluTanhScale = (2 / Double.pi).squareRoot()

/// `1 / (1 + e^−x)` (an infinite `e^−x` gives exactly 0).
@inline(__always)
func logistic<T: RealElement>(_ x: T) -> T {
    1 / (1 + T.exp(-x))
}

/// `log(1 + e^x)`, stable for large |x|.
@inline(__always)
func softplusValue<T: RealElement>(_ x: T) -> T {
    Swift.max(x, 0) + T.log1p(T.exp(-Swift.abs(x)))
}
