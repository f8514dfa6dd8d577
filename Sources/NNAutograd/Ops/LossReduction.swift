import NNTensor

/// How a loss combines its per-element values: PyTorch's `reduction` argument.
public enum Reduction: String, Sendable, CaseIterable {
    case none, mean, sum

    /// Parses `'none' | 'mean' | 'sum'`; anything else is PyTorch's ValueError.
    public init(parsing text: String) throws {
        guard let r = Reduction(rawValue: text) else { throw AutogradError.reduction(text) }
        self = r
    }

    /// The per-element losses reduced (`losses` unchanged for `.none`).
    func apply(_ losses: Tensor) throws -> Tensor {
        switch self {
        case .none: return losses
        case .sum: return try losses.sum()
        case .mean: return try losses.mean(flavor: .torch)
        }
    }

    /// The gradient of each per-element loss given the gradient `g` of the reduced value
    /// (broadcast to `shape`).
    func spread(_ g: Tensor, over shape: [Int]) throws -> Tensor {
        switch self {
        case .none: return g
        case .sum: return try g.expand(to: shape)
        case .mean:
            let n = shape.reduce(1, *)
            return try g.times(1 / Double(Swift.max(n, 1))).expand(to: shape)
        }
    }
}
