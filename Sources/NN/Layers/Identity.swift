import NNAutograd

/// Returns its input unchanged (`nn.Identity`).
public final class Identity: Module {
    public init() { super.init(typeName: "Identity") }
    public override func forward(_ input: Variable) throws -> Variable { input }
}
