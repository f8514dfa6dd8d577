import NNAutograd
import NNTensor

/// A look-up table of `numEmbeddings` vectors of `embeddingDim` (`nn.Embedding`), initialised
/// N(0, 1) with the padding row (if any) zero and never trained.
public final class Embedding: Module {
    public let numEmbeddings: Int
    public let embeddingDim: Int
    public let paddingIndex: Int?

    public init(numEmbeddings: Int, embeddingDim: Int, paddingIndex: Int? = nil, dtype: DType = .float32) throws {
        var pad = paddingIndex
        if let p = pad {
            guard p < numEmbeddings && p >= -numEmbeddings else { throw NNError.paddingIndex }
            if p < 0 { pad = p + numEmbeddings }
        }
        (self.numEmbeddings, self.embeddingDim, self.paddingIndex) = (numEmbeddings, embeddingDim, pad)
        super.init(typeName: "Embedding")
        let w = try Variable.parameter(Tensor.zeros([numEmbeddings, embeddingDim], dtype: dtype))
        try Init.normal(w)
        if let pad { try w.data.set([.int(pad)], to: .scalar(.int(0))) }
        try registerParameter("weight", w)
    }

    public override func forward(_ input: Variable) throws -> Variable {
        guard let weight = parameter(named: "weight") else { throw NNError.missingParameter(typeName: typeName, name: "weight") }
        return try Variable.embedding(input.data, weight: weight, paddingIndex: paddingIndex)
    }

    public override func extraRepr() -> String {
        "\(numEmbeddings), \(embeddingDim)" + (paddingIndex.map { ", padding_idx=\($0)" } ?? "")
    }
}
