/// Registration of tensor functions and methods whose errors are worded by library: a body
/// registered with `numpy` reports engine errors as NumPy does, one registered with `torch`
/// as PyTorch does.
extension ModuleObject {
    /// Registers a NumPy-flavoured function.
    @discardableResult
    func numpy(_ name: String, _ parameters: String, doc: String = "", _ body: @escaping BuiltinFunction.Body) -> BuiltinFunction {
        fn(name, parameters, doc: doc) { a, rt in try TensorErrors.numpy { try body(a, rt) } }
    }

    /// Registers a PyTorch-flavoured function.
    @discardableResult
    func torch(_ name: String, _ parameters: String, doc: String = "", _ body: @escaping BuiltinFunction.Body) -> BuiltinFunction {
        fn(name, parameters, doc: doc) { a, rt in try TensorErrors.torch { try body(a, rt) } }
    }
}

extension ClassObject {
    /// Registers a NumPy-flavoured method.
    @discardableResult
    func numpy(_ name: String, _ parameters: String, doc: String = "", _ body: @escaping BuiltinFunction.Body) -> BuiltinFunction {
        method(name, parameters, doc: doc) { a, rt in try TensorErrors.numpy { try body(a, rt) } }
    }

    /// Registers a PyTorch-flavoured method.
    @discardableResult
    func torch(_ name: String, _ parameters: String, doc: String = "", _ body: @escaping BuiltinFunction.Body) -> BuiltinFunction {
        method(name, parameters, doc: doc) { a, rt in try TensorErrors.torch { try body(a, rt) } }
    }
}
