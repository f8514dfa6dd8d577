import NN
import NNAutograd
import NNTensor

/// The module `torch.nn` (`nn`): `Module`, `Parameter`, the layers, activations, losses and
/// containers. `nn.functional`, `nn.init` and `nn.utils` are modules of their own.
enum TorchNNModule {
    @Sendable static func register(_ m: ModuleObject, _ rt: Runtime) throws {
        m.type(ModuleClass.type)
        m.type(TensorObject.parameterType)
        for name in LayerClasses.byName.keys.sorted() {
            if let c = LayerClasses.byName[name] { m.type(c) }
        }
    }
}
