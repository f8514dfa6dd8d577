import NN
import NNAutograd
import NNTensor

/// Turns errors of the tensor engine and of autograd into nn exceptions, worded as the library
/// the call came from words them: `np.*` calls in NumPy's wording, `torch.*` calls in
/// PyTorch's. Every binding body runs inside `TensorErrors.numpy { }` or `.torch { }`, so the
/// flavour is decided where the call is made, never guessed.
enum TensorErrors {
    /// NumPy's `numpy.exceptions.AxisError`: both a ValueError and an IndexError.
    nonisolated(unsafe) static let axisError: ClassObject = {
        // Immutable after its thread-safe lazy initialisation.
        let t = BuiltinTypes.shared
        return ClassObject(name: "AxisError", module: "numpy.exceptions", kind: .native,
                           bases: [t.valueError, t.indexError],
                           doc: "An axis out of range for an array (a ValueError and an IndexError).")
    }()

    /// The exception class called `name` (as `TensorError.exceptionName` and
    /// `AutogradError.exceptionName` give it); RuntimeError for a name nn does not know.
    static func exceptionClass(named name: String) -> ClassObject {
        let t = BuiltinTypes.shared
        switch name {
        case "ShapeError": return t.shapeError
        case "ValueError": return t.valueError
        case "TypeError": return t.typeError
        case "IndexError": return t.indexError
        case "MemoryError": return t.memoryError
        case "ZeroDivisionError": return t.zeroDivisionError
        case "NotImplementedError": return t.notImplementedError
        case "OverflowError": return t.overflowError
        case "AxisError": return axisError
        default: return t.runtimeError
        }
    }

    /// An error from a NumPy-flavoured call as an nn exception.
    static func numpy(_ error: any Error) -> ScriptError { convert(error, .numpy) }

    /// An error from a PyTorch-flavoured call as an nn exception.
    static func torch(_ error: any Error) -> ScriptError { convert(error, .torch) }

    static func convert(_ error: any Error, _ flavor: Flavor) -> ScriptError {
        switch error {
        case let e as ScriptError: return e
        case let e as TensorError:
            switch e {
            case .sliceStepZero, .negativeSliceStep:
                // Python's slice checks: ValueError in NumPy and PyTorch alike.
                return ScriptError.valueError(e.message(flavor))
            default:
                return ScriptError(exceptionClass(named: e.exceptionName(flavor)), e.message(flavor))
            }
        case let e as AutogradError:
            return ScriptError(exceptionClass(named: e.exceptionName), e.message)
        case let e as LayerInputError:
            let converted = convert(e.underlying, flavor)
            converted.hint = e.hint
            return converted
        case let e as ScriptErrorConvertible: return e.scriptError
        default: return ScriptError.runtimeError(String(describing: error))
        }
    }

    /// Runs `body`, converting errors in NumPy's wording.
    @inline(__always)
    static func numpy<T>(_ body: () throws -> T) throws(ScriptError) -> T {
        do { return try body() } catch { throw numpy(error) }
    }

    /// Runs `body`, converting errors in PyTorch's wording.
    @inline(__always)
    static func torch<T>(_ body: () throws -> T) throws(ScriptError) -> T {
        do { return try body() } catch { throw torch(error) }
    }
}

/// Tensor errors that escape a binding unconverted (from code outside `np`/`torch`, such as
/// layers) are worded as PyTorch words them: everything above NNTensor is torch-flavoured.
extension TensorError: ScriptErrorConvertible {
    public var scriptError: ScriptError { TensorErrors.convert(self, .torch) }
}

/// Autograd errors carry PyTorch's wording and exception class.
extension AutogradError: ScriptErrorConvertible {
    public var scriptError: ScriptError { TensorErrors.convert(self, .torch) }
}
