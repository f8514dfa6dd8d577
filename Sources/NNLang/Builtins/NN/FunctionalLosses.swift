import NN
import NNAutograd
import NNTensor

/// The loss functions of `F` (`F.cross_entropy(output, target)`…) and `F.one_hot`.
enum FunctionalLosses {
    static func register(_ m: ModuleObject) {
        m.torch("cross_entropy", "input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean', label_smoothing=0.0",
                doc: "Cross-entropy of logits against class indices (or probabilities).") { a, _ in
            .tensor(try Functional.crossEntropy(try a.tensor(0), try a.tensor(1), weight: try a.optionalWeight(2),
                                                ignoreIndex: Int64(try a.int(4)), reduction: try reduction(a, 3, 5, 6),
                                                labelSmoothing: try a.double(7)))
        }
        m.torch("nll_loss", "input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean'",
                doc: "Negative log-likelihood of log-probabilities against class indices.") { a, _ in
            .tensor(try Functional.nllLoss(try a.tensor(0), try a.tensor(1), weight: try a.optionalWeight(2),
                                           ignoreIndex: Int64(try a.int(4)), reduction: try reduction(a, 3, 5, 6)))
        }
        m.torch("mse_loss", "input, target, size_average=None, reduce=None, reduction='mean', weight=None", doc: "Mean squared error.") { a, _ in
            if !a.isNone(5) { throw ScriptError.notImplemented("nn's mse_loss takes no weight") }
            return .tensor(try Functional.mseLoss(try a.tensor(0), try a.tensor(1), reduction: try reduction(a, 2, 3, 4)))
        }
        m.torch("l1_loss", "input, target, size_average=None, reduce=None, reduction='mean', weight=None", doc: "Mean absolute error.") { a, _ in
            if !a.isNone(5) { throw ScriptError.notImplemented("nn's l1_loss takes no weight") }
            return .tensor(try Functional.l1Loss(try a.tensor(0), try a.tensor(1), reduction: try reduction(a, 2, 3, 4)))
        }
        m.torch("binary_cross_entropy", "input, target, weight=None, size_average=None, reduce=None, reduction='mean'",
                doc: "Binary cross-entropy of probabilities against 0/1 targets.") { a, _ in
            .tensor(try Functional.binaryCrossEntropy(try a.tensor(0), try a.tensor(1), weight: try a.optionalWeight(2),
                                                      reduction: try reduction(a, 3, 4, 5)))
        }
        m.torch("binary_cross_entropy_with_logits",
                "input, target, weight=None, size_average=None, reduce=None, reduction='mean', pos_weight=None",
                doc: "Binary cross-entropy of logits (stable).") { a, _ in
            .tensor(try Functional.binaryCrossEntropyWithLogits(try a.tensor(0), try a.tensor(1), weight: try a.optionalWeight(2),
                                                                posWeight: try a.optionalWeight(6), reduction: try reduction(a, 3, 4, 5)))
        }
    }

    /// `reduction=` at `slot`, or the legacy `size_average` / `reduce` rule.
    private static func reduction(_ a: BoundArguments, _ sizeAverage: Int, _ reduce: Int, _ slot: Int) throws -> Reduction {
        try LayerClasses.reduction(a, sizeAverage: sizeAverage, reduce: reduce) ?? a.reduction(slot)
    }
}

/// `F.one_hot`: class indices → int64 rows with a single 1.
enum OneHot {
    /// One-hot encoding of the int64 indices in `indices` (any shape) with `classes` columns
    /// (-1: the largest index + 1), as PyTorch's messages word the errors.
    static func encode(_ indices: Tensor, classes: Int) throws -> Tensor {
        guard indices.dtype == .int64 else {
            throw ScriptError.runtimeError("one_hot is only applicable to index tensor of type LongTensor.")
        }
        let values = try indices.contiguous().scalars(as: Int64.self)
        if let negative = values.first(where: { $0 < 0 }) {
            throw ScriptError.runtimeError("Class values must be non-negative. (got \(negative))")
        }
        let largest = values.max().map(Int.init) ?? -1
        let n: Int
        if classes == -1 {
            guard !values.isEmpty else {
                throw ScriptError.runtimeError("Can not infer total number of classes from empty tensor.")
            }
            n = largest + 1
        } else {
            guard classes > largest else { throw ScriptError.runtimeError("Class values must be smaller than num_classes.") }
            n = classes
        }
        let (total, overflow) = values.count.multipliedReportingOverflow(by: n)
        guard !overflow, total <= ScriptError.maximumItems else { throw ScriptError.tooLarge("one_hot result") }
        var out = [Int64](repeating: 0, count: total)
        for (i, v) in values.enumerated() { out[i * n + Int(v)] = 1 }
        return try Tensor(out, shape: indices.shape + [n])
    }
}
