import NNAutograd
import NNTensor

/// Saving and restoring parameters and persistent buffers by dotted name.
extension Module {
    /// Every parameter and persistent buffer by dotted key (`0.weight`, `bn.running_mean`), in
    /// PyTorch's order: a module's own parameters, then its buffers, then each child's. The
    /// tensors share storage with the model (as PyTorch's detached tensors do).
    public func stateDict(prefix: String = "") -> StateDict {
        var out = StateDict()
        forEachStateEntry(prefix: prefix) { key, v in out[key] = v.data }
        return out
    }

    /// Copies `state` into the parameters and buffers (converting dtypes, in place, so
    /// optimizers keep seeing the same tensors). Keys the model has but `state` lacks are
    /// missing, the others unexpected; with `strict` either is an error, and a shape mismatch
    /// always is — all reported in one error worded as PyTorch's.
    @discardableResult
    public func loadStateDict(_ state: StateDict, strict: Bool = true) throws -> IncompatibleKeys {
        var missing: [String] = [], mismatches: [NNError.SizeMismatch] = []
        var expected: Set<String> = []
        var copies: [(Variable, Tensor)] = []
        forEachStateEntry(prefix: "") { key, v in
            expected.insert(key)
            guard let t = state[key] else { missing.append(key); return }
            if t.shape != v.shape {
                mismatches.append(NNError.SizeMismatch(key: key, checkpoint: t.shape, model: v.shape))
            } else {
                copies.append((v, t))
            }
        }
        let unexpected = state.keys.filter { !expected.contains($0) }
        if !mismatches.isEmpty || strict && (!missing.isEmpty || !unexpected.isEmpty) {
            throw NNError.stateDict(typeName: typeName, missing: strict ? missing : [],
                                    unexpected: strict ? unexpected : [], sizeMismatches: mismatches)
        }
        for (v, t) in copies { try v.data.assign(from: t) }
        return IncompatibleKeys(missingKeys: missing, unexpectedKeys: unexpected)
    }

    /// Calls `body(key, variable)` for every non-None parameter and persistent buffer, in
    /// state-dict order. Children are visited under every name they are registered as (as
    /// PyTorch does); a module that contains itself is visited once per path.
    func forEachStateEntry(prefix: String, _ body: (String, Variable) -> Void) {
        visitState(prefix: prefix, ancestors: [], body)
    }

    private func visitState(prefix: String, ancestors: Set<ObjectIdentifier>, _ body: (String, Variable) -> Void) {
        for entry in parameterRegistry.entries {
            if let v = entry.value { body(prefix + entry.name, v) }
        }
        for entry in bufferRegistry.entries where !nonPersistentBuffers.contains(entry.name) {
            if let v = entry.value { body(prefix + entry.name, v) }
        }
        var path = ancestors
        path.insert(ObjectIdentifier(self))
        guard path.count < 200 else { return }
        for entry in moduleRegistry.entries {
            guard let child = entry.value, !path.contains(ObjectIdentifier(child)) else { continue }
            child.visitState(prefix: prefix + entry.name + ".", ancestors: path, body)
        }
    }
}
