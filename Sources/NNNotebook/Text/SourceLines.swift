/// A text file as lines, each with its own terminator, so that joining them gives back the
/// exact bytes: CRLF or LF per line, a missing final newline, a byte-order mark, tabs,
/// trailing spaces and non-ASCII text all survive a round trip.
public struct SourceLines: Equatable, Sendable {
    /// How one line ends.
    public enum Terminator: Equatable, Sendable {
        /// `\n`.
        case lf
        /// `\r\n`.
        case crlf
        /// The last line of a file without a final newline.
        case none

        /// The terminator's bytes.
        var bytes: [UInt8] {
            switch self {
            case .lf: return [0x0A]
            case .crlf: return [0x0D, 0x0A]
            case .none: return []
            }
        }
    }

    /// One line: its text without the terminator, and the terminator.
    public struct Line: Equatable, Sendable {
        /// The text (may contain a lone `\r`, never `\n`).
        public var text: String
        /// How the line ends.
        public var terminator: Terminator

        /// A line with the given text and terminator.
        public init(_ text: String, _ terminator: Terminator) {
            self.text = text
            self.terminator = terminator
        }
    }

    /// The lines in order; a file ending with a newline has no empty last line here.
    public var lines: [Line]
    /// Whether the file started with a UTF-8 byte-order mark (kept out of `lines[0].text`).
    public var byteOrderMark: Bool

    /// Lines and a byte-order-mark flag as given.
    public init(lines: [Line], byteOrderMark: Bool = false) {
        self.lines = lines
        self.byteOrderMark = byteOrderMark
    }

    /// Splits `bytes` (UTF-8) into lines; throws when they are not valid UTF-8.
    public init(bytes: [UInt8], file: String) throws(NotebookError) {
        var start = 0
        var bom = false
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            bom = true
            start = 3
        }
        var lines: [Line] = []
        var lineStart = start
        var i = start
        while i <= bytes.count {
            if i == bytes.count || bytes[i] == 0x0A {
                if i == bytes.count && lineStart == bytes.count { break }
                var end = i
                var terminator = Terminator.none
                if i < bytes.count {
                    terminator = .lf
                    if end > lineStart, bytes[end - 1] == 0x0D {
                        terminator = .crlf
                        end -= 1
                    }
                }
                guard let text = String(validating: bytes[lineStart..<end], as: UTF8.self) else {
                    throw .notUTF8(file: file, line: lines.count + 1)
                }
                lines.append(Line(text, terminator))
                lineStart = i + 1
            }
            i += 1
        }
        self.lines = lines
        self.byteOrderMark = bom
    }

    /// The file's line-ending convention: the terminator of its first terminated line (LF for
    /// a file with none). New lines are written with it.
    public var lineEnding: Terminator {
        for l in lines where l.terminator != .none { return l.terminator }
        return .lf
    }

    /// Whether the file ends with a newline (an empty file counts as ending with one).
    public var endsWithNewline: Bool { lines.last.map { $0.terminator != .none } ?? true }

    /// The text given to the parser: the lines joined with `\n`, without the byte-order mark.
    /// Line numbers are the same as in the file.
    public var parserText: String {
        var s = ""
        for l in lines {
            s += l.text
            if l.terminator != .none { s += "\n" }
        }
        return s
    }

    /// The bytes of the file.
    public var bytes: [UInt8] {
        var out: [UInt8] = byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        for l in lines {
            out += l.text.utf8
            out += l.terminator.bytes
        }
        return out
    }

    /// The text of 1-based line `number`, or nil past the ends.
    public func text(ofLine number: Int) -> String? {
        let i = number - 1
        return lines.indices.contains(i) ? lines[i].text : nil
    }

    /// Builds the file that keeps every line not in `dropping`, with `inserting[i]` placed
    /// after the line at index `i` (index -1: before the first line). Inserted lines get the
    /// file's line ending; the result ends with a newline exactly when this file does, so a
    /// file without a final newline keeps lacking one.
    public func edited(dropping: Set<Int>, inserting: [Int: [String]]) -> SourceLines {
        let ending = lineEnding
        var out: [Line] = []
        out.reserveCapacity(lines.count)
        func insert(after index: Int) {
            for text in inserting[index] ?? [] { out.append(Line(text, ending)) }
        }
        insert(after: -1)
        for (i, line) in lines.enumerated() {
            if !dropping.contains(i) { out.append(line) }
            insert(after: i)
        }
        for i in out.indices.dropLast() where out[i].terminator == .none { out[i].terminator = ending }
        if let last = out.indices.last {
            if !endsWithNewline {
                out[last].terminator = .none
            } else if out[last].terminator == .none {
                out[last].terminator = ending
            }
        }
        return SourceLines(lines: out, byteOrderMark: byteOrderMark)
    }
}
