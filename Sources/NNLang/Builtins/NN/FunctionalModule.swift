import NN
import NNAutograd
import NNTensor

/// The module `torch.nn.functional` (`F`): activations, softmax, dropout, pooling, linear and
/// convolution, and the losses, as functions with PyTorch's arguments.
enum FunctionalModule {
    @Sendable static func register(_ m: ModuleObject, _ rt: Runtime) throws {
        registerActivations(m)
        registerLayers(m)
        FunctionalLosses.register(m)
    }

    /// `F.name(input, …)` applying an activation; `inplace=True` (at slot `inplace`, if any)
    /// writes the result into the input and returns it, as PyTorch does.
    private static func activation(_ m: ModuleObject, _ name: String, _ parameters: String, inplace: Int?, _ doc: String,
                                   _ kind: @escaping (BoundArguments) throws -> ActivationKind) {
        m.torch(name, parameters, doc: doc) { a, _ in
            let x = try a.tensor(0)
            let k = try kind(a)
            if let slot = inplace, try a.bool(slot) {
                try x.modifyInPlace { try k.apply($0) }
                return a[0]
            }
            return .tensor(try k.apply(x))
        }
    }

    private static func registerActivations(_ m: ModuleObject) {
        activation(m, "relu", "input, inplace=False", inplace: 1, "max(x, 0).") { _ in .relu() }
        activation(m, "relu6", "input, inplace=False", inplace: 1, "min(max(x, 0), 6).") { _ in .relu6() }
        activation(m, "leaky_relu", "input, negative_slope=0.01, inplace=False", inplace: 2, "x for x ≥ 0, negative_slope·x below.") { a in
            .leakyReLU(negativeSlope: try a.number(1))
        }
        activation(m, "elu", "input, alpha=1.0, inplace=False", inplace: 2, "x for x > 0, alpha·(eˣ − 1) below.") { a in .elu(alpha: try a.number(1)) }
        activation(m, "celu", "input, alpha=1.0, inplace=False", inplace: 2, "CELU.") { a in .celu(alpha: try a.number(1)) }
        activation(m, "selu", "input, inplace=False", inplace: 1, "Scaled ELU.") { _ in .selu() }
        activation(m, "gelu", "input, approximate='none'", inplace: nil, "x·Φ(x).") { a in .gelu(approximate: try a.string(1)) }
        activation(m, "silu", "input, inplace=False", inplace: 1, "x·σ(x).") { _ in .silu() }
        activation(m, "mish", "input, inplace=False", inplace: 1, "x·tanh(softplus(x)).") { _ in .mish() }
        activation(m, "softplus", "input, beta=1.0, threshold=20.0", inplace: nil, "log(1 + e^(beta·x)) / beta.") { a in
            .softplus(beta: try a.number(1), threshold: try a.number(2))
        }
        activation(m, "softsign", "input", inplace: nil, "x / (1 + |x|).") { _ in .softsign }
        activation(m, "sigmoid", "input", inplace: nil, "1 / (1 + e⁻ˣ).") { _ in .sigmoid }
        activation(m, "tanh", "input", inplace: nil, "Hyperbolic tangent.") { _ in .tanh }
        activation(m, "logsigmoid", "input", inplace: nil, "log σ(x).") { _ in .logSigmoid }
        activation(m, "hardtanh", "input, min_val=-1.0, max_val=1.0, inplace=False", inplace: 3, "x clamped to [min_val, max_val].") { a in
            .hardtanh(minVal: try a.number(1), maxVal: try a.number(2))
        }
        activation(m, "hardsigmoid", "input, inplace=False", inplace: 1, "clamp(x/6 + 1/2, 0, 1).") { _ in .hardsigmoid() }
        activation(m, "hardswish", "input, inplace=False", inplace: 1, "x·hardsigmoid(x).") { _ in .hardswish() }
        activation(m, "tanhshrink", "input", inplace: nil, "x − tanh(x).") { _ in .tanhshrink }
        activation(m, "softshrink", "input, lambd=0.5", inplace: nil, "Soft shrinkage.") { a in .softshrink(lambda: try a.number(1)) }
        activation(m, "hardshrink", "input, lambd=0.5", inplace: nil, "Hard shrinkage.") { a in .hardshrink(lambda: try a.number(1)) }
        activation(m, "rrelu", "input, lower=0.125, upper=0.3333333333333333, training=False, inplace=False", inplace: 4,
                   "Leaky ReLU with a random slope while training.") { a in
            .rrelu(lower: try a.number(1), upper: try a.number(2))
        }
        m.torch("softmax", "input, dim=None, _stacklevel=3, dtype=None", doc: "eˣ normalised to sum to 1 along dim.") { a, _ in
            .tensor(try Functional.softmax(try converted(a, 3), dim: try a.optionalInt(1)))
        }
        m.torch("log_softmax", "input, dim=None, _stacklevel=3, dtype=None", doc: "log softmax along dim.") { a, _ in
            .tensor(try Functional.logSoftmax(try converted(a, 3), dim: try a.optionalInt(1)))
        }
        m.torch("softmin", "input, dim=None, _stacklevel=3, dtype=None", doc: "softmax(−x) along dim.") { a, _ in
            .tensor(try Functional.softmax(try converted(a, 3).neg(), dim: try a.optionalInt(1)))
        }
        m.torch("prelu", "input, weight", doc: "Leaky ReLU with learned slopes.") { a, _ in
            .tensor(try Variable.prelu(try a.tensor(0), weight: try a.tensor(1)))
        }
    }

    /// Input 0 converted to the `dtype=` at `slot`, if given.
    private static func converted(_ a: BoundArguments, _ slot: Int) throws -> Variable {
        let x = try a.tensor(0)
        guard let dtype = try a.torchDType(slot), dtype != x.dtype else { return x }
        return try x.to(dtype)
    }

    private static func registerLayers(_ m: ModuleObject) {
        m.torch("linear", "input, weight, bias=None", doc: "x·Wᵀ + b.") { a, _ in
            .tensor(try Functional.linear(try a.tensor(0), weight: try a.tensor(1), bias: try a.optionalTensor(2)))
        }
        m.torch("conv2d", "input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1", doc: "2-D convolution.") { a, _ in
            .tensor(try Functional.conv2d(try a.tensor(0), weight: try a.tensor(1), bias: try a.optionalTensor(2), stride: try a.sizePair(3),
                                          padding: try a.sizePair(4), dilation: try a.sizePair(5), groups: try a.int(6)))
        }
        m.torch("max_pool2d", "input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False",
                doc: "2-D max pooling; stride defaults to kernel_size.") { a, _ in
            let pool = MaxPool2d(kernelSize: try a.sizePair(1), stride: try a.optionalSizePair(2), padding: try a.sizePair(3),
                                 dilation: try a.sizePair(4), returnIndices: try a.bool(6), ceilMode: try a.bool(5))
            if pool.returnIndices {
                let (out, indices) = try pool.forwardWithIndices(try a.tensor(0))
                return .tuple([.tensor(out), .tensor(indices)])
            }
            return .tensor(try pool.forward(try a.tensor(0)))
        }
        m.torch("avg_pool2d", "input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None",
                doc: "2-D average pooling; stride defaults to kernel_size.") { a, _ in
            .tensor(try AvgPool2d(kernelSize: try a.sizePair(1), stride: try a.optionalSizePair(2), padding: try a.sizePair(3),
                                  ceilMode: try a.bool(4), countIncludePad: try a.bool(5), divisorOverride: try a.optionalInt(6))
                .forward(try a.tensor(0)))
        }
        m.torch("dropout", "input, p=0.5, training=True, inplace=False", doc: "Dropout (active unless training=False; note the default is True).") { a, _ in
            .tensor(try Functional.dropout(try a.tensor(0), p: try a.double(1), training: try a.bool(2)))
        }
        m.torch("dropout2d", "input, p=0.5, training=True, inplace=False", doc: "Channel dropout (active unless training=False).") { a, _ in
            .tensor(try Functional.dropout2d(try a.tensor(0), p: try a.double(1), training: try a.bool(2)))
        }
        m.torch("one_hot", "tensor, num_classes=-1", doc: "int64 one-hot rows of class indices (num_classes=-1: max + 1).") { a, _ in
            .tensor(try OneHot.encode(try a.tensor(0).data, classes: try a.int(1)))
        }
    }
}
