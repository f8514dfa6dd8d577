import Foundation
import NNLang

/// Standard output for a REPL session: shown values styled, everything written also captured
/// while a statement is being recorded for `:save`, and line-buffered on a terminal.
final class SessionOutput: OutputSink {
    /// Whether standard output is a terminal (progress bars draw only there).
    let isTerminal: Bool
    /// How shown values are styled.
    let style: Style
    /// Tells whether the text being written is a shown value (`Interpreter.isShowingValue`).
    var isShowingValue: () -> Bool = { false }
    /// Text written since `startCapture()`, or nil when not capturing.
    private(set) var captured: String?
    /// Whether the last byte written was a newline (or nothing was written yet), so the REPL
    /// can start its prompt on a fresh line.
    private(set) var atLineStart = true
    private var buffer: [UInt8] = []
    private let fd: Int32

    /// Output to file descriptor `fd` (standard output unless testing).
    init(fd: Int32 = STDOUT_FILENO, style: Style) {
        self.fd = fd
        self.style = style
        isTerminal = isatty(fd) != 0
    }

    deinit { flush() }

    /// Writes `text`, styled if it is a shown value; flushes at each newline on a terminal.
    func write(_ text: String) {
        guard !text.isEmpty else { return }
        if captured != nil { captured? += text }
        let styled = isShowingValue() ? style.value(text) : text
        buffer.append(contentsOf: styled.utf8)
        atLineStart = text.utf8.last == UInt8(ascii: "\n")
        if buffer.count >= 1 << 16 || (isTerminal && text.utf8.contains(UInt8(ascii: "\n"))) { flush() }
    }

    /// Writes REPL text (notes, help) that is never captured for the transcript.
    func writeUnrecorded(_ text: String) {
        guard !text.isEmpty else { return }
        buffer.append(contentsOf: text.utf8)
        atLineStart = text.utf8.last == UInt8(ascii: "\n")
        flush()
    }

    /// Pushes the buffered bytes to the file descriptor.
    func flush() {
        var offset = 0
        while offset < buffer.count {
            let n = buffer[offset...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Starts capturing what is written.
    func startCapture() { captured = "" }

    /// Stops capturing and returns the text captured.
    func stopCapture() -> String {
        defer { captured = nil }
        return captured ?? ""
    }

    /// Ends an unfinished line (output without a trailing newline) before a prompt.
    func finishLine() {
        if !atLineStart { writeUnrecorded("\n") }
    }
}
