import NN
import NNAutograd

/// A `torch.optim` optimizer as an nn value.
///
/// `param_groups` is a list of real dicts (`{'params': [...], 'lr': 0.001, ...}`), so scripts
/// read and change them as in PyTorch (`for g in opt.param_groups: g['lr'] = 0.01`). The
/// dicts are the script's side: their options are copied into the optimizer before each
/// `step()` (and repr), and a scheduler's changes are copied back into them.
final class OptimizerObject: NativeObject {
    /// The library optimizer.
    let optimizer: Optimizer
    /// The dicts of `param_groups`, one per group.
    private(set) var groups: [DictObject] = []
    /// The list `param_groups` returns (the same object every time).
    let groupList = ListObject()

    init(_ optimizer: Optimizer) {
        self.optimizer = optimizer
        super.init()
        copyOut()
    }

    override var nativeType: ClassObject { OptimClasses.byName[optimizer.typeName] ?? OptimClasses.optimizer }

    /// Copies the options scripts set in the dicts into the optimizer's groups.
    func copyIn() throws {
        for (group, d) in zip(optimizer.paramGroups, groups) {
            for (k, v) in d.entries {
                guard case .str(let key) = k, key.value != "params" else { continue }
                guard let h = ParamGroups.hyperparameter(v) else {
                    throw ScriptError.typeError("param_groups option '\(key.value)' must be a number, a bool, a pair of numbers or None, not \(v.typeName)")
                }
                if group[key.value] != h { group[key.value] = h }
            }
        }
    }

    /// Copies the optimizer's options into the dicts (making dicts for new groups).
    func copyOut() {
        for (i, group) in optimizer.paramGroups.enumerated() {
            if i == groups.count {
                let d = DictObject()
                d.setString("params", .list(ListObject(group.params.map { .tensor($0) })))
                groups.append(d)
                groupList.items.append(.dict(d))
            }
            for key in group.keys {
                if let h = group[key] { groups[i].setString(key, ParamGroups.value(h)) }
            }
        }
    }

    override func getAttribute(_ name: String, owner: Value, _ rt: Runtime) throws -> Value? {
        switch name {
        case "param_groups": return .list(groupList)
        case "defaults":
            let d = DictObject()
            for (k, h) in optimizer.defaults { d.setString(k, ParamGroups.value(h)) }
            return .dict(d)
        default: return nil
        }
    }

    override var dynamicAttributeNames: [String] { ["param_groups", "defaults"] }

    override func repr(_ rt: Runtime) throws -> String {
        try copyIn()
        return optimizer.description
    }
}
