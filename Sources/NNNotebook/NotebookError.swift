/// Why a notebook file could not be read, run or written. `description` is the one renderer.
public enum NotebookError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(file: String, reason: String)
    /// The file is not UTF-8 text (the first bad line is named).
    case notUTF8(file: String, line: Int)
    /// A Markdown fence that is never closed.
    case unclosedFence(file: String, line: Int, info: String)
    /// The result could not be written.
    case writeFailed(file: String, reason: String)
    /// A file kind the command does not handle.
    case unsupportedFile(file: String, expected: String)
    /// A run was stopped with Ctrl-C; nothing was written.
    case interrupted(file: String)

    /// The file the error is about.
    public var file: String {
        switch self {
        case .unreadable(let f, _), .notUTF8(let f, _), .unclosedFence(let f, _, _), .writeFailed(let f, _),
             .unsupportedFile(let f, _), .interrupted(let f):
            return f
        }
    }

    /// The line the error is about, when it names one.
    public var line: Int? {
        switch self {
        case .notUTF8(_, let line), .unclosedFence(_, let line, _): return line
        default: return nil
        }
    }

    /// What went wrong, without the file name.
    public var message: String {
        switch self {
        case .unreadable(_, let reason): return "cannot read the file: \(reason)"
        case .notUTF8: return "the file is not UTF-8 text"
        case .unclosedFence(_, _, let info): return "the ```\(info) block is never closed"
        case .writeFailed(_, let reason): return "cannot write the file: \(reason)"
        case .unsupportedFile(_, let expected): return "expected \(expected)"
        case .interrupted: return "interrupted; the file was left as it was"
        }
    }

    /// `file:line: message` (or `file: message`).
    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
