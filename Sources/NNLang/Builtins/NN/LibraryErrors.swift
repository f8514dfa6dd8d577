import NN

/// The nn exceptions raised for errors of the layer, optimizer and model-file libraries:
/// each library error names its Python exception (`exceptionName`) and words its message as
/// PyTorch does; this maps the name to the class.
enum LibraryErrors {
    /// The exception class called `name`: a built-in one (`FileNotFoundError`, `KeyError`…),
    /// OSError for the OS errors nn has no class of its own for (`IsADirectoryError`,
    /// `PermissionError`, `EOFError` of a truncated gzip stream), else what the tensor
    /// bindings map it to (RuntimeError for unknown names).
    static func exceptionClass(named name: String) -> ClassObject {
        let types = BuiltinTypes.shared
        if let c = types.exceptionClasses.first(where: { $0.name == name }) { return c }
        switch name {
        case "IsADirectoryError", "PermissionError", "EOFError": return types.osError
        default: return TensorErrors.exceptionClass(named: name)
        }
    }

    /// An nn exception of class `name` with `message`.
    static func error(_ name: String, _ message: String) -> ScriptError {
        ScriptError(exceptionClass(named: name), message)
    }
}

/// Module, optimizer and scheduler errors, worded as PyTorch words them.
extension NNError: ScriptErrorConvertible {
    public var scriptError: ScriptError { LibraryErrors.error(exceptionName, message) }
}

/// Model-file errors: they name the file.
extension SafeTensorsError: ScriptErrorConvertible {
    public var scriptError: ScriptError { LibraryErrors.error(exceptionName, message) }
}
