/// One error as nn reports it: a kind, a message, a place, and the call frames it passed.
///
/// Syntax errors and runtime errors share this shape and its single renderer, which produces
/// the format of LANGUAGE.md ("Errors"):
/// ```
/// lesson.nn:14:9: NameError: name 'modle' is not defined (did you mean 'model'?)
///    14 |     y = modle(x)
///       |         ^^^^^
///   in train (lesson.nn:20)
/// ```
/// Each `in NAME (FILE:LINE)` line names a function the error passed through, innermost
/// first, and the line that called it.
public struct Diagnostic: Sendable, Equatable {
    /// The error class name: `SyntaxError`, `IndentationError`, `NameError`, a user class…
    public var kind: String
    /// The message after the kind (may be empty, as for a bare `raise ValueError`).
    public var message: String
    /// The file name as shown (the name the source was given).
    public var file: String?
    /// 1-based line of the error, when known.
    public var line: Int?
    /// 1-based column (Unicode scalars), when known.
    public var column: Int?
    /// How many characters the caret line underlines (at least 1 when a line is shown).
    public var length: Int
    /// The text of the error's line, when known.
    public var sourceLine: String?
    /// The functions the error passed through, innermost first.
    public var frames: [TraceFrame]

    /// A diagnostic with every field given.
    public init(kind: String, message: String, file: String?, line: Int?, column: Int?,
                length: Int, sourceLine: String?, frames: [TraceFrame] = []) {
        self.kind = kind
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.length = length
        self.sourceLine = sourceLine
        self.frames = frames
    }

    /// A diagnostic placed at `span` of `source`: line, column, caret length and source line
    /// are computed here (the caret stops at the end of the first line of a multi-line span).
    public init(kind: String, message: String, at span: SourceSpan, in source: SourceFile,
                frames: [TraceFrame] = []) {
        let start = Int(span.start)
        let line = source.line(of: start)
        let column = source.column(of: start)
        let text = source.lineText(line)
        let endOnLine = min(Int(span.end), source.lineStarts[source.lineIndex(of: start)] + text.utf8.count)
        let length = max(1, source.column(of: max(start, endOnLine)) - column)
        self.init(kind: kind, message: message, file: source.name, line: line, column: column,
                  length: length, sourceLine: text, frames: frames)
    }

    /// The diagnostic as text, without a trailing newline; `color` adds ANSI colours.
    public func render(color: Bool = false) -> String {
        let bold = color ? "\u{1B}[1m" : "", red = color ? "\u{1B}[1;31m" : ""
        let dim = color ? "\u{1B}[2m" : "", reset = color ? "\u{1B}[0m" : ""
        var head = ""
        if let file, let line, let column { head = "\(bold)\(file):\(line):\(column):\(reset) " }
        head += "\(red)\(kind)\(reset)"
        if !message.isEmpty { head += "\(bold): \(message)\(reset)" }
        var lines = [head]
        if let line, let sourceLine {
            let number = String(line)
            let (shown, caretColumn, caretLength) = Diagnostic.window(
                sourceLine.replacingTabs(), column: max(0, (column ?? 1) - 1), length: max(1, length))
            lines.append("   \(dim)\(number) |\(reset) \(shown)")
            let pad = String(repeating: " ", count: caretColumn)
            let carets = String(repeating: "^", count: caretLength)
            lines.append(String(repeating: " ", count: 3 + number.count + 1)
                + "\(dim)|\(reset) \(pad)\(red)\(carets)\(reset)")
        }
        for frame in frames {
            // A frame without a file is a note such as "[Previous line repeated 996 more times]".
            lines.append(frame.file.isEmpty ? "  \(frame.function)" : "  in \(frame.function) (\(frame.file):\(frame.line))")
        }
        return lines.joined(separator: "\n")
    }
}

extension Diagnostic {
    /// The widest source line a diagnostic shows whole, in characters.
    static let sourceWidth = 160

    /// The part of a long source line around the caret: at most `sourceWidth` characters,
    /// with `…` where text was cut, and the caret's column (0-based) and length within it.
    /// Shorter lines come back unchanged.
    static func window(_ text: String, column: Int, length: Int) -> (text: String, column: Int, length: Int) {
        let characters = Array(text)
        guard characters.count > sourceWidth else { return (text, column, length) }
        let from = max(0, min(column - sourceWidth / 4, characters.count - sourceWidth))
        let to = min(characters.count, from + sourceWidth)
        let prefix = from > 0 ? "…" : ""
        let suffix = to < characters.count ? "…" : ""
        let start = min(max(column, from), to), end = min(column + length, to)
        return (prefix + String(characters[from..<to]) + suffix, start - from + prefix.count, max(1, end - start))
    }
}

/// One call an error passed through: the function it was in and the line that called it.
public struct TraceFrame: Sendable, Equatable {
    /// The function's name (`<lambda>`, `Net.forward` shows as `forward`).
    public var function: String
    /// The file of the calling line.
    public var file: String
    /// The calling line.
    public var line: Int

    /// A frame entry.
    public init(function: String, file: String, line: Int) {
        self.function = function
        self.file = file
        self.line = line
    }
}

extension String {
    /// The string with each tab replaced by one space, so carets stay aligned.
    func replacingTabs() -> String {
        contains("\t") ? String(map { $0 == "\t" ? " " : $0 }) : self
    }
}
