/// Where a text table comes from: a file, or text already in memory (NumPy accepts both).
public enum TextSource: Sendable {
    /// A file path.
    case path(String)
    /// The text itself (a `StringIO`, or lines joined with newlines).
    case text(String)

    /// The bytes, without a leading UTF-8 byte-order mark.
    func bytes() throws -> [UInt8] {
        var out: [UInt8]
        switch self {
        case .path(let path): out = try FileInput(path: path).readAll()
        case .text(let text): out = Array(text.utf8)
        }
        if out.starts(with: [0xEF, 0xBB, 0xBF]) { out.removeFirst(3) }
        return out
    }
}
