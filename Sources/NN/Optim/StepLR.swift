/// Decays each group's learning rate by `gamma` every `stepSize` calls of `step()`
/// (`torch.optim.lr_scheduler.StepLR`). Creating it records `initial_lr` in each group and
/// takes the initial step (epoch 0), as PyTorch does.
public final class StepLR {
    public let optimizer: Optimizer
    public let stepSize: Int
    public let gamma: Double
    /// The number of `step()` calls so far (0 right after creation).
    public private(set) var lastEpoch: Int
    /// The learning rates after the last step (`get_last_lr()`).
    public private(set) var lastLR: [Double] = []

    public init(_ optimizer: Optimizer, stepSize: Int, gamma: Double = 0.1) throws {
        if stepSize <= 0 { throw NNError.nonPositive(name: "step_size", value: stepSize) }
        (self.optimizer, self.stepSize, self.gamma, self.lastEpoch) = (optimizer, stepSize, gamma, -1)
        for g in optimizer.paramGroups where g["initial_lr"] == nil { g["initial_lr"] = g["lr"] }
        step()
    }

    /// Advances one epoch; every `stepSize`-th epoch multiplies the learning rates by `gamma`.
    public func step() {
        lastEpoch += 1
        if lastEpoch != 0 && lastEpoch % stepSize == 0 {
            for g in optimizer.paramGroups { g.lr *= gamma }
        }
        lastLR = optimizer.paramGroups.map(\.lr)
    }
}
