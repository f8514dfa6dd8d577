import NNAutograd
import NNTensor

/// `y = x·Wᵀ + b` (`nn.Linear`): weight `[out, in]`, bias `[out]`, initialised as PyTorch
/// does (Kaiming-uniform with a = √5, i.e. U(±1/√in), and U(±1/√in) for the bias).
public final class Linear: Module {
    public let inFeatures: Int
    public let outFeatures: Int

    public init(inFeatures: Int, outFeatures: Int, bias: Bool = true, dtype: DType = .float32) throws {
        self.inFeatures = inFeatures
        self.outFeatures = outFeatures
        super.init(typeName: "Linear")
        let w = try Variable.parameter(Tensor.zeros([outFeatures, inFeatures], dtype: dtype))
        let b = bias ? try Variable.parameter(Tensor.zeros([outFeatures], dtype: dtype)) : nil
        try Init.defaultLayerInit(weight: w, bias: b)
        try registerParameter("weight", w)
        try registerParameter("bias", b)
    }

    public var weight: Variable? { parameter(named: "weight") }
    public var bias: Variable? { parameter(named: "bias") }

    public override func forward(_ input: Variable) throws -> Variable {
        guard let weight else { throw NNError.missingParameter(typeName: typeName, name: "weight") }
        return try checkingWidth("in_features", expected: inFeatures, got: input.shape.last, unit: "features",
                                 previous: "the previous layer's out_features, or flatten images first with nn.Flatten()") {
            try Variable.linear(input, weight: weight, bias: bias)
        }
    }

    public override func extraRepr() -> String {
        "in_features=\(inFeatures), out_features=\(outFeatures), bias=\(bias == nil ? "False" : "True")"
    }
}
