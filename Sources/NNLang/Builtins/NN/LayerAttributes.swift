import NN

/// The read-only configuration attributes of built-in layers (`layer.in_features`,
/// `conv.kernel_size`, `dropout.p`, `criterion.reduction`), as PyTorch names them.
enum LayerAttributes {
    /// The attribute `name` of `module`, or nil when the layer has none of that name.
    static func get(_ module: Module, _ name: String) throws -> Value? {
        attributes(of: module).first { $0.0 == name }?.1
    }

    /// The names `get` answers for `module`.
    static func names(of module: Module) -> [String] { attributes(of: module).map(\.0) }

    private static func attributes(of module: Module) -> [(String, Value)] {
        switch module {
        case let l as Linear:
            return [("in_features", .int(l.inFeatures)), ("out_features", .int(l.outFeatures))]
        case let c as Conv2d:
            let padding: Value
            switch c.padding {
            case .explicit(let h, let w): padding = pair(h, w)
            case .same: padding = .string("same")
            case .valid: padding = .string("valid")
            }
            return [("in_channels", .int(c.inChannels)), ("out_channels", .int(c.outChannels)),
                    ("kernel_size", pair(c.kernelSize.0, c.kernelSize.1)), ("stride", pair(c.stride.0, c.stride.1)),
                    ("padding", padding), ("dilation", pair(c.dilation.0, c.dilation.1)), ("groups", .int(c.groups)),
                    ("padding_mode", .string("zeros"))]
        case let p as MaxPool2d:
            return [("kernel_size", size(p.kernelSize)), ("stride", size(p.stride)), ("padding", size(p.padding)),
                    ("dilation", size(p.dilation)), ("ceil_mode", .bool(p.ceilMode)), ("return_indices", .bool(p.returnIndices))]
        case let p as AvgPool2d:
            return [("kernel_size", size(p.kernelSize)), ("stride", size(p.stride)), ("padding", size(p.padding)),
                    ("ceil_mode", .bool(p.ceilMode)), ("count_include_pad", .bool(p.countIncludePad)),
                    ("divisor_override", p.divisorOverride.map(Value.int) ?? .none)]
        case let d as Dropout:
            return [("p", number(d.p)), ("inplace", .bool(d.inplace))]
        case let b as BatchNorm:
            return [("num_features", .int(b.numFeatures)), ("eps", number(b.eps)), ("momentum", b.momentum.map(number) ?? .none),
                    ("affine", .bool(b.affine)), ("track_running_stats", .bool(b.trackRunningStats))]
        case let f as Flatten:
            return [("start_dim", .int(f.startDim)), ("end_dim", .int(f.endDim))]
        case let e as Embedding:
            return [("num_embeddings", .int(e.numEmbeddings)), ("embedding_dim", .int(e.embeddingDim)),
                    ("padding_idx", e.paddingIndex.map(Value.int) ?? .none)]
        case let p as PReLU:
            return [("num_parameters", .int(p.numParameters))]
        case let a as Activation:
            return activation(a.kind)
        case let l as Loss:
            var out: [(String, Value)] = [("reduction", .string(l.reduction.rawValue))]
            switch l.kind {
            case .crossEntropy(let ignore, let smoothing):
                out += [("ignore_index", .int(Int(ignore))), ("label_smoothing", .float(smoothing))]
            case .nll(let ignore):
                out += [("ignore_index", .int(Int(ignore)))]
            default: break
            }
            return out
        default:
            return []
        }
    }

    private static func activation(_ kind: ActivationKind) -> [(String, Value)] {
        switch kind {
        case .relu(let i), .selu(let i), .silu(let i), .mish(let i), .relu6(let i), .hardsigmoid(let i), .hardswish(let i):
            return [("inplace", .bool(i))]
        case .leakyReLU(let s, let i): return [("negative_slope", number(s)), ("inplace", .bool(i))]
        case .rrelu(let l, let u, let i): return [("lower", number(l)), ("upper", number(u)), ("inplace", .bool(i))]
        case .elu(let a, let i), .celu(let a, let i): return [("alpha", number(a)), ("inplace", .bool(i))]
        case .gelu(let approximate): return [("approximate", .string(approximate))]
        case .softplus(let b, let t): return [("beta", number(b)), ("threshold", number(t))]
        case .hardtanh(let lo, let hi, let i): return [("min_val", number(lo)), ("max_val", number(hi)), ("inplace", .bool(i))]
        case .softshrink(let l), .hardshrink(let l): return [("lambd", number(l))]
        case .softmax(let d), .logSoftmax(let d): return [("dim", d.map(Value.int) ?? .none)]
        case .softsign, .sigmoid, .tanh, .logSigmoid, .tanhshrink: return []
        }
    }

    private static func number(_ n: NN.Number) -> Value {
        switch n {
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        }
    }

    private static func size(_ s: SizePair) -> Value {
        switch s {
        case .int(let i): return .int(i)
        case .pair(let a, let b): return pair(a, b)
        }
    }

    private static func pair(_ a: Int, _ b: Int) -> Value { .tuple([.int(a), .int(b)]) }
}
