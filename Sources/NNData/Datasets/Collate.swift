import NNTensor

/// Turns a list of samples into a batch, field by field (PyTorch's `default_collate`).
enum Collate {
    /// Stacks tensor fields along a new first dimension and gathers number fields into 1-D
    /// tensors (ints → int64, floats → float64, bools → bool).
    static func batch(_ samples: [[SampleField]]) throws -> [Tensor] {
        guard let first = samples.first else { return [] }
        for (i, s) in samples.enumerated() where s.count != first.count {
            throw DataError.collateFieldCount(index: i, expected: first.count, got: s.count)
        }
        return try (0..<first.count).map { f in try field(f, of: samples) }
    }

    /// Field `f` of every sample, batched.
    private static func field(_ f: Int, of samples: [[SampleField]]) throws -> Tensor {
        switch samples[0][f] {
        case .tensor:
            let tensors = try samples.map { s -> Tensor in
                guard case .tensor(let t) = s[f] else { throw mixed(f, samples[0][f], s[f]) }
                return t
            }
            return try Tensor.stack(tensors, axis: 0, flavor: .torch)
        case .scalar(let head):
            let values = try samples.map { s -> Scalar in
                guard case .scalar(let v) = s[f], kind(v) == kind(head) else { throw mixed(f, samples[0][f], s[f]) }
                return v
            }
            switch head {
            case .int: return Tensor(values.map { $0.int64Value })
            case .float: return Tensor(values.map { $0.doubleValue })
            case .bool: return Tensor(values.map { $0.boolValue })
            }
        }
    }

    /// The error for a field of different kinds in two samples.
    private static func mixed(_ f: Int, _ a: SampleField, _ b: SampleField) -> DataError {
        .collateKinds(field: f, first: describe(a), other: describe(b))
    }

    /// "a tensor", "an int", "a float", "a bool".
    private static func describe(_ field: SampleField) -> String {
        switch field {
        case .tensor: return "a tensor"
        case .scalar(let v): return kind(v) == "int" ? "an int" : "a " + kind(v)
        }
    }

    /// The kind of a number: "int", "float" or "bool".
    private static func kind(_ v: Scalar) -> String {
        switch v {
        case .int: return "int"
        case .float: return "float"
        case .bool: return "bool"
        }
    }
}
