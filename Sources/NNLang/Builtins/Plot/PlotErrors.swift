import NNPlot

/// NNPlot's errors are matplotlib's and NumPy's `ValueError`s (their messages are worded
/// as those libraries word them); a file that cannot be written is an `OSError`.
extension PlotError: ScriptErrorConvertible {
    /// The nn exception for this error.
    public var scriptError: ScriptError {
        switch self {
        case .writeFailed:
            return ScriptError(BuiltinTypes.shared.osError, description)
        default:
            return ScriptError.valueError(description)
        }
    }
}
