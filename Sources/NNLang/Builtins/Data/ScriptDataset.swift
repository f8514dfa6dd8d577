import NNData
import NNTensor

/// A dataset written in nn (`class MyData(Dataset)` with `__len__` and `__getitem__`), or any
/// value with a length and integer subscripts (a list of samples), as a library `Dataset` so a
/// `DataLoader` can batch it (PyTorch's `default_collate`: tensors stacked, numbers gathered).
final class ScriptDataset: Dataset {
    /// The script's dataset.
    let value: Value
    /// The session that runs its methods.
    private weak var runtime: Runtime?
    /// `len(value)`, read when the loader starts an epoch.
    private(set) var count: Int
    /// Whether the last sample was one value rather than a tuple (batches are then one tensor).
    private(set) var single = false

    init(_ value: Value, _ rt: Runtime) throws {
        self.value = value
        self.runtime = rt
        count = try rt.length(value)
    }

    /// Re-reads `len(value)` (a dataset may change size between epochs).
    func refresh() throws {
        count = try session().length(value)
    }

    /// `value[index]` as the script returns it.
    func item(_ index: Int) throws -> Value {
        try session().getItem(value, .int(index))
    }

    func sample(at index: Int) throws -> [SampleField] {
        try SampleValues.fields(try item(index), single: &single)
    }

    private func session() throws -> Runtime {
        guard let runtime else { throw ScriptError.runtimeError("the session of this dataset has ended") }
        return runtime
    }
}
