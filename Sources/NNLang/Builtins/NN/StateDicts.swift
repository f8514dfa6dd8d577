import NN
import NNTensor

/// State dicts as scripts hold them: a dict of name → tensor, in the model's order.
enum StateDicts {
    /// The library state dict of a dict value (`model.state_dict()`, `torch.load(path)` or one
    /// built by hand); tensors and NumPy arrays are accepted as values.
    static func stateDict(from value: Value, _ rt: Runtime) throws -> StateDict {
        guard case .dict(let d) = value else {
            throw ScriptError.typeError("Expected state_dict to be dict-like, got <class '\(value.type.qualifiedName)'>.")
        }
        var out = StateDict()
        for (k, v) in d.entries {
            guard case .str(let key) = k else {
                throw ScriptError.typeError("state_dict keys must be str, not \(k.typeName)")
            }
            if let t = v.torchVariable {
                out[key.value] = t.data
            } else if let a = v.ndarrayTensor {
                out[key.value] = a
            } else {
                throw ScriptError.typeError("While copying the parameter named \"\(key.value)\", expected torch.Tensor or Tensor-like object from checkpoint but received <class '\(v.type.qualifiedName)'>")
            }
        }
        return out
    }

    /// A dict value of `state`'s tensors, in order.
    static func value(_ state: StateDict) -> Value {
        let d = DictObject()
        for (key, t) in state.entries { d.setString(key, .tensor(t)) }
        return .dict(d)
    }
}

/// What `load_state_dict` returns: `<All keys matched successfully>`, or with `strict=False`
/// the keys that did not match (`missing_keys`, `unexpected_keys`).
final class IncompatibleKeysObject: NativeObject {
    let keys: IncompatibleKeys

    init(_ keys: IncompatibleKeys) { self.keys = keys }

    nonisolated(unsafe) static let type: ClassObject = {
        // Immutable after its thread-safe lazy initialisation.
        let c = ClassObject.native("_IncompatibleKeys", module: "torch.nn.modules.module",
                                   doc: "The keys load_state_dict could not match.")
        c.subclassable = false
        return c
    }()

    override var nativeType: ClassObject { IncompatibleKeysObject.type }

    override func getAttribute(_ name: String, owner: Value, _ rt: Runtime) throws -> Value? {
        switch name {
        case "missing_keys": return .list(ListObject(keys.missingKeys.map(Value.string)))
        case "unexpected_keys": return .list(ListObject(keys.unexpectedKeys.map(Value.string)))
        default: return nil
        }
    }

    override var dynamicAttributeNames: [String] { ["missing_keys", "unexpected_keys"] }

    override func makeIterator(_ rt: Runtime) throws -> IteratorObject? {
        var rest: ArraySlice<Value> = [
            .list(ListObject(keys.missingKeys.map(Value.string))),
            .list(ListObject(keys.unexpectedKeys.map(Value.string))),
        ]
        return IteratorObject { _ in rest.popFirst() }
    }

    override func repr(_ rt: Runtime) throws -> String { keys.description }
}
