import NN
import NNAutograd
import NNTensor

extension LayerClasses {
    /// The loss modules: called as `criterion(output, target)`.
    static func losses() -> [ClassObject] {
        [
            simple("MSELoss", "loss", "size_average=None, reduce=None, reduction='mean'", doc: "Mean squared error.") { a in
                try Loss(.mse, reduction: try reduction(a, sizeAverage: 0, reduce: 1, reduction: 2))
            },
            simple("L1Loss", "loss", "size_average=None, reduce=None, reduction='mean'", doc: "Mean absolute error.") { a in
                try Loss(.l1, reduction: try reduction(a, sizeAverage: 0, reduce: 1, reduction: 2))
            },
            simple("CrossEntropyLoss", "loss",
                   "weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean', label_smoothing=0.0",
                   doc: "Cross-entropy of logits [N, C] against class indices [N] (or class probabilities).") { a in
                try Loss(.crossEntropy(ignoreIndex: Int64(try a.int(2)), labelSmoothing: try a.double(5)),
                         reduction: try reduction(a, sizeAverage: 1, reduce: 3, reduction: 4), weight: try a.optionalWeight(0))
            },
            simple("NLLLoss", "loss", "weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean'",
                   doc: "Negative log-likelihood of log-probabilities [N, C] against class indices [N].") { a in
                try Loss(.nll(ignoreIndex: Int64(try a.int(2))), reduction: try reduction(a, sizeAverage: 1, reduce: 3, reduction: 4),
                         weight: try a.optionalWeight(0))
            },
            simple("BCELoss", "loss", "weight=None, size_average=None, reduce=None, reduction='mean'",
                   doc: "Binary cross-entropy of probabilities against 0/1 targets.") { a in
                try Loss(.bce, reduction: try reduction(a, sizeAverage: 1, reduce: 2, reduction: 3), weight: try a.optionalWeight(0))
            },
            simple("BCEWithLogitsLoss", "loss", "weight=None, size_average=None, reduce=None, reduction='mean', pos_weight=None",
                   doc: "Binary cross-entropy of logits (a sigmoid built in, numerically stable).") { a in
                try Loss(.bceWithLogits, reduction: try reduction(a, sizeAverage: 1, reduce: 2, reduction: 3), weight: try a.optionalWeight(0),
                         posWeight: try a.optionalWeight(4))
            },
        ]
    }

    /// The reduction of a loss constructor: `reduction=`, or PyTorch's legacy rule when the
    /// deprecated `size_average` / `reduce` flags are given.
    static func reduction(_ a: BoundArguments, sizeAverage: Int, reduce: Int) throws -> Reduction? {
        if a.isNone(sizeAverage) && a.isNone(reduce) { return nil }
        let average = a.isNone(sizeAverage) ? true : try a.bool(sizeAverage)
        let reducing = a.isNone(reduce) ? true : try a.bool(reduce)
        return reducing ? (average ? .mean : .sum) : Reduction.none
    }

    private static func reduction(_ a: BoundArguments, sizeAverage: Int, reduce: Int, reduction: Int) throws -> Reduction {
        try self.reduction(a, sizeAverage: sizeAverage, reduce: reduce) ?? a.reduction(reduction)
    }
}
