import NNAutograd
import NNData
import NNTensor

/// Samples and batches as script values: a dataset's sample `(image, label)` is a tuple of a
/// tensor and an int (as torchvision gives it), a batch is a list of tensors (as PyTorch's
/// `default_collate` turns tuples into lists) or one tensor when samples are single tensors.
enum SampleValues {
    /// The script value of one sample's fields: a tuple (labels as Python numbers).
    static func value(_ fields: [SampleField]) -> Value {
        .tuple(fields.map(value))
    }

    /// One field: a tensor, or a number (`int` for a class label).
    static func value(_ field: SampleField) -> Value {
        switch field {
        case .tensor(let t): return .tensor(t)
        case .scalar(.int(let i)): return .int(Int(i))
        case .scalar(.float(let d)): return .float(d)
        case .scalar(.bool(let b)): return .bool(b)
        }
    }

    /// The fields of a sample a script returned (`__getitem__`): a tuple or list of tensors,
    /// arrays and numbers, or one of them alone (`single` is set then).
    static func fields(_ v: Value, single: inout Bool) throws -> [SampleField] {
        switch v {
        case .tuple(let items):
            single = false
            return try items.map(field)
        case .list(let l):
            single = false
            return try l.items.map(field)
        default:
            single = true
            return [try field(v)]
        }
    }

    /// One field a script returned.
    static func field(_ v: Value) throws -> SampleField {
        switch v {
        case .int(let i): return .scalar(.int(Int64(i)))
        case .float(let d): return .scalar(.float(d))
        case .bool(let b): return .scalar(.bool(b))
        default:
            if let t = v.torchVariable { return .tensor(t.data) }
            if let a = v.ndarrayTensor { return .tensor(a) }
            throw ScriptError.typeError("DataLoader batches tensors, NumPy arrays and numbers; a sample holds \(v.typeName) (pass collate_fn= to batch it yourself)")
        }
    }

    /// A batch: a list of tensors, or the tensor itself for single-tensor samples.
    static func batch(_ tensors: [Tensor], single: Bool) -> Value {
        if single, tensors.count == 1 { return .tensor(tensors[0]) }
        return .list(ListObject(tensors.map { .tensor($0) }))
    }
}
