import NNAutograd

/// Merges dimensions `startDim...endDim` (`nn.Flatten`; by default all but the batch).
public final class Flatten: Module {
    public let startDim: Int
    public let endDim: Int

    public init(startDim: Int = 1, endDim: Int = -1) {
        (self.startDim, self.endDim) = (startDim, endDim)
        super.init(typeName: "Flatten")
    }

    public override func forward(_ input: Variable) throws -> Variable {
        try input.flatten(start: startDim, end: endDim)
    }

    public override func extraRepr() -> String { "start_dim=\(startDim), end_dim=\(endDim)" }
}
