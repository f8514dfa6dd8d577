import NNTensor

/// A model file that cannot be written or read, naming the file and the problem.
public struct SafeTensorsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file.
    public let path: String
    /// What is wrong with it.
    public let problem: Problem

    public enum Problem: Equatable, Sendable {
        /// The operating system refused (`operation` is "open", "read", "write", "rename"…).
        case system(operation: String, code: Int32, text: String)
        /// Fewer than 8 bytes: no header length.
        case tooShortForHeader(size: Int)
        /// A header length beyond the limit.
        case headerTooLarge(length: UInt64, limit: Int)
        /// A header length past the end of the file.
        case truncatedHeader(length: UInt64, available: Int)
        /// The header is not valid JSON.
        case malformedJSON(offset: Int, reason: String)
        /// The header is JSON but not a safetensors header.
        case invalidHeader(String)
        /// A tensor entry with a bad field.
        case invalidEntry(tensor: String, reason: String)
        /// A dtype nn does not read (F16, BF16, I32, U8, …).
        case unsupportedDType(tensor: String, dtype: String)
        /// Shape × element size differs from the entry's byte span.
        case sizeMismatch(tensor: String, shape: [Int], dtype: String, expected: Int, span: Int)
        /// Data offsets that leave gaps, overlap or do not start at 0.
        case offsets(tensor: String, begin: Int, expected: Int)
        /// The data section is shorter or longer than the header says.
        case dataLength(expected: Int, actual: Int)
        /// A tensor that cannot be saved (a key that is not valid, a dtype without a safetensors name).
        case unsavable(tensor: String, reason: String)
    }

    /// The Python exception the language raises: FileNotFoundError, OSError or ValueError.
    public var exceptionName: String {
        if case .system(_, let code, _) = problem { return code == 2 ? "FileNotFoundError" : "OSError" }
        return "ValueError"
    }

    public var description: String { message }

    /// `cannot load 'model.safetensors': header length 200000000 exceeds the 100000000-byte limit`.
    public var message: String {
        switch problem {
        case .system(let op, let code, let text):
            if code == 2 { return "[Errno 2] No such file or directory: '\(path)'" }
            return "cannot \(op) '\(path)': [Errno \(code)] \(text)"
        default:
            return "cannot load '\(path)': " + detail
        }
    }

    private var detail: String {
        switch problem {
        case .system: return ""
        case .tooShortForHeader(let size):
            return "the file has \(size) bytes, too few for the 8-byte header length (not a safetensors file?)"
        case .headerTooLarge(let length, let limit):
            return "header length \(length) exceeds the \(limit)-byte limit (not a safetensors file?)"
        case .truncatedHeader(let length, let available):
            return "header length \(length) is past the end of the file (\(available) bytes after the length)"
        case .malformedJSON(let offset, let reason):
            return "the header is not valid JSON (\(reason) at byte \(offset + 8))"
        case .invalidHeader(let reason):
            return "invalid header: \(reason)"
        case .invalidEntry(let tensor, let reason):
            return "tensor '\(tensor)': \(reason)"
        case .unsupportedDType(let tensor, let dtype):
            return "tensor '\(tensor)' has dtype \(dtype); nn reads F32, F64, I64 and BOOL"
        case .sizeMismatch(let tensor, let shape, let dtype, let expected, let span):
            return "tensor '\(tensor)' of shape \(Shape.describe(shape, .torch)) and dtype \(dtype) needs \(expected) bytes but its data_offsets span \(span)"
        case .offsets(let tensor, let begin, let expected):
            return "tensor '\(tensor)' starts at byte \(begin) of the data, expected \(expected) (offsets must be contiguous and non-overlapping)"
        case .dataLength(let expected, let actual):
            return "the header describes \(expected) bytes of tensor data but the file holds \(actual) (truncated or padded file)"
        case .unsavable(let tensor, let reason):
            return "cannot save tensor '\(tensor)': \(reason)"
        }
    }
}
