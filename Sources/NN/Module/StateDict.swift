import NNTensor

/// A model's named tensors in order — what `state_dict()` returns, `load_state_dict` takes and
/// model files hold.
public struct StateDict {
    /// `(key, tensor)` pairs in order; keys are unique.
    public private(set) var entries: [(key: String, value: Tensor)] = []

    public init() {}

    /// A state dict of `entries` in order; a repeated key keeps the last value at the first
    /// key's position.
    public init(_ entries: [(key: String, value: Tensor)]) {
        for (k, v) in entries { self[k] = v }
    }

    public var keys: [String] { entries.map(\.key) }
    public var count: Int { entries.count }

    /// The tensor stored under `key`; assigning nil removes it.
    public subscript(key: String) -> Tensor? {
        get { entries.first { $0.key == key }?.value }
        set {
            if let i = entries.firstIndex(where: { $0.key == key }) {
                if let newValue { entries[i].value = newValue } else { entries.remove(at: i) }
            } else if let newValue {
                entries.append((key, newValue))
            }
        }
    }
}

/// What `load_state_dict(strict=False)` reports (PyTorch's `_IncompatibleKeys`).
public struct IncompatibleKeys: Equatable, Sendable, CustomStringConvertible {
    public let missingKeys: [String]
    public let unexpectedKeys: [String]

    /// `<All keys matched successfully>` or `_IncompatibleKeys(missing_keys=[...], unexpected_keys=[...])`.
    public var description: String {
        if missingKeys.isEmpty && unexpectedKeys.isEmpty { return "<All keys matched successfully>" }
        func list(_ keys: [String]) -> String { "[" + keys.map { "'\($0)'" }.joined(separator: ", ") + "]" }
        return "_IncompatibleKeys(missing_keys=\(list(missingKeys)), unexpected_keys=\(list(unexpectedKeys)))"
    }
}
