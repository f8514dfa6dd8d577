import NN

extension LayerClasses {
    /// The activation modules, with PyTorch's arguments (echoed by their reprs as written).
    static func activations() -> [ClassObject] {
        func act(_ name: String, _ parameters: String, _ doc: String, _ kind: @escaping (BoundArguments) throws -> ActivationKind) -> ClassObject {
            simple(name, "activation", parameters, doc: doc) { a in Activation(try kind(a)) }
        }
        return [
            act("ReLU", "inplace=False", "max(x, 0).") { a in .relu(inplace: try a.bool(0)) },
            act("LeakyReLU", "negative_slope=0.01, inplace=False", "x for x ≥ 0, negative_slope·x below.") { a in
                .leakyReLU(negativeSlope: try a.number(0), inplace: try a.bool(1))
            },
            act("RReLU", "lower=0.125, upper=0.3333333333333333, inplace=False", "Leaky ReLU with a random slope in [lower, upper] while training.") { a in
                .rrelu(lower: try a.number(0), upper: try a.number(1), inplace: try a.bool(2))
            },
            act("ELU", "alpha=1.0, inplace=False", "x for x > 0, alpha·(eˣ − 1) below.") { a in .elu(alpha: try a.number(0), inplace: try a.bool(1)) },
            act("CELU", "alpha=1.0, inplace=False", "max(0, x) + min(0, alpha·(e^(x/alpha) − 1)).") { a in
                .celu(alpha: try a.number(0), inplace: try a.bool(1))
            },
            act("SELU", "inplace=False", "Scaled ELU (self-normalising).") { a in .selu(inplace: try a.bool(0)) },
            act("GELU", "approximate='none'", "x·Φ(x) (approximate='tanh' for the tanh form).") { a in .gelu(approximate: try a.string(0)) },
            act("SiLU", "inplace=False", "x·σ(x) (swish).") { a in .silu(inplace: try a.bool(0)) },
            act("Mish", "inplace=False", "x·tanh(softplus(x)).") { a in .mish(inplace: try a.bool(0)) },
            act("Softplus", "beta=1.0, threshold=20.0", "log(1 + e^(beta·x)) / beta.") { a in
                .softplus(beta: try a.number(0), threshold: try a.number(1))
            },
            act("Softsign", "", "x / (1 + |x|).") { _ in .softsign },
            act("Sigmoid", "", "1 / (1 + e⁻ˣ).") { _ in .sigmoid },
            act("Tanh", "", "Hyperbolic tangent.") { _ in .tanh },
            act("LogSigmoid", "", "log σ(x).") { _ in .logSigmoid },
            act("Hardtanh", "min_val=-1.0, max_val=1.0, inplace=False, min_value=None, max_value=None", "x clamped to [min_val, max_val].") { a in
                .hardtanh(minVal: try a.optionalNumber(3) ?? a.number(0), maxVal: try a.optionalNumber(4) ?? a.number(1), inplace: try a.bool(2))
            },
            act("ReLU6", "inplace=False", "min(max(x, 0), 6).") { a in .relu6(inplace: try a.bool(0)) },
            act("Hardsigmoid", "inplace=False", "Piecewise-linear sigmoid: clamp(x/6 + 1/2, 0, 1).") { a in .hardsigmoid(inplace: try a.bool(0)) },
            act("Hardswish", "inplace=False", "x·hardsigmoid(x).") { a in .hardswish(inplace: try a.bool(0)) },
            act("Tanhshrink", "", "x − tanh(x).") { _ in .tanhshrink },
            act("Softshrink", "lambd=0.5", "x − lambd·sign(x) outside [−lambd, lambd], 0 inside.") { a in .softshrink(lambda: try a.number(0)) },
            act("Hardshrink", "lambd=0.5", "x outside [−lambd, lambd], 0 inside.") { a in .hardshrink(lambda: try a.number(0)) },
            act("Softmax", "dim=None", "eˣ normalised to sum to 1 along dim.") { a in .softmax(dim: try a.optionalInt(0)) },
            act("LogSoftmax", "dim=None", "log softmax along dim.") { a in .logSoftmax(dim: try a.optionalInt(0)) },
            simple("PReLU", "activation", "num_parameters=1, init=0.25, device=None, dtype=None",
                   doc: "Leaky ReLU with a learned slope (one, or one per channel).") { a in
                try a.requireCPU(2)
                return try PReLU(numParameters: try size(a, 0), initial: try a.double(1), dtype: try a.layerDType(3))
            },
        ]
    }
}
