import NNAutograd
import NNTensor

/// A loss module (`nn.MSELoss()`, `nn.CrossEntropyLoss(weight=…, label_smoothing=0.1)`, …),
/// called with an input and a target. Class weights and BCE's `pos_weight` are buffers, so
/// they travel in the state dict as in PyTorch.
public final class Loss: Module {
    /// Which loss, with the options that belong to it.
    public enum Kind: Equatable, Sendable {
        case mse
        case l1
        case crossEntropy(ignoreIndex: Int64 = -100, labelSmoothing: Double = 0)
        case nll(ignoreIndex: Int64 = -100)
        case bce
        case bceWithLogits

        var typeName: String {
            switch self {
            case .mse: return "MSELoss"
            case .l1: return "L1Loss"
            case .crossEntropy: return "CrossEntropyLoss"
            case .nll: return "NLLLoss"
            case .bce: return "BCELoss"
            case .bceWithLogits: return "BCEWithLogitsLoss"
            }
        }
    }

    public let kind: Kind
    public let reduction: Reduction

    public init(_ kind: Kind, reduction: Reduction = .mean, weight: Tensor? = nil, posWeight: Tensor? = nil) throws {
        self.kind = kind
        self.reduction = reduction
        super.init(typeName: kind.typeName)
        switch kind {
        case .crossEntropy, .nll, .bce:
            try registerBuffer("weight", weight.map { Variable($0) })
        case .bceWithLogits:
            try registerBuffer("weight", weight.map { Variable($0) })
            try registerBuffer("pos_weight", posWeight.map { Variable($0) })
        case .mse, .l1:
            break
        }
    }

    /// The loss of `input` against `target`.
    public func callAsFunction(_ input: Variable, _ target: Variable) throws -> Variable {
        try loss(input, target)
    }

    /// The loss of `input` against `target`.
    public func loss(_ input: Variable, _ target: Variable) throws -> Variable {
        let weight = buffer(named: "weight")?.data
        switch kind {
        case .mse: return try input.mseLoss(target, reduction: reduction)
        case .l1: return try input.l1Loss(target, reduction: reduction)
        case .crossEntropy(let ignore, let smoothing):
            return try input.crossEntropy(target, weight: weight, ignoreIndex: ignore, reduction: reduction,
                                          labelSmoothing: smoothing)
        case .nll(let ignore):
            return try input.nllLoss(target, weight: weight, ignoreIndex: ignore, reduction: reduction)
        case .bce:
            return try input.binaryCrossEntropy(target, weight: weight, reduction: reduction)
        case .bceWithLogits:
            return try input.binaryCrossEntropyWithLogits(target, weight: weight, posWeight: buffer(named: "pos_weight")?.data,
                                                          reduction: reduction)
        }
    }

    /// A loss needs a target: calling it with one argument is PyTorch's TypeError.
    public override func forward(_ input: Variable) throws -> Variable {
        throw NNError.forwardArity(typeName: typeName, expected: 2, got: 1)
    }
}
