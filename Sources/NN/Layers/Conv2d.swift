import NNAutograd
import NNTensor

/// 2-D convolution (`nn.Conv2d`): weight `[out, in/groups, kh, kw]`, bias `[out]`, PyTorch's
/// default initialisation (U(±1/√fan_in) with fan_in = in/groups·kh·kw).
public final class Conv2d: Module {
    /// Explicit zero padding per side, or PyTorch's `'same'` / `'valid'`.
    public enum Padding: Equatable, Sendable {
        case explicit(Int, Int)
        case same
        case valid

        /// Parses PyTorch's padding strings.
        public init(parsing text: String) throws {
            switch text {
            case "same": self = .same
            case "valid": self = .valid
            default: throw NNError.paddingString(text)
            }
        }
    }

    public let inChannels: Int
    public let outChannels: Int
    public let kernelSize: (Int, Int)
    public let stride: (Int, Int)
    public let padding: Padding
    public let dilation: (Int, Int)
    public let groups: Int

    public init(inChannels: Int, outChannels: Int, kernelSize: SizePair, stride: SizePair = 1,
                padding: Padding = .explicit(0, 0), dilation: SizePair = 1, groups: Int = 1,
                bias: Bool = true, dtype: DType = .float32) throws {
        if groups <= 0 { throw NNError.nonPositive(name: "groups", value: groups) }
        if inChannels % groups != 0 { throw NNError.divisibleByGroups(what: "in_channels") }
        if outChannels % groups != 0 { throw NNError.divisibleByGroups(what: "out_channels") }
        if padding == .same && stride.pair != (1, 1) { throw NNError.samePaddingStride }
        (self.inChannels, self.outChannels, self.groups) = (inChannels, outChannels, groups)
        (self.kernelSize, self.stride, self.padding, self.dilation) = (kernelSize.pair, stride.pair, padding, dilation.pair)
        super.init(typeName: "Conv2d")
        let (kh, kw) = kernelSize.pair
        let w = try Variable.parameter(Tensor.zeros([outChannels, inChannels / groups, kh, kw], dtype: dtype))
        let b = bias ? try Variable.parameter(Tensor.zeros([outChannels], dtype: dtype)) : nil
        try Init.defaultLayerInit(weight: w, bias: b)
        try registerParameter("weight", w)
        try registerParameter("bias", b)
    }

    public var weight: Variable? { parameter(named: "weight") }
    public var bias: Variable? { parameter(named: "bias") }

    public override func forward(_ input: Variable) throws -> Variable {
        guard let weight else { throw NNError.missingParameter(typeName: typeName, name: "weight") }
        var x = input
        let pads: (Int, Int)
        switch padding {
        case .explicit(let h, let w): pads = (h, w)
        case .valid: pads = (0, 0)
        case .same:
            // Total padding d·(k−1) per dimension; an odd total puts the extra row/column at
            // the end, as PyTorch does.
            let total = (dilation.0 * (kernelSize.0 - 1), dilation.1 * (kernelSize.1 - 1))
            pads = (total.0 / 2, total.1 / 2)
            if total.0 % 2 == 1 { x = try Conv2d.padEnd(x, dim: -2) }
            if total.1 % 2 == 1 { x = try Conv2d.padEnd(x, dim: -1) }
        }
        let options = Conv2dOptions(stride: stride, padding: pads, dilation: dilation, groups: groups)
        let channels = x.ndim >= 3 ? x.shape[x.ndim - 3] : nil
        return try checkingWidth("in_channels", expected: inChannels, got: channels, unit: "channels",
                                 previous: "the previous layer's out_channels; images are batch x channels x height x width") {
            try Variable.conv2d(x, weight: weight, bias: bias, options: options)
        }
    }

    /// `x` with one row of zeros appended along `dim`.
    static func padEnd(_ x: Variable, dim: Int) throws -> Variable {
        guard x.ndim >= 2 else { return x }
        var shape = x.shape
        shape[shape.count + dim] = 1
        return try Variable.cat([x, Variable(Tensor.zeros(shape, dtype: x.dtype))], dim: dim)
    }

    public override func extraRepr() -> String {
        func t(_ p: (Int, Int)) -> String { "(\(p.0), \(p.1))" }
        var s = "\(inChannels), \(outChannels), kernel_size=\(t(kernelSize)), stride=\(t(stride))"
        switch padding {
        case .explicit(let h, let w): if (h, w) != (0, 0) { s += ", padding=\(t((h, w)))" }
        case .same: s += ", padding=same"
        case .valid: s += ", padding=valid"
        }
        if dilation != (1, 1) { s += ", dilation=\(t(dilation))" }
        if groups != 1 { s += ", groups=\(groups)" }
        if bias == nil { s += ", bias=False" }
        return s
    }
}
