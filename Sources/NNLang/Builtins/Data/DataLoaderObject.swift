import NNData
import NNTensor

/// `DataLoader(dataset, batch_size=1, shuffle=False, drop_last=False, collate_fn=None)` as an
/// nn value: `for images, labels in loader` yields each batch (a list of tensors, as PyTorch's
/// default collation gives it), `len(loader)` is the number of batches, `loader.dataset` the
/// dataset given. Shuffling draws a new order from nn's seeded generator at the start of each
/// pass.
final class DataLoaderObject: NativeObject {
    let loader: DataLoader
    /// The dataset as the script gave it.
    let datasetValue: Value
    /// A script's `collate_fn`, called with the list of samples of each batch.
    let collate: Value?

    init(_ loader: DataLoader, dataset: Value, collate: Value?) {
        self.loader = loader
        self.datasetValue = dataset
        self.collate = collate
    }

    nonisolated(unsafe) static let type: ClassObject = {
        // Immutable after its thread-safe lazy initialisation.
        let c = ClassObject.native("DataLoader", module: "torch.utils.data.dataloader",
                                   doc: "Iterates a dataset in (shuffled) batches.")
        c.subclassable = false
        c.constructor = BuiltinFunction(
            "DataLoader.__init__",
            "dataset, batch_size=1, shuffle=None, sampler=None, batch_sampler=None, num_workers=0, collate_fn=None, pin_memory=False, drop_last=False, timeout=0, worker_init_fn=None, multiprocessing_context=None, generator=None, *, prefetch_factor=None, persistent_workers=False, pin_memory_device='', in_order=True",
            doc: "A loader over dataset: batch_size samples per batch, a new order each pass with shuffle=True.") { a, rt in
            for (slot, what) in [(3, "sampler"), (4, "batch_sampler"), (12, "generator")] where !a.isNone(slot) {
                throw ScriptError.notImplemented("nn's DataLoader has no \(what)= (use shuffle=True, or random_split for subsets)")
            }
            let dataset = try DataLoaderObject.dataset(a[0], rt)
            let loader = try TensorErrors.torch {
                try DataLoader(dataset, batchSize: try a.int(1), shuffle: try a.bool(2), dropLast: try a.bool(8))
            }
            return .native(DataLoaderObject(loader, dataset: a[0], collate: a.isNone(6) ? nil : a[6]))
        }
        return c
    }()

    override var nativeType: ClassObject { DataLoaderObject.type }

    /// The library dataset of a `dataset` argument: a built-in dataset, or any value with a
    /// length and integer subscripts (a `Dataset` subclass written in nn, a list of samples).
    static func dataset(_ value: Value, _ rt: Runtime) throws -> any Dataset {
        if case .native(let d as DatasetObject) = value { return d.dataset }
        return try ScriptDataset(value, rt)
    }

    /// Re-reads the length of a dataset written in nn before a pass.
    private func refresh() throws {
        if let script = loader.dataset as? ScriptDataset { try script.refresh() }
        if let subset = loader.dataset as? Subset, let script = subset.base as? ScriptDataset { try script.refresh() }
    }

    /// Whether batches are single tensors (the dataset's samples are single values).
    private var single: Bool {
        if let script = loader.dataset as? ScriptDataset { return script.single }
        if let subset = loader.dataset as? Subset, let script = subset.base as? ScriptDataset { return script.single }
        return false
    }

    override func length(_ rt: Runtime) throws -> Int? {
        try refresh()
        return loader.count
    }

    override func makeIterator(_ rt: Runtime) throws -> IteratorObject? {
        try refresh()
        var epoch = loader.makeEpoch()
        if let collate {
            var k = 0
            let samples = DatasetObject(loader.dataset, cls: DataModule.dataset)
            return IteratorObject { rt in
                guard k < epoch.batches else { return nil }
                defer { k += 1 }
                let items = try epoch.indices(ofBatch: k).map { try samples.item($0, rt) }
                return try rt.call(collate, .list(ListObject(items)))
            }
        }
        return IteratorObject { [self] _ in
            guard let batch = try TensorErrors.torch({ try epoch.next() }) else { return nil }
            return SampleValues.batch(batch, single: single)
        }
    }

    override func getAttribute(_ name: String, owner: Value, _ rt: Runtime) throws -> Value? {
        switch name {
        case "dataset": return datasetValue
        case "batch_size": return .int(loader.batchSize)
        case "drop_last": return .bool(loader.dropLast)
        case "num_workers": return .int(0)
        case "collate_fn": return collate ?? Value.none
        default: return nil
        }
    }

    override var dynamicAttributeNames: [String] { ["dataset", "batch_size", "drop_last", "num_workers", "collate_fn"] }
}
