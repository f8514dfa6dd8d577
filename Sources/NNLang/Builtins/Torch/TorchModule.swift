import NNAutograd
import NNTensor

/// The `torch` module (tensor part): float32 tensors with autograd, PyTorch semantics and
/// PyTorch's printing. `torch.nn`, `torch.nn.functional` and `torch.optim` are separate
/// modules that use `TensorSupport`'s API.
///
/// nn computes on the CPU only: `torch.cuda.is_available()` is False, `torch.device('cuda')`
/// can be named but moving tensors to it raises. `torch.__version__` is `2.15.0+nn`: the
/// PyTorch release whose behaviour the binding follows, with nn's local label (as PyTorch
/// labels builds `+cpu` or `+cu132`).
enum TorchModule {
    /// The version string scripts see.
    static let version = "2.15.0+nn"

    @Sendable static func register(_ m: ModuleObject, _ rt: Runtime) throws {
        m.type(TensorObject.type)
        m.type(SizeObject.type)
        m.type(DeviceObject.type)
        m.constant("dtype", .type(TorchDTypeObject.type))
        for (names, object) in TorchDTypeObject.all {
            for name in names { m.constant(name, .native(object)) }
        }
        m.constant("__version__", .string(version))
        m.constant("pi", .float(Double.pi))
        m.constant("e", .float(2.718281828459045))
        m.constant("inf", .float(.infinity))
        m.constant("nan", .float(.nan))
        TorchCreation.register(m)
        TorchOps.registerFunctions(m)
        TorchFunctions.register(m)
        TorchSerialization.register(m)
        let cuda = ModuleObject(name: "torch.cuda", doc: "CUDA queries: nn has no GPU.")
        cuda.fn("is_available", "", doc: "False: nn computes on the CPU.") { _, _ in .false }
        cuda.fn("device_count", "", doc: "0: nn computes on the CPU.") { _, _ in .int(0) }
        cuda.fn("manual_seed", "seed", doc: "Does nothing (no GPU).") { _, _ in .none }
        cuda.fn("manual_seed_all", "seed", doc: "Does nothing (no GPU).") { _, _ in .none }
        m.constant("cuda", .module(cuda))
        let backends = ModuleObject(name: "torch.backends", doc: "Backend queries.")
        let mps = ModuleObject(name: "torch.backends.mps", doc: "Apple GPU queries: nn has no GPU.")
        mps.fn("is_available", "", doc: "False: nn computes on the CPU.") { _, _ in .false }
        backends.constant("mps", .module(mps))
        m.constant("backends", .module(backends))
    }
}
