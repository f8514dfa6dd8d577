import NNTensor

/// Elementwise functions of one variable: exp, log, the activations.
extension Variable {
    /// Applies a `Pointwise` function, recording its gradient function. Integer input to a
    /// transcendental function is computed in float32 (PyTorch's default float); `relu` and
    /// `abs` keep integer dtypes; other functions refuse integers as PyTorch does.
    public func apply(_ f: Pointwise) throws -> Variable {
        var x = data
        if !x.dtype.isFloatingPoint {
            switch f {
            case .relu: return Variable(try x.relu())
            case .abs: return Variable(try x.unary(.absolute, flavor: .torch))
            default:
                guard f.promotesIntegers else { throw AutogradError.notImplementedForDType(op: f.kernelName, dtype: x.dtype) }
                x = try x.astype(.float32)
            }
        }
        let input = x
        let y = try Kernels.float(input.dtype, op: f.kernelName,
                                  { try f.forward(input, Float.self) }, { try f.forward(input, Double.self) })
        guard Variable.isRecording(self) else { return Variable(y) }
        return Variable.recorded(y, f.backwardName, [self]) { g in
            [try Kernels.float(g.dtype, op: f.kernelName,
                               { try f.backward(g, input, y, Float.self) }, { try f.backward(g, input, y, Double.self) })]
        }
    }

    public func exp() throws -> Variable { try apply(.exp) }
    public func log() throws -> Variable { try apply(.log) }
    public func sqrt() throws -> Variable { try apply(.sqrt) }
    public func abs() throws -> Variable { try apply(.abs) }
    public func tanh() throws -> Variable { try apply(.tanh) }
    public func sigmoid() throws -> Variable { try apply(.sigmoid) }
    public func relu() throws -> Variable { try apply(.relu) }
    public func log1p() throws -> Variable { try apply(.log1p) }
    public func sin() throws -> Variable { try apply(.sin) }
    public func cos() throws -> Variable { try apply(.cos) }
    public func reciprocal() throws -> Variable { try apply(.reciprocal) }
    public func leakyRelu(negativeSlope: Double = 0.01) throws -> Variable { try apply(.leakyRelu(slope: negativeSlope)) }
    public func elu(alpha: Double = 1) throws -> Variable { try apply(.elu(alpha: alpha, scale: 1, inputScale: 1)) }
    public func selu() throws -> Variable { try apply(.selu) }
    public func celu(alpha: Double = 1) throws -> Variable { try apply(.celu(alpha: alpha)) }
    public func gelu(approximate: Bool = false) throws -> Variable { try apply(.gelu(tanhApproximation: approximate)) }
    public func silu() throws -> Variable { try apply(.silu) }
    public func mish() throws -> Variable { try apply(.mish) }
    public func logSigmoid() throws -> Variable { try apply(.logSigmoid) }
    public func hardsigmoid() throws -> Variable { try apply(.hardsigmoid) }
    public func hardswish() throws -> Variable { try apply(.hardswish) }
    public func softplus(beta: Double = 1, threshold: Double = 20) throws -> Variable {
        try apply(.softplus(beta: beta, threshold: threshold))
    }
    public func hardtanh(min: Double = -1, max: Double = 1) throws -> Variable { try apply(.hardtanh(min: min, max: max)) }
    public func relu6() throws -> Variable { try apply(.hardtanh(min: 0, max: 6)) }
    public func softshrink(lambda: Double = 0.5) throws -> Variable { try apply(.softshrink(lambda: lambda)) }
    public func hardshrink(lambda: Double = 0.5) throws -> Variable { try apply(.hardshrink(lambda: lambda)) }

    /// `x / (1 + |x|)`, composed as PyTorch composes it (gradient function `DivBackward0`).
    public func softsign() throws -> Variable { try div(abs().add(.int(1))) }

    /// `x − tanh(x)`, composed as PyTorch composes it (`SubBackward0`).
    public func tanhshrink() throws -> Variable { try sub(tanh()) }
}
