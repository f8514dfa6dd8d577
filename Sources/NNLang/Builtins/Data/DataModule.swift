import NNData
import NNTensor

/// The modules `torch.utils` and `torch.utils.data`: `Dataset` (to subclass), `TensorDataset`,
/// `Subset`, `DataLoader` and `random_split`.
enum DataModule {
    /// `torch.utils.data.Dataset`: the base class of datasets; a subclass written in nn
    /// defines `__len__` and `__getitem__`.
    nonisolated(unsafe) static let dataset: ClassObject = {
        // Immutable after its thread-safe lazy initialisation.
        ClassObject.native("Dataset", module: "torch.utils.data.dataset",
                           doc: "Base class of datasets: subclass it and define __len__ and __getitem__.")
    }()

    /// `TensorDataset(*tensors)`: sample `i` is `(t0[i], t1[i], …)`.
    nonisolated(unsafe) static let tensorDataset: ClassObject = {
        // Immutable after its thread-safe lazy initialisation.
        let c = ClassObject.native("TensorDataset", module: "torch.utils.data.dataset", base: dataset,
                                   doc: "A dataset of tensors sharing their first dimension: sample i is (t0[i], t1[i], …).")
        c.subclassable = false
        c.constructor = BuiltinFunction("TensorDataset.__init__", "*tensors", doc: c.doc ?? "") { a, _ in
            let tensors = try a.varArgs.map { v throws(ScriptError) -> Tensor in
                guard let t = v.torchVariable else {
                    if v.ndarrayTensor != nil {
                        throw ScriptError.typeError("TensorDataset takes torch tensors; convert the array with torch.from_numpy(a) or torch.tensor(a)")
                    }
                    throw ScriptError.typeError("TensorDataset takes tensors, not \(v.typeName)")
                }
                return t.data
            }
            return .native(DatasetObject(try TensorErrors.torch { try TensorDataset(tensors) }, cls: c))
        }
        return c
    }()

    /// `Subset`: what `random_split` returns.
    nonisolated(unsafe) static let subset: ClassObject = {
        // Immutable after its thread-safe lazy initialisation.
        let c = ClassObject.native("Subset", module: "torch.utils.data.dataset", base: dataset,
                                   doc: "The samples of a dataset at chosen indices.")
        c.subclassable = false
        c.constructor = BuiltinFunction("Subset.__init__", "dataset, indices", doc: c.doc ?? "") { a, rt in
            let base = try DataLoaderObject.dataset(a[0], rt)
            let indices = try rt.toArray(a[1]).map { v throws(ScriptError) -> Int in
                guard let i = v.asIndex else { throw ScriptError.typeError("Subset indices must be integers, not \(v.typeName)") }
                return i
            }
            let object = DatasetObject(try TensorErrors.torch { try Subset(base, indices: indices) }, cls: c)
            object.baseValue = a[0]
            return .native(object)
        }
        return c
    }()

    @Sendable static func registerUtils(_ m: ModuleObject, _ rt: Runtime) throws {}

    @Sendable static func register(_ m: ModuleObject, _ rt: Runtime) throws {
        m.type(dataset)
        m.type(tensorDataset)
        m.type(subset)
        m.type(DataLoaderObject.type)
        m.fn("random_split", "dataset, lengths, generator=None",
             doc: "Non-overlapping random subsets with the given lengths (or fractions summing to 1).") { a, rt in
            if !a.isNone(2) { throw ScriptError.notImplemented("nn's random_split draws from the seeded generator (torch.manual_seed); it takes no generator=") }
            let base = try DataLoaderObject.dataset(a[0], rt)
            let lengths = try rt.toArray(a[1]).map { v throws(ScriptError) -> Double in
                guard let d = v.asDouble else { throw ScriptError.typeError("random_split lengths must be numbers, not \(v.typeName)") }
                return d
            }
            let parts = try TensorErrors.torch { try RandomSplit.split(base, lengths: lengths) }
            return .list(ListObject(parts.map { part in
                let object = DatasetObject(part, cls: subset)
                object.baseValue = a[0]
                return .native(object)
            }))
        }
    }
}
