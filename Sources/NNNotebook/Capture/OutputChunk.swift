import Foundation
import NNLang

/// One piece of what a statement produced, in order: text it printed or showed, a figure, or
/// the error that stopped it.
public enum OutputChunk: Equatable, Sendable {
    /// Text exactly as written (terminal control is resolved when it becomes lines).
    case text(String)
    /// A figure: its plain-text render and, when asked for, its SVG.
    case figure(FigureOutput)
    /// The error that stopped the run.
    case error(ErrorOutput)
}

/// A figure as it was when shown.
public struct FigureOutput: Equatable, Sendable {
    /// The plain-text (no ANSI) terminal render, without a trailing newline.
    public var text: String
    /// The SVG document (no XML declaration), when the capture kept SVG.
    public var svg: String?

    /// A figure with the given forms.
    public init(text: String, svg: String?) {
        self.text = text
        self.svg = svg
    }
}

/// An error as notebooks show it.
public struct ErrorOutput: Equatable, Sendable {
    /// The exception class name (`NameError`).
    public var kind: String
    /// The message after the kind.
    public var message: String
    /// The full diagnostic as rendered without colour, one entry per line.
    public var lines: [String]

    /// An error with the given parts.
    public init(kind: String, message: String, lines: [String]) {
        self.kind = kind
        self.message = message
        self.lines = lines
    }

    /// The error of a diagnostic, rendered without colour.
    public init(_ diagnostic: Diagnostic) {
        self.init(kind: diagnostic.kind, message: diagnostic.message,
                  lines: diagnostic.render(color: false).split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }

    /// An error read back from its recorded lines: the kind and message come from the first
    /// line, `file:line:col: Kind: message` (or `Kind: message` without a place).
    public init(recorded lines: [String]) {
        var head = Substring(lines.first ?? "")
        // Skip the `file:line:col: ` place when there is one.
        if let range = head.range(of: #"^.*?:\d+:\d+: "#, options: .regularExpression) {
            head = head[range.upperBound...]
        }
        if let colon = head.range(of: ": ") {
            self.init(kind: String(head[..<colon.lowerBound]), message: String(head[colon.upperBound...]), lines: lines)
        } else {
            self.init(kind: String(head), message: "", lines: lines)
        }
    }
}

extension Array where Element == OutputChunk {
    /// The output as lines of the kind a file records: text and figure lines as `.output`,
    /// error lines as `.error`. Text chunks in a row are joined first, then terminal control
    /// is resolved (`TerminalText`).
    public var recordLines: [RecordLine] {
        var out: [RecordLine] = []
        var pending = ""
        func flushText() {
            if pending.isEmpty { return }
            out += TerminalText.lines(of: pending).map { RecordLine(.output, $0) }
            pending = ""
        }
        for chunk in self {
            switch chunk {
            case .text(let s): pending += s
            case .figure(let f):
                flushText()
                out += f.text.split(separator: "\n", omittingEmptySubsequences: false).map { RecordLine(.output, String($0)) }
            case .error(let e):
                flushText()
                out += e.lines.map { RecordLine(.error, $0) }
            }
        }
        flushText()
        return out
    }

    /// Whether any chunk is an error.
    public var hasError: Bool {
        contains { if case .error = $0 { return true } else { return false } }
    }
}
