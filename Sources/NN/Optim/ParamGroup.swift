import NNAutograd

/// A list of parameters and the hyperparameters that apply to them (PyTorch's
/// `param_groups[i]` dict). Keys keep PyTorch's order: those given for the group, then the
/// optimizer's defaults. Schedulers and scripts change values (`group["lr"] = 0.01`); the next
/// `step()` uses them.
public final class ParamGroup {
    public var params: [Variable]
    public private(set) var keys: [String] = []
    private var values: [String: Hyperparameter] = [:]

    init(params: [Variable], options: [(String, Hyperparameter)], defaults: [(String, Hyperparameter)]) {
        self.params = params
        for (k, v) in options { self[k] = v }
        for (k, v) in defaults where values[k] == nil { self[k] = v }
    }

    /// The value of `key`; setting a new key appends it.
    public subscript(key: String) -> Hyperparameter? {
        get { values[key] }
        set {
            if values[key] == nil, newValue != nil { keys.append(key) }
            if newValue == nil { keys.removeAll { $0 == key } }
            values[key] = newValue
        }
    }

    /// The learning rate.
    public var lr: Double {
        get { number("lr") }
        set { self["lr"] = .number(.float(newValue)) }
    }

    /// A numeric hyperparameter (0 when absent or not a number).
    func number(_ key: String) -> Double { values[key]?.doubleValue ?? 0 }

    /// A boolean hyperparameter (false when absent).
    func flag(_ key: String) -> Bool {
        if case .bool(let b)? = values[key] { return b }
        return false
    }

    /// A pair hyperparameter such as `betas`.
    func pair(_ key: String) -> (Double, Double) {
        if case .pair(let a, let b)? = values[key] { return (a.value, b.value) }
        return (0, 0)
    }
}

/// The parameters and options of one group passed to an optimizer's constructor
/// (`{'params': …, 'lr': 0.01}`).
public struct ParamGroupSpec {
    public var params: [Variable]
    public var options: [(String, Hyperparameter)]

    public init(params: [Variable], options: [(String, Hyperparameter)] = []) {
        self.params = params
        self.options = options
    }
}
