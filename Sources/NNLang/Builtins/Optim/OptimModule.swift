import NN

/// The modules `torch.optim` (`optim`) and `torch.optim.lr_scheduler`.
enum OptimModule {
    @Sendable static func register(_ m: ModuleObject, _ rt: Runtime) throws {
        m.type(OptimClasses.optimizer)
        for name in OptimClasses.byName.keys.sorted() {
            if let c = OptimClasses.byName[name] { m.type(c) }
        }
    }

    @Sendable static func registerSchedulers(_ m: ModuleObject, _ rt: Runtime) throws {
        m.type(SchedulerObject.type)
    }
}
