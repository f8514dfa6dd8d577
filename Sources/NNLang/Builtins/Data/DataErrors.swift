import NNData

/// Data-file, dataset, transform and loader errors: they name the file, the sizes or the
/// sample involved, as torchvision and PyTorch do.
extension DataError: ScriptErrorConvertible {
    public var scriptError: ScriptError { LibraryErrors.error(exceptionName, message) }
}
