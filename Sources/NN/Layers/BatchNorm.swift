import NNAutograd
import NNTensor

/// Batch normalisation (`nn.BatchNorm1d` over `[N, C]`/`[N, C, L]`, `nn.BatchNorm2d` over
/// `[N, C, H, W]`), with running statistics updated in training mode and used in evaluation
/// mode. `momentum: nil` averages over all batches seen (`num_batches_tracked`).
public final class BatchNorm: Module {
    public let numFeatures: Int
    public let eps: Number
    public let momentum: Number?
    public let affine: Bool
    public let hasBias: Bool
    public let trackRunningStats: Bool
    /// 1 for BatchNorm1d, 2 for BatchNorm2d.
    public let spatialDimensions: Int

    public init(numFeatures: Int, spatialDimensions: Int, eps: Number = 1e-05, momentum: Number? = 0.1,
                affine: Bool = true, bias: Bool = true, trackRunningStats: Bool = true, dtype: DType = .float32) throws {
        (self.numFeatures, self.eps, self.momentum) = (numFeatures, eps, momentum)
        (self.affine, self.hasBias, self.trackRunningStats) = (affine, affine && bias, trackRunningStats)
        self.spatialDimensions = spatialDimensions
        super.init(typeName: "BatchNorm\(spatialDimensions)d")
        try registerParameter("weight", affine ? try Variable.parameter(Tensor.ones([numFeatures], dtype: dtype)) : nil)
        try registerParameter("bias", affine && bias ? try Variable.parameter(Tensor.zeros([numFeatures], dtype: dtype)) : nil)
        if trackRunningStats {
            try registerBuffer("running_mean", Variable(Tensor.zeros([numFeatures], dtype: dtype)))
            try registerBuffer("running_var", Variable(Tensor.ones([numFeatures], dtype: dtype)))
            try registerBuffer("num_batches_tracked", Variable(Tensor.zeros([], dtype: .int64)))
        } else {
            try registerBuffer("running_mean", nil)
            try registerBuffer("running_var", nil)
            try registerBuffer("num_batches_tracked", nil)
        }
    }

    public override func forward(_ input: Variable) throws -> Variable {
        if spatialDimensions == 1 && input.ndim != 2 && input.ndim != 3 {
            throw AutogradError.batchNormInputDims(expected: "2D or 3D", got: input.ndim)
        }
        if spatialDimensions == 2 && input.ndim != 4 {
            throw AutogradError.batchNormInputDims(expected: "4D", got: input.ndim)
        }
        var factor = momentum?.value ?? 0
        let tracked = buffer(named: "num_batches_tracked")
        if training && trackRunningStats, let tracked {
            tracked.data.fill(.int(tracked.data.int64Element(at: 0) &+ 1))
            if momentum == nil { factor = 1 / Double(Swift.max(tracked.data.int64Element(at: 0), 1)) }
        }
        let mean = buffer(named: "running_mean"), variance = buffer(named: "running_var")
        let useRunning = !training || trackRunningStats
        return try Variable.batchNorm(input, runningMean: useRunning ? mean?.data : nil,
                                      runningVar: useRunning ? variance?.data : nil,
                                      weight: parameter(named: "weight"), bias: parameter(named: "bias"),
                                      training: training || mean == nil || variance == nil,
                                      momentum: factor, eps: eps.value)
    }

    public override func extraRepr() -> String {
        func b(_ v: Bool) -> String { v ? "True" : "False" }
        return "\(numFeatures), eps=\(eps), momentum=\(momentum.map(\.description) ?? "None"), affine=\(b(affine)), bias=\(b(hasBias)), track_running_stats=\(b(trackRunningStats))"
    }
}
