import NNAutograd
import NNTensor

/// Everything that can go wrong in modules, optimizers and schedulers, with the data a
/// message needs; one renderer words it as PyTorch does. Tensor and autograd errors raised
/// inside a layer stay `TensorError` / `AutogradError`; model files have `SafeTensorsError`.
public enum NNError: Error, Equatable, Sendable {
    /// A module without a forward function was called.
    case forwardNotImplemented(typeName: String)
    /// A forward that takes two inputs (a loss) called with one, or the reverse.
    case forwardArity(typeName: String, expected: Int, got: Int)
    /// `load_state_dict` problems, all reported together as PyTorch does.
    case stateDict(typeName: String, missing: [String], unexpected: [String], sizeMismatches: [SizeMismatch])
    /// A registration name that PyTorch refuses (`reason` is its wording).
    case registrationName(kind: String, name: String, reason: NameProblem)
    /// A container index out of range.
    case indexOutOfRange(index: Int, count: Int)
    /// An optimizer given no parameters.
    case emptyParameterList
    /// A parameter that is not a leaf.
    case nonLeafParameter
    /// The same parameter in two parameter groups.
    case duplicateParameter
    /// An out-of-range hyperparameter: `Invalid learning rate: -1.0`.
    case hyperparameter(what: String, value: Double)
    /// Nesterov momentum without momentum, or with dampening.
    case nesterov
    /// `padding='same'` on a strided convolution.
    case samePaddingStride
    /// A padding string other than 'same' or 'valid'.
    case paddingString(String)
    /// `init` functions on a tensor with fewer than two dimensions.
    case fanOfVector
    /// An unknown nonlinearity name for `calculate_gain`.
    case nonlinearity(String)
    /// A non-finite total norm in `clip_grad_norm_` with `error_if_nonfinite`.
    case nonFiniteNorm(normType: Double)
    /// A `reduction`, `mode`, `approximate` or similar string argument PyTorch does not know.
    case invalidChoice(argument: String, value: String, choices: [String])
    /// An embedding padding index outside the table.
    case paddingIndex
    /// Convolution channels not divisible by `groups`.
    case divisibleByGroups(what: String)
    /// A layer whose parameter was set to None before a forward that needs it.
    case missingParameter(typeName: String, name: String)
    /// A positive integer argument that was not positive.
    case nonPositive(name: String, value: Int)

    /// One "size mismatch for KEY" entry of a state-dict error.
    public struct SizeMismatch: Equatable, Sendable {
        public let key: String
        public let checkpoint: [Int]
        public let model: [Int]
        public init(key: String, checkpoint: [Int], model: [Int]) {
            self.key = key
            self.checkpoint = checkpoint
            self.model = model
        }
    }

    /// Why a registration name was refused.
    public enum NameProblem: Equatable, Sendable {
        case empty, containsDot, exists
    }
}

extension NNError: CustomStringConvertible {
    public var description: String { message }

    /// The Python exception the language raises.
    public var exceptionName: String {
        switch self {
        case .forwardNotImplemented: return "NotImplementedError"
        case .forwardArity: return "TypeError"
        case .stateDict: return "RuntimeError"
        case .registrationName: return "KeyError"
        case .indexOutOfRange: return "IndexError"
        case .nonFiniteNorm, .missingParameter: return "RuntimeError"
        default: return "ValueError"
        }
    }

    /// The message, worded as PyTorch words it.
    public var message: String {
        switch self {
        case .forwardNotImplemented(let name):
            return "Module [\(name)] is missing the required \"forward\" function"
        case .forwardArity(let name, let expected, let got):
            return "\(name).forward() takes \(expected + 1) positional arguments but \(got + 1) were given"
        case .stateDict(let name, let missing, let unexpected, let mismatches):
            var parts: [String] = []
            if !missing.isEmpty {
                parts.append("Missing key(s) in state_dict: " + missing.map { "\"\($0)\"" }.joined(separator: ", ") + ". ")
            }
            if !unexpected.isEmpty {
                parts.append("Unexpected key(s) in state_dict: " + unexpected.map { "\"\($0)\"" }.joined(separator: ", ") + ". ")
            }
            for m in mismatches {
                parts.append("size mismatch for \(m.key): copying a param with shape \(torchSizeText(m.checkpoint)) from checkpoint, the shape in current model is \(torchSizeText(m.model)).")
            }
            return "Error(s) in loading state_dict for \(name):\n\t" + parts.joined(separator: "\n\t")
        case .registrationName(let kind, let name, let problem):
            switch problem {
            case .empty: return "\(kind) name can't be empty string \"\""
            case .containsDot:
                return kind == "module" ? "module name can't contain \".\", got: \(name)" : "\(kind) name can't contain \".\""
            case .exists: return "attribute '\(name)' already exists"
            }
        case .indexOutOfRange(let index, _):
            return "index \(index) is out of range"
        case .emptyParameterList:
            return "optimizer got an empty parameter list"
        case .nonLeafParameter:
            return "can't optimize a non-leaf Tensor"
        case .duplicateParameter:
            return "some parameters appear in more than one parameter group"
        case .hyperparameter(let what, let value):
            return "Invalid \(what): \(PythonFloatFormat.repr(value))"
        case .nesterov:
            return "Nesterov momentum requires a momentum and zero dampening"
        case .samePaddingStride:
            return "padding='same' is not supported for strided convolutions"
        case .paddingString(let s):
            return "Invalid padding string '\(s)', should be one of {'valid', 'same'}"
        case .fanOfVector:
            return "Fan in and fan out can not be computed for tensor with fewer than 2 dimensions"
        case .nonlinearity(let name):
            return "Unsupported nonlinearity \(name)"
        case .nonFiniteNorm(let p):
            return "The total norm of order \(PythonFloatFormat.repr(p)) for gradients from `parameters` is non-finite, so it cannot be clipped. To disable this error and scale the gradients by the non-finite norm anyway, set `error_if_nonfinite=False`"
        case .invalidChoice(let argument, let value, let choices):
            return "\(argument) must be one of " + choices.map { "'\($0)'" }.joined(separator: ", ") + ", but got '\(value)'"
        case .paddingIndex:
            return "Padding_idx must be within num_embeddings"
        case .divisibleByGroups(let what):
            return "\(what) must be divisible by groups"
        case .missingParameter(let typeName, let name):
            return "\(typeName).\(name) is None"
        case .nonPositive(let name, let value):
            return "\(name) must be a positive integer, but got \(value)"
        }
    }
}
