import NNTensor

/// `confusion_matrix(y_true, y_pred, num_classes=None)`: how often each true class (row)
/// was predicted as each class (column), an int64 `np` array of shape (k, k) where `k` is
/// `num_classes` or one more than the largest label. Labels are integers `0…k−1` given as
/// lists, arrays or tensors (whole-number floats count, as labels read from a CSV file).
enum ConfusionMatrix {
    /// The most classes a matrix may have (16.7 million cells).
    static let maximumClasses = 4096

    static func compute(_ a: BoundArguments, _ rt: Runtime) throws -> Value {
        let truth = try labels(a[0], "y_true", rt)
        let predicted = try labels(a[1], "y_pred", rt)
        guard truth.count == predicted.count else {
            throw ScriptError.valueError("y_true and y_pred must have the same length, got \(truth.count) and \(predicted.count)")
        }
        let k: Int
        if let given = try a.optionalInt(2) {
            guard given > 0, given <= maximumClasses else {
                throw ScriptError.valueError("num_classes must be between 1 and \(maximumClasses), not \(given)")
            }
            for (name, values) in [("y_true", truth), ("y_pred", predicted)] {
                if let i = values.firstIndex(where: { $0 >= given }) {
                    throw ScriptError.valueError("\(name)[\(i)] is \(values[i]), but num_classes is \(given) (labels run 0…\(given - 1))")
                }
            }
            k = given
        } else {
            let largest = max(truth.max() ?? -1, predicted.max() ?? -1)
            guard largest < maximumClasses else {
                throw ScriptError.valueError("confusion_matrix() supports at most \(maximumClasses) classes; the largest label is \(largest)")
            }
            k = largest + 1
        }
        var counts = [Int64](repeating: 0, count: k * k)
        for (t, p) in zip(truth, predicted) { counts[t * k + p] += 1 }
        return .ndarray(try TensorErrors.numpy { try Tensor(counts, shape: [k, k]) })
    }

    /// Class labels: non-negative integers, from any array-like with one dimension.
    private static func labels(_ v: Value, _ name: String, _ rt: Runtime) throws(ScriptError) -> [Int] {
        let tensor = try TensorErrors.numpy { try TensorConversion.tensor(v, dtype: nil, flavor: .numpy) }
        guard tensor.ndim == 1 || (tensor.ndim == 2 && tensor.shape[1] == 1) else {
            throw ScriptError.valueError("\(name) must be one label per sample (1-D), not of shape \(PlotArray.tupleText(tensor.shape))")
        }
        var out: [Int] = []
        out.reserveCapacity(tensor.count)
        for i in 0..<tensor.count {
            let d = tensor.doubleElement(at: i)
            guard d == d.rounded(), abs(d) < 1e15 else {
                throw ScriptError.valueError("\(name)[\(i)] is \(PyFormat.floatRepr(d)); class labels must be whole numbers")
            }
            guard d >= 0 else { throw ScriptError.valueError("\(name)[\(i)] is \(Int(d)); class labels must be 0 or more") }
            out.append(Int(d))
        }
        return out
    }
}
