import NN

/// `optim.lr_scheduler.StepLR(optimizer, step_size, gamma=0.1)`: multiplies the learning
/// rates by `gamma` every `step_size` calls of `step()`.
final class SchedulerObject: NativeObject {
    let scheduler: StepLR
    let optimizer: OptimizerObject
    /// The optimizer value given to the constructor (`scheduler.optimizer`).
    let optimizerValue: Value

    init(_ scheduler: StepLR, optimizer: OptimizerObject, value: Value) {
        self.scheduler = scheduler
        self.optimizer = optimizer
        self.optimizerValue = value
    }

    nonisolated(unsafe) static let type: ClassObject = {
        // Immutable after its thread-safe lazy initialisation.
        let c = ClassObject.native("StepLR", module: "torch.optim.lr_scheduler", doc: "Decays the learning rates by gamma every step_size epochs.")
        c.subclassable = false
        c.constructor = BuiltinFunction("StepLR.__init__", "optimizer, step_size, gamma=0.1, last_epoch=-1",
                                        doc: "A scheduler over optimizer's groups; call step() once per epoch.") { a, _ in
            guard case .native(let o as OptimizerObject) = a[0] else {
                throw ScriptError.typeError("\(a[0].typeName) is not an Optimizer")
            }
            guard try a.int(3) == -1 else {
                throw ScriptError.notImplemented("nn's StepLR starts from last_epoch=-1 only")
            }
            try o.copyIn()
            let s = try TensorErrors.torch { try StepLR(o.optimizer, stepSize: try a.int(1), gamma: try a.double(2)) }
            o.copyOut()
            return .native(SchedulerObject(s, optimizer: o, value: a[0]))
        }
        c.method("step", "epoch=None", doc: "Advances one epoch (decaying the learning rates every step_size epochs).") { a, _ in
            let object = try a.receiver(as: SchedulerObject.self, typeName: "StepLR")
            if !a.isNone(0) { throw ScriptError.notImplemented("nn's StepLR.step() takes no epoch; call it once per epoch") }
            try object.optimizer.copyIn()
            object.scheduler.step()
            object.optimizer.copyOut()
            return .none
        }
        c.method("get_last_lr", "", doc: "The learning rates after the last step, one per group.") { a, _ in
            let object = try a.receiver(as: SchedulerObject.self, typeName: "StepLR")
            return .list(ListObject(object.scheduler.lastLR.map(Value.float)))
        }
        return c
    }()

    override var nativeType: ClassObject { SchedulerObject.type }

    override func getAttribute(_ name: String, owner: Value, _ rt: Runtime) throws -> Value? {
        switch name {
        case "last_epoch": return .int(scheduler.lastEpoch)
        case "step_size": return .int(scheduler.stepSize)
        case "gamma": return .float(scheduler.gamma)
        case "optimizer": return optimizerValue
        case "base_lrs": return .list(ListObject(optimizer.optimizer.paramGroups.map { .float($0["initial_lr"]?.doubleValue ?? $0.lr) }))
        default: return nil
        }
    }

    override var dynamicAttributeNames: [String] { ["last_epoch", "step_size", "gamma", "optimizer", "base_lrs"] }
}
