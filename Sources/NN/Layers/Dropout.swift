import NNAutograd

/// Dropout in training mode, the identity in evaluation mode: `nn.Dropout` (elements) or
/// `nn.Dropout2d` (whole channels of `[N, C, H, W]` input).
public final class Dropout: Module {
    public let p: Number
    public let inplace: Bool
    public let channelwise: Bool

    public init(p: Number = 0.5, inplace: Bool = false, channelwise: Bool = false) throws {
        try Variable.checkDropout(p.value)
        (self.p, self.inplace, self.channelwise) = (p, inplace, channelwise)
        super.init(typeName: channelwise ? "Dropout2d" : "Dropout")
    }

    public override func forward(_ input: Variable) throws -> Variable {
        channelwise ? try input.dropout2d(p: p.value, training: training) : try input.dropout(p: p.value, training: training)
    }

    public override func extraRepr() -> String { "p=\(p), inplace=\(inplace ? "True" : "False")" }
}
