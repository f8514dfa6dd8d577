import NNAutograd

/// Every parameter-free activation module of `torch.nn`, with its arguments as the user gave
/// them (the repr echoes them). `inplace` is accepted and printed; the computation is out of
/// place either way.
public enum ActivationKind: Equatable, Sendable {
    case relu(inplace: Bool = false)
    case leakyReLU(negativeSlope: Number = 0.01, inplace: Bool = false)
    case rrelu(lower: Number = .float(1.0 / 8), upper: Number = .float(1.0 / 3), inplace: Bool = false)
    case elu(alpha: Number = 1.0, inplace: Bool = false)
    case celu(alpha: Number = 1.0, inplace: Bool = false)
    case selu(inplace: Bool = false)
    /// `approximate` is `"none"` or `"tanh"`.
    case gelu(approximate: String = "none")
    case silu(inplace: Bool = false)
    case mish(inplace: Bool = false)
    case softplus(beta: Number = 1.0, threshold: Number = 20.0)
    case softsign
    case sigmoid
    case tanh
    case logSigmoid
    case hardtanh(minVal: Number = -1.0, maxVal: Number = 1.0, inplace: Bool = false)
    case relu6(inplace: Bool = false)
    case hardsigmoid(inplace: Bool = false)
    case hardswish(inplace: Bool = false)
    case tanhshrink
    case softshrink(lambda: Number = 0.5)
    case hardshrink(lambda: Number = 0.5)
    /// `dim: nil` picks PyTorch's implicit dimension (0 for 0-, 1- and 3-D input, else 1).
    case softmax(dim: Int?)
    case logSoftmax(dim: Int?)

    /// The PyTorch class name.
    public var typeName: String {
        switch self {
        case .relu: return "ReLU"
        case .leakyReLU: return "LeakyReLU"
        case .rrelu: return "RReLU"
        case .elu: return "ELU"
        case .celu: return "CELU"
        case .selu: return "SELU"
        case .gelu: return "GELU"
        case .silu: return "SiLU"
        case .mish: return "Mish"
        case .softplus: return "Softplus"
        case .softsign: return "Softsign"
        case .sigmoid: return "Sigmoid"
        case .tanh: return "Tanh"
        case .logSigmoid: return "LogSigmoid"
        case .hardtanh: return "Hardtanh"
        case .relu6: return "ReLU6"
        case .hardsigmoid: return "Hardsigmoid"
        case .hardswish: return "Hardswish"
        case .tanhshrink: return "Tanhshrink"
        case .softshrink: return "Softshrink"
        case .hardshrink: return "Hardshrink"
        case .softmax: return "Softmax"
        case .logSoftmax: return "LogSoftmax"
        }
    }

    /// PyTorch's `extra_repr`.
    public var extraRepr: String {
        func inplaceText(_ flag: Bool, after prefix: String = "") -> String {
            flag ? (prefix.isEmpty ? "inplace=True" : prefix + ", inplace=True") : prefix
        }
        switch self {
        case .relu(let i), .selu(let i), .silu(let i), .mish(let i), .relu6(let i), .hardsigmoid(let i), .hardswish(let i):
            return inplaceText(i)
        case .leakyReLU(let s, let i): return inplaceText(i, after: "negative_slope=\(s)")
        case .rrelu(let l, let u, let i): return inplaceText(i, after: "lower=\(l), upper=\(u)")
        case .elu(let a, let i), .celu(let a, let i): return inplaceText(i, after: "alpha=\(a)")
        case .gelu(let approximate): return "approximate='\(approximate)'"
        case .softplus(let b, let t): return "beta=\(b), threshold=\(t)"
        case .hardtanh(let lo, let hi, let i): return inplaceText(i, after: "min_val=\(lo), max_val=\(hi)")
        case .softshrink(let l), .hardshrink(let l): return "\(l)"
        case .softmax(let d), .logSoftmax(let d): return "dim=\(d.map(String.init) ?? "None")"
        case .softsign, .sigmoid, .tanh, .logSigmoid, .tanhshrink: return ""
        }
    }

    /// The activation applied to `x` (`training` matters only for RReLU).
    public func apply(_ x: Variable, training: Bool = false) throws -> Variable {
        switch self {
        case .relu: return try x.relu()
        case .leakyReLU(let s, _): return try x.leakyRelu(negativeSlope: s.value)
        case .rrelu(let l, let u, _): return try x.rrelu(lower: l.value, upper: u.value, training: training)
        case .elu(let a, _): return try x.elu(alpha: a.value)
        case .celu(let a, _): return try x.celu(alpha: a.value)
        case .selu: return try x.selu()
        case .gelu(let approximate):
            guard approximate == "none" || approximate == "tanh" else {
                throw NNError.invalidChoice(argument: "approximate", value: approximate, choices: ["none", "tanh"])
            }
            return try x.gelu(approximate: approximate == "tanh")
        case .silu: return try x.silu()
        case .mish: return try x.mish()
        case .softplus(let b, let t): return try x.softplus(beta: b.value, threshold: t.value)
        case .softsign: return try x.softsign()
        case .sigmoid: return try x.sigmoid()
        case .tanh: return try x.tanh()
        case .logSigmoid: return try x.logSigmoid()
        case .hardtanh(let lo, let hi, _): return try x.hardtanh(min: lo.value, max: hi.value)
        case .relu6: return try x.relu6()
        case .hardsigmoid: return try x.hardsigmoid()
        case .hardswish: return try x.hardswish()
        case .tanhshrink: return try x.tanhshrink()
        case .softshrink(let l): return try x.softshrink(lambda: l.value)
        case .hardshrink(let l): return try x.hardshrink(lambda: l.value)
        case .softmax(let d): return try x.softmax(dim: d ?? ActivationKind.implicitDim(x.ndim))
        case .logSoftmax(let d): return try x.logSoftmax(dim: d ?? ActivationKind.implicitDim(x.ndim))
        }
    }

    /// PyTorch's `_get_softmax_dim`: 0 for 0-, 1- and 3-D input, else 1.
    public static func implicitDim(_ ndim: Int) -> Int { ndim == 0 || ndim == 1 || ndim == 3 ? 0 : 1 }
}
