import NN
import NNAutograd
import NNTensor

extension LayerClasses {
    /// Linear, convolution, pooling, reshaping, dropout, normalisation and container layers.
    static func layers() -> [ClassObject] {
        [
            simple("Linear", "linear", "in_features, out_features, bias=True, device=None, dtype=None",
                   doc: "y = x·Wᵀ + b, with PyTorch's default initialisation.") { a in
                try a.requireCPU(3)
                return try Linear(inFeatures: try size(a, 0), outFeatures: try size(a, 1), bias: try a.bool(2), dtype: try a.layerDType(4))
            },
            simple("Identity", "linear", "*args, **kwargs", doc: "Returns its input unchanged.") { _ in Identity() },
            simple("Conv2d", "conv",
                   "in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True, padding_mode='zeros', device=None, dtype=None",
                   doc: "2-D convolution over [N, C, H, W] input.") { a in
                try a.requireCPU(9)
                let mode = try a.string(8)
                guard mode == "zeros" else {
                    if ["reflect", "replicate", "circular"].contains(mode) {
                        throw ScriptError.notImplemented("nn's Conv2d pads with zeros only (padding_mode='\(mode)' is not available)")
                    }
                    throw ScriptError.valueError("padding_mode must be one of ['zeros', 'reflect', 'replicate', 'circular'], but got padding_mode='\(mode)'")
                }
                let padding: Conv2d.Padding
                if case .str(let s) = a[4] {
                    padding = try Conv2d.Padding(parsing: s.value)
                } else {
                    let (h, w) = try a.sizePair(4).pair
                    padding = .explicit(h, w)
                }
                return try Conv2d(inChannels: try size(a, 0), outChannels: try size(a, 1), kernelSize: try a.sizePair(2),
                                  stride: try a.sizePair(3), padding: padding, dilation: try a.sizePair(5), groups: try a.int(6),
                                  bias: try a.bool(7), dtype: try a.layerDType(10))
            },
            simple("MaxPool2d", "pooling", "kernel_size, stride=None, padding=0, dilation=1, return_indices=False, ceil_mode=False",
                   doc: "2-D max pooling; stride defaults to kernel_size.") { a in
                MaxPool2d(kernelSize: try a.sizePair(0), stride: try a.optionalSizePair(1), padding: try a.sizePair(2),
                          dilation: try a.sizePair(3), returnIndices: try a.bool(4), ceilMode: try a.bool(5))
            },
            simple("AvgPool2d", "pooling", "kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None",
                   doc: "2-D average pooling; stride defaults to kernel_size.") { a in
                AvgPool2d(kernelSize: try a.sizePair(0), stride: try a.optionalSizePair(1), padding: try a.sizePair(2),
                          ceilMode: try a.bool(3), countIncludePad: try a.bool(4), divisorOverride: try a.optionalInt(5))
            },
            simple("Flatten", "flatten", "start_dim=1, end_dim=-1", doc: "Merges dimensions start_dim…end_dim (all but the batch by default).") { a in
                Flatten(startDim: try a.int(0), endDim: try a.int(1))
            },
            simple("Dropout", "dropout", "p=0.5, inplace=False", doc: "Zeroes elements with probability p in training mode (scaling the rest by 1/(1-p)).") { a in
                try Dropout(p: try a.number(0), inplace: try a.bool(1))
            },
            simple("Dropout2d", "dropout", "p=0.5, inplace=False", doc: "Zeroes whole channels with probability p in training mode.") { a in
                try Dropout(p: try a.number(0), inplace: try a.bool(1), channelwise: true)
            },
            simple("BatchNorm1d", "batchnorm", "num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, device=None, dtype=None, *, bias=True",
                   doc: "Batch normalisation over [N, C] or [N, C, L] input.") { a in
                try batchNorm(a, spatial: 1)
            },
            simple("BatchNorm2d", "batchnorm", "num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, device=None, dtype=None, *, bias=True",
                   doc: "Batch normalisation over [N, C, H, W] input.") { a in
                try batchNorm(a, spatial: 2)
            },
            simple("Embedding", "sparse", "num_embeddings, embedding_dim, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, sparse=False, _weight=None, _freeze=False, device=None, dtype=None",
                   doc: "A table of num_embeddings vectors looked up by index.") { a in
                try a.requireCPU(9)
                if !a.isNone(3) { throw ScriptError.notImplemented("nn's Embedding has no max_norm") }
                return try Embedding(numEmbeddings: try size(a, 0), embeddingDim: try size(a, 1), paddingIndex: try a.optionalInt(2),
                                     dtype: try a.layerDType(10))
            },
            layer("Sequential", "container", "*args", doc: "Runs its modules in order; indexable, sliceable, iterable.") { a, _ in
                var named: [(String, Value)] = []
                if a.varArgCount == 1, case .dict(let d) = a.varArg(0) {
                    // PyTorch's OrderedDict form; nn's dicts keep insertion order.
                    for (k, v) in d.entries {
                        guard case .str(let s) = k else { throw ScriptError.typeError("module name should be a string. Got \(k.typeName)") }
                        named.append((s.value, v))
                    }
                    return (try Sequential(named: try named.map { ($0.0, try ContainerAccess.module($0.1)) }), named)
                }
                named = a.varArgs.enumerated().map { (String($0.offset), $0.element) }
                return (Sequential(try a.varArgs.map(ContainerAccess.module)), named)
            },
            layer("ModuleList", "container", "modules=None", doc: "A list of modules, registered in order (no forward of its own).") { a, rt in
                let values = a.isNone(0) ? [] : try rt.toArray(a[0])
                let named = values.enumerated().map { (String($0.offset), $0.element) }
                return (ModuleList(try values.map(ContainerAccess.module)), named)
            },
        ]
    }

    /// A size argument (a count of features or channels): an int, non-negative.
    static func size(_ a: BoundArguments, _ i: Int) throws -> Int {
        let n = try a.int(i)
        if n < 0 {
            throw ScriptError.runtimeError("Trying to create tensor with negative dimension \(n): \(a.parameterName(i))=\(n)")
        }
        return n
    }

    private static func batchNorm(_ a: BoundArguments, spatial: Int) throws -> Module {
        try a.requireCPU(5)
        return try BatchNorm(numFeatures: try size(a, 0), spatialDimensions: spatial, eps: try a.number(1), momentum: try a.optionalNumber(2),
                             affine: try a.bool(3), bias: try a.bool(7), trackRunningStats: try a.bool(4), dtype: try a.layerDType(6))
    }
}
