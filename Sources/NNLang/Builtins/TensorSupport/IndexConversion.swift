import NNTensor

/// A subscript as the tensor engine's index: the language delivers NumPy's index syntax
/// structurally (`Index`), and this turns it into `[TensorIndex]` once for every binding.
///
/// Ints, slices, `None` and `...` map one to one. Lists, tuples, arrays and tensors become
/// index arrays: boolean ones are masks, integer ones gather; a Python bool is a 0-d mask
/// (`a[True]`). Anything else is NumPy's or PyTorch's IndexError.
enum IndexConversion {
    static func tensorIndex(_ index: Index, flavor: Flavor) throws -> [TensorIndex] {
        var out: [TensorIndex] = []
        out.reserveCapacity(index.items.count)
        for item in index.items {
            switch item {
            case .int(let i): out.append(.int(i))
            case .slice(let start, let stop, let step): out.append(.slice(start: start, stop: stop, step: step))
            case .newAxis: out.append(.newAxis)
            case .ellipsis: out.append(.ellipsis)
            case .value(let v): out.append(try arrayIndex(v, flavor: flavor))
            }
        }
        return out
    }

    /// True when the subscript holds `...` (NumPy then returns a 0-d array, not a scalar).
    static func hasEllipsis(_ index: Index) -> Bool {
        index.items.contains { if case .ellipsis = $0 { return true } else { return false } }
    }

    private static func arrayIndex(_ v: Value, flavor: Flavor) throws -> TensorIndex {
        let t: Tensor
        switch v {
        case .bool(let b):
            t = Tensor(scalar: .bool(b), dtype: .bool)
        case .list, .tuple:
            var converted = try TensorConversion.tensor(v, dtype: nil, flavor: flavor)
            // An empty list selects nothing: an empty integer index, not a float one.
            if converted.count == 0 && converted.dtype.isFloatingPoint { converted = try converted.converted(to: .int64) }
            t = converted
        case .native(let n):
            guard let data = try TensorConversion.arrayData(n, flavor: .torch) else { throw invalid(v, flavor) }
            t = data
        default:
            throw invalid(v, flavor)
        }
        return t.dtype == .bool ? .mask(t) : .array(t)
    }

    private static func invalid(_ v: Value, _ flavor: Flavor) -> ScriptError {
        if flavor == .numpy {
            return ScriptError.indexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices")
        }
        return ScriptError.indexError("only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are valid indices (got \(v.typeName))")
    }
}
