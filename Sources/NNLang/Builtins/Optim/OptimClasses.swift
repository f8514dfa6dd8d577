import NN
import NNAutograd

/// The classes of `torch.optim`: the `Optimizer` base with its methods, and `SGD`, `Adam`,
/// `AdamW`, `RMSprop` with PyTorch's constructor arguments and defaults.
enum OptimClasses {
    /// `torch.optim.Optimizer`.
    nonisolated(unsafe) static let optimizer: ClassObject = {
        // Immutable after its thread-safe lazy initialisation.
        let c = ClassObject.native("Optimizer", module: "torch.optim.optimizer", doc: "Base class of the optimizers.")
        c.subclassable = false
        registerMethods(c)
        return c
    }()

    /// The optimizer classes by name.
    nonisolated(unsafe) static let byName: [String: ClassObject] = {
        // Immutable after its thread-safe lazy initialisation.
        var table: [String: ClassObject] = [:]
        for c in [sgd(), adam(), adamW(), rmsprop()] { table[c.name] = c }
        return table
    }()

    static func receiver(_ a: BoundArguments) throws(ScriptError) -> OptimizerObject {
        try a.receiver(as: OptimizerObject.self, typeName: "Optimizer")
    }

    private static func registerMethods(_ c: ClassObject) {
        c.method("step", "closure=None", doc: "One update of every parameter that has a gradient.") { a, rt in
            let object = try receiver(a)
            var loss: Value = .none
            if !a.isNone(0) { loss = try rt.call(a[0]) }
            try object.copyIn()
            try TensorErrors.torch { try object.optimizer.step() }
            return loss
        }
        c.method("zero_grad", "set_to_none=True", doc: "Clears the gradients of the optimized parameters (to None by default).") { a, _ in
            try receiver(a).optimizer.zeroGrad(setToNone: try a.bool(0))
            return .none
        }
        c.method("add_param_group", "param_group", doc: "Adds a group of parameters with its own options.") { a, rt in
            let object = try receiver(a)
            guard case .dict(let d) = a[0] else {
                throw ScriptError.typeError("param_group must be a dict, but got \(a[0].typeName)")
            }
            try object.copyIn()
            try TensorErrors.torch { try object.optimizer.addParamGroup(try ParamGroups.spec(d, rt)) }
            object.copyOut()
            return .none
        }
        c.method("state_dict", "", doc: "Not available in nn: save model.state_dict() instead.") { _, _ in
            throw ScriptError.notImplemented("nn's optimizers do not export their state; save model.state_dict() and make a new optimizer after loading it")
        }
    }

    /// An optimizer class whose constructor makes the library optimizer from the groups and
    /// the bound arguments.
    private static func make(_ name: String, _ parameters: String, doc: String,
                             _ build: @escaping ([ParamGroupSpec], BoundArguments) throws -> Optimizer) -> ClassObject {
        let c = ClassObject.native(name, module: "torch.optim.\(name.lowercased())", base: optimizer, doc: doc)
        c.subclassable = false
        c.constructor = BuiltinFunction("\(name).__init__", parameters, doc: doc) { a, rt in
            let specs = try ParamGroups.specs(a[0], rt)
            return .native(OptimizerObject(try TensorErrors.torch { try build(specs, a) }))
        }
        return c
    }

    private static func pair(_ a: BoundArguments, _ i: Int) throws -> (NN.Number, NN.Number) {
        guard case .pair(let x, let y)? = ParamGroups.hyperparameter(a[i]) else {
            throw ScriptError.typeError("\(a.name)(): argument '\(a.parameterName(i))' must be a pair of numbers, not \(a[i].typeName)")
        }
        return (x, y)
    }

    private static func sgd() -> ClassObject {
        make("SGD", "params, lr=0.001, momentum=0, dampening=0, weight_decay=0, nesterov=False, *, maximize=False, foreach=None, differentiable=False, fused=None",
             doc: "Stochastic gradient descent, with optional momentum, Nesterov momentum and weight decay.") { g, a in
            try SGD(groups: g, lr: try a.number(1), momentum: try a.number(2), dampening: try a.number(3),
                    weightDecay: try a.number(4), nesterov: try a.bool(5), maximize: try a.bool(6))
        }
    }

    private static func adam() -> ClassObject {
        make("Adam", "params, lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0, amsgrad=False, *, foreach=None, maximize=False, capturable=False, differentiable=False, fused=None, decoupled_weight_decay=False",
             doc: "Adam: adaptive moment estimation.") { g, a in
            try Adam(groups: g, lr: try a.number(1), betas: try pair(a, 2), eps: try a.number(3), weightDecay: try a.number(4),
                     amsgrad: try a.bool(5), maximize: try a.bool(7), decoupled: try a.bool(11))
        }
    }

    private static func adamW() -> ClassObject {
        make("AdamW", "params, lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0.01, amsgrad=False, *, maximize=False, foreach=None, capturable=False, differentiable=False, fused=None",
             doc: "Adam with decoupled weight decay.") { g, a in
            try Adam.adamW(groups: g, lr: try a.number(1), betas: try pair(a, 2), eps: try a.number(3), weightDecay: try a.number(4),
                           amsgrad: try a.bool(5), maximize: try a.bool(6))
        }
    }

    private static func rmsprop() -> ClassObject {
        make("RMSprop", "params, lr=0.01, alpha=0.99, eps=1e-08, weight_decay=0, momentum=0, centered=False, capturable=False, foreach=None, maximize=False, differentiable=False",
             doc: "RMSprop: gradients divided by a running root mean square.") { g, a in
            try RMSprop(groups: g, lr: try a.number(1), alpha: try a.number(2), eps: try a.number(3), weightDecay: try a.number(4),
                        momentum: try a.number(5), centered: try a.bool(6), maximize: try a.bool(9))
        }
    }
}
