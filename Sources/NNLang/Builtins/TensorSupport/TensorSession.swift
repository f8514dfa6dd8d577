import NNTensor

/// What the tensor bindings remember per interpreter session: the options set by
/// `np.set_printoptions` and `torch.set_printoptions`. A reset session (`:reset`, a new
/// `Interpreter`) starts again from NumPy's and PyTorch's defaults.
final class TensorSession {
    /// How `np.*` arrays print.
    var numpy = NumPyPrintOptions()
    /// How `torch.*` tensors print.
    var torch = TorchPrintOptions()
}

extension Runtime {
    /// The binding state of type `T` for this session, made by `make` on first use.
    func bindingState<T: AnyObject>(_ type: T.Type, make: () -> T) -> T {
        let key = ObjectIdentifier(type)
        if let existing = bindingStates[key] as? T { return existing }
        let state = make()
        bindingStates[key] = state
        return state
    }

    /// The tensor bindings' state for this session.
    var tensorSession: TensorSession { bindingState(TensorSession.self) { TensorSession() } }
}
