import NNAutograd

/// An activation module without parameters (`nn.ReLU()`, `nn.Softmax(dim=1)`, …); the kind
/// decides its class name, repr and function.
public final class Activation: Module {
    public let kind: ActivationKind

    public init(_ kind: ActivationKind) {
        self.kind = kind
        super.init(typeName: kind.typeName)
    }

    public override func forward(_ input: Variable) throws -> Variable {
        try kind.apply(input, training: training)
    }

    public override func extraRepr() -> String { kind.extraRepr }
}
