/// The text of one nn source (a file, a `-c` string, a REPL input) with a line table.
///
/// Positions inside nn are UTF-8 byte offsets into `bytes`; lines and columns (1-based, counted
/// in Unicode scalars) are computed from them only when a diagnostic is rendered.
public final class SourceFile: Sendable {
    /// The name shown in diagnostics (a path as given, `<string>`, `<stdin>`).
    public let name: String
    /// The UTF-8 bytes of the text.
    public let bytes: [UInt8]
    /// Byte offset where each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]
    /// The first line number of this text (a notebook cell or REPL entry may start later).
    public let firstLine: Int

    /// Wraps `text`, shown as `name` in diagnostics; `firstLine` numbers the first line.
    public init(name: String, text: String, firstLine: Int = 1) {
        self.name = name
        let bytes = Array(text.utf8)
        self.bytes = bytes
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") { starts.append(i + 1) }
        self.lineStarts = starts
        self.firstLine = firstLine
    }

    /// The last path component of `name` (what golden files record).
    public var baseName: String {
        if let slash = name.lastIndex(of: "/") { return String(name[name.index(after: slash)...]) }
        return name
    }

    /// The 0-based index into `lineStarts` of the line holding `offset`.
    func lineIndex(of offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The line number (counting from `firstLine`) of a byte offset.
    public func line(of offset: Int) -> Int { lineIndex(of: offset) + firstLine }

    /// The 1-based column, in Unicode scalars, of a byte offset.
    public func column(of offset: Int) -> Int {
        let start = lineStarts[lineIndex(of: offset)]
        let end = min(max(offset, start), bytes.count)
        var col = 1
        for i in start..<end where bytes[i] & 0xC0 != 0x80 { col += 1 }
        return col
    }

    /// The text of a 1-based line number (without its newline), or "" when out of range.
    public func lineText(_ line: Int) -> String {
        let idx = line - firstLine
        guard idx >= 0, idx < lineStarts.count else { return "" }
        let start = lineStarts[idx]
        var end = idx + 1 < lineStarts.count ? lineStarts[idx + 1] : bytes.count
        while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The source text between two byte offsets.
    func text(from start: Int, to end: Int) -> String {
        let s = max(0, min(start, bytes.count)), e = max(s, min(end, bytes.count))
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }
}

/// A half-open range of UTF-8 byte offsets in a `SourceFile`.
public struct SourceSpan: Sendable, Equatable {
    /// Offset of the first byte.
    public var start: Int32
    /// Offset one past the last byte.
    public var end: Int32

    /// A span from `start` to `end` byte offsets.
    public init(_ start: Int, _ end: Int) {
        self.start = Int32(truncatingIfNeeded: start)
        self.end = Int32(truncatingIfNeeded: max(start, end))
    }

    /// The span covering both `self` and `other`.
    func through(_ other: SourceSpan) -> SourceSpan {
        SourceSpan(Int(min(start, other.start)), Int(max(end, other.end)))
    }

    /// An empty span, for synthesized code.
    static let none = SourceSpan(0, 0)
}

/// A place in a source: a file and a span in it.
public struct SourceLocation: Sendable {
    /// The source the span belongs to.
    public let file: SourceFile
    /// The byte range.
    public let span: SourceSpan

    /// Line number of the span's start.
    public var line: Int { file.line(of: Int(span.start)) }
    /// 1-based column of the span's start.
    public var column: Int { file.column(of: Int(span.start)) }
}
