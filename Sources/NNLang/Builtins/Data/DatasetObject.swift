import NNData
import NNTensor

/// A built-in dataset as an nn value: `datasets.MNIST` / `FashionMNIST` (an IDX image set),
/// `TensorDataset`, or a `Subset` from `random_split`. `len(ds)`, `ds[i]` (a tuple such as
/// `(image, label)`), iteration, and torchvision's attributes (`classes`, `targets`, `data`,
/// `transform`…).
final class DatasetObject: NativeObject {
    let dataset: any Dataset
    let cls: ClassObject
    /// The value given as `transform=` (an image dataset's `ds.transform`).
    var transformValue: Value = .none
    /// Constructor arguments echoed as attributes (`root`, `train`).
    var info: [String: Value] = [:]
    /// The dataset a Subset draws from, as the script sees it (`subset.dataset`).
    var baseValue: Value = .none

    init(_ dataset: any Dataset, cls: ClassObject) {
        self.dataset = dataset
        self.cls = cls
    }

    override var nativeType: ClassObject { cls }

    override func length(_ rt: Runtime) throws -> Int? { dataset.count }

    override func getItem(_ index: Index, _ rt: Runtime) throws -> Value {
        if let tensors = dataset as? TensorDataset, !(index.items.count == 1 && isInt(index.items[0])) {
            // TensorDataset indexes every tensor with the subscript: ds[0:3], ds[mask].
            return .tuple(try tensors.tensors.map { try rt.getItem(.tensor($0), index.raw) })
        }
        guard index.items.count == 1, case .int(let i) = index.items[0] else {
            throw ScriptError.typeError("\(cls.name) indices must be integers, not \(index.raw.typeName)")
        }
        return try item(i, rt)
    }

    /// Sample `i` (negative counts from the end) as the script sees it.
    func item(_ i: Int, _ rt: Runtime) throws -> Value {
        let k = try dataset.resolveIndex(i)
        if let subset = dataset as? Subset, let script = subset.base as? ScriptDataset {
            return try script.item(subset.indices[k])
        }
        if let script = dataset as? ScriptDataset { return try script.item(k) }
        return SampleValues.value(try TensorErrors.torch { try dataset.sample(at: k) })
    }

    override func makeIterator(_ rt: Runtime) throws -> IteratorObject? {
        var i = 0
        return IteratorObject { [self] rt in
            guard i < dataset.count else { return nil }
            defer { i += 1 }
            return try item(i, rt)
        }
    }

    override func getAttribute(_ name: String, owner: Value, _ rt: Runtime) throws -> Value? {
        if let v = info[name] { return v }
        switch dataset {
        case let images as IDXImageDataset:
            switch name {
            case "classes": return .list(ListObject(images.classes.map(Value.string)))
            case "class_to_idx":
                let d = DictObject()
                for (i, c) in images.classes.enumerated() { d.setString(c, .int(i)) }
                return .dict(d)
            case "targets": return .tensor(images.targets)
            case "data": return .tensor(try TensorErrors.torch { try images.data() })
            case "transform": return transformValue
            case "target_transform": return Value.none
            default: return nil
            }
        case let tensors as TensorDataset:
            return name == "tensors" ? .tuple(tensors.tensors.map { .tensor($0) }) : nil
        case let subset as Subset:
            switch name {
            case "dataset": return baseValue
            case "indices": return .list(ListObject(subset.indices.map(Value.int)))
            default: return nil
            }
        default:
            return nil
        }
    }

    override func setAttribute(_ name: String, _ value: Value, owner: Value, _ rt: Runtime) throws -> Bool {
        guard name == "transform", let images = dataset as? IDXImageDataset else { return false }
        try TensorErrors.torch { try images.setTransform(try TransformObject.transform(from: value, rt)) }
        transformValue = value
        return true
    }

    override var dynamicAttributeNames: [String] {
        switch dataset {
        case is IDXImageDataset: return ["classes", "class_to_idx", "targets", "data", "transform", "target_transform"] + info.keys.sorted()
        case is TensorDataset: return ["tensors"]
        case is Subset: return ["dataset", "indices"]
        default: return []
        }
    }

    override func repr(_ rt: Runtime) throws -> String {
        guard let images = dataset as? IDXImageDataset else { return "<\(cls.qualifiedName) object>" }
        // torchvision's repr of a vision dataset.
        var lines = ["Dataset \(images.name)", "    Number of datapoints: \(images.count)"]
        if case .str(let root)? = info["root"] { lines.append("    Root location: \(root.value)") }
        lines.append("    Split: \(info["train"].map { if case .bool(false) = $0 { return "Test" } else { return "Train" } } ?? "Train")")
        if let t = images.transform {
            let text = t.description.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n" + String(repeating: " ", count: 11))
            lines.append("    StandardTransform")
            lines.append("Transform: " + text)
        }
        return lines.joined(separator: "\n")
    }

    private func isInt(_ item: Index.Item) -> Bool {
        if case .int = item { return true }
        return false
    }
}
