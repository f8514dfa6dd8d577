import NNAutograd
import NNTensor

/// Leaky ReLU with a learned slope (`nn.PReLU`): one slope, or one per channel, initialised
/// to `initial` (0.25).
public final class PReLU: Module {
    public let numParameters: Int

    public init(numParameters: Int = 1, initial: Double = 0.25, dtype: DType = .float32) throws {
        self.numParameters = numParameters
        super.init(typeName: "PReLU")
        try registerParameter("weight", Variable.parameter(Tensor.full([numParameters], .float(initial), dtype: dtype)))
    }

    public override func forward(_ input: Variable) throws -> Variable {
        guard let w = parameter(named: "weight") else { throw NNError.missingParameter(typeName: typeName, name: "weight") }
        return try Variable.prelu(input, weight: w)
    }

    public override func extraRepr() -> String { "num_parameters=\(numParameters)" }
}
