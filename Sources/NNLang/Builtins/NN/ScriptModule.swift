import NN
import NNAutograd

/// The library module behind an instance of a class written in nn (`class Net(nn.Module)`):
/// its registries hold what `__init__` assigns to `self`, its repr uses the class name, and
/// its forward is the script's `forward` method.
///
/// The instance owns this module (through its native part); the module refers back to the
/// instance weakly, so no reference cycle keeps a dropped model alive. Whoever registers the
/// instance as a child keeps the instance value alive with it (see `NNModuleObject.retained`).
final class ScriptModule: Module {
    /// The nn instance whose `forward` this module runs.
    weak var instance: Instance?
    /// The session that runs `forward`.
    weak var runtime: Runtime?

    init(instance: Instance, runtime: Runtime) {
        self.instance = instance
        self.runtime = runtime
        super.init(typeName: instance.cls.name)
    }

    /// The script's `forward(x)`, for containers (`nn.Sequential(Block(), …)`) that call their
    /// children with one tensor; it must return one tensor.
    override func forward(_ input: Variable) throws -> Variable {
        guard let instance, let runtime else {
            throw ScriptError.runtimeError("the \(typeName) object behind this module no longer exists")
        }
        let result = try runtime.callMethod(.instance(instance), "forward", Arguments([.tensor(input)]))
        guard let output = result.torchVariable else {
            throw ScriptError.typeError("\(typeName).forward() returned \(result.typeName); a module inside a container must return a Tensor")
        }
        return output
    }

    /// The script's `extra_repr()`, when its class defines one (else nothing).
    override func extraRepr() -> String {
        guard let instance, let runtime, let method = instance.cls.lookup("extra_repr") else { return "" }
        if case .builtin = method { return "" }
        guard let text = try? runtime.callMethod(.instance(instance), "extra_repr"), case .str(let s) = text else { return "" }
        return s.value
    }
}
