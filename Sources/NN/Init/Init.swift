import NNAutograd
import NNTensor

/// `nn.init`: in-place initialisation of parameters from the shared seeded generator. Every
/// function writes into the existing storage (so optimizers and views see it) and records
/// nothing in the graph. A tensor with no elements is left alone, as PyTorch does.
public enum Init {
    /// Which fan Kaiming initialisation preserves the variance of.
    public enum FanMode: String, Sendable {
        case fanIn = "fan_in", fanOut = "fan_out"
    }

    /// The recommended gain for a nonlinearity (PyTorch's `calculate_gain`); `param` is
    /// leaky_relu's negative slope (default 0.01).
    public static func calculateGain(_ nonlinearity: String, param: Double? = nil) throws -> Double {
        switch nonlinearity {
        case "linear", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d", "conv_transpose3d", "sigmoid":
            return 1
        case "tanh": return 5.0 / 3
        case "relu": return 2.0.squareRoot()
        case "leaky_relu":
            let slope = param ?? 0.01
            return (2 / (1 + slope * slope)).squareRoot()
        case "selu": return 3.0 / 4
        default: throw NNError.nonlinearity(nonlinearity)
        }
    }

    /// `(fan_in, fan_out)` of a weight: `shape[1]·receptive` and `shape[0]·receptive`, where
    /// the receptive field is the product of the dimensions after the first two.
    public static func fans(_ shape: [Int]) throws -> (fanIn: Int, fanOut: Int) {
        guard shape.count >= 2 else { throw NNError.fanOfVector }
        let receptive = shape.dropFirst(2).reduce(1, *)
        return (shape[1] * receptive, shape[0] * receptive)
    }

    /// Fills with U(a, b).
    public static func uniform(_ v: Variable, a: Double = 0, b: Double = 1) throws {
        guard v.count > 0 else { return }
        try v.data.assign(from: Tensor.uniform(v.shape, low: a, high: b, dtype: floatType(v)))
    }

    /// Fills with N(mean, std²).
    public static func normal(_ v: Variable, mean: Double = 0, std: Double = 1) throws {
        guard v.count > 0 else { return }
        try v.data.assign(from: Tensor.normal(v.shape, mean: mean, std: std, dtype: floatType(v)))
    }

    /// Fills with `value`.
    public static func constant(_ v: Variable, _ value: Double) { v.data.fill(.float(value)) }

    /// Fills with 1.
    public static func ones(_ v: Variable) { v.data.fill(.int(1)) }

    /// Fills with 0.
    public static func zeros(_ v: Variable) { v.data.zero() }

    /// Glorot uniform: U(−a, a) with `a = gain·√(6 / (fan_in + fan_out))`.
    public static func xavierUniform(_ v: Variable, gain: Double = 1) throws {
        let (fi, fo) = try fans(v.shape)
        guard v.count > 0 else { return }
        let a = gain * (6 / Double(fi + fo)).squareRoot()
        try uniform(v, a: -a, b: a)
    }

    /// Glorot normal: N(0, std²) with `std = gain·√(2 / (fan_in + fan_out))`.
    public static func xavierNormal(_ v: Variable, gain: Double = 1) throws {
        let (fi, fo) = try fans(v.shape)
        guard v.count > 0 else { return }
        try normal(v, std: gain * (2 / Double(fi + fo)).squareRoot())
    }

    /// He uniform: U(−b, b) with `b = gain·√(3 / fan)`; `a` is leaky_relu's slope.
    public static func kaimingUniform(_ v: Variable, a: Double = 0, mode: FanMode = .fanIn,
                                      nonlinearity: String = "leaky_relu") throws {
        let (fi, fo) = try fans(v.shape)
        guard v.count > 0 else { return }
        let gain = try calculateGain(nonlinearity, param: a)
        let bound = gain * (3 / Double(mode == .fanIn ? fi : fo)).squareRoot()
        try uniform(v, a: -bound, b: bound)
    }

    /// He normal: N(0, std²) with `std = gain / √fan`.
    public static func kaimingNormal(_ v: Variable, a: Double = 0, mode: FanMode = .fanIn,
                                     nonlinearity: String = "leaky_relu") throws {
        let (fi, fo) = try fans(v.shape)
        guard v.count > 0 else { return }
        let gain = try calculateGain(nonlinearity, param: a)
        try normal(v, std: gain / Double(mode == .fanIn ? fi : fo).squareRoot())
    }

    /// PyTorch's default for Linear and Conv weights: `kaiming_uniform_(w, a=√5)`, which is
    /// U(−1/√fan_in, 1/√fan_in); and their bias: U(−1/√fan_in, 1/√fan_in) (0 when fan_in is 0).
    static func defaultLayerInit(weight: Variable, bias: Variable?) throws {
        try kaimingUniform(weight, a: 5.0.squareRoot())
        if let bias {
            let fanIn = try fans(weight.shape).fanIn
            let bound = fanIn > 0 ? 1 / Double(fanIn).squareRoot() : 0
            try uniform(bias, a: -bound, b: bound)
        }
    }

    private static func floatType(_ v: Variable) -> DType { v.dtype.isFloatingPoint ? v.dtype : .float32 }
}
