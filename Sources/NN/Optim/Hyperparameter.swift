/// One value of an optimizer's parameter group (`lr`, `betas`, `nesterov`, `foreach`, …), as
/// PyTorch keeps and prints it.
public enum Hyperparameter: Equatable, Sendable, CustomStringConvertible {
    case number(Number)
    case bool(Bool)
    case pair(Number, Number)
    case none

    /// The value as a Double (numbers only).
    public var doubleValue: Double? {
        if case .number(let n) = self { return n.value }
        return nil
    }

    /// `0.001`, `0`, `True`, `(0.9, 0.999)`, `None`.
    public var description: String {
        switch self {
        case .number(let n): return n.description
        case .bool(let b): return b ? "True" : "False"
        case .pair(let a, let b): return "(\(a), \(b))"
        case .none: return "None"
        }
    }
}
