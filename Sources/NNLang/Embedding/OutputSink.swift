import Foundation

/// Where `print` and shown values go. The host swaps sinks per statement to capture output
/// (notebook mode) or writes straight to the terminal (scripts, the REPL).
public protocol OutputSink: AnyObject {
    /// Writes text exactly as given (print adds its own `end`).
    func write(_ text: String)
    /// Whether the sink is an interactive terminal (progress bars draw only there).
    var isTerminal: Bool { get }
    /// Pushes buffered text out.
    func flush()
}

/// Standard output: line-buffered on a terminal (so a long loop's prints appear as they
/// happen), block-buffered otherwise.
public final class StandardOutput: OutputSink {
    private var buffer: [UInt8] = []
    /// Whether standard output is a terminal.
    public let isTerminal: Bool

    /// The process's standard output.
    public init() {
        isTerminal = isatty(STDOUT_FILENO) != 0
        buffer.reserveCapacity(1 << 16)
    }

    deinit { flush() }

    /// Buffers `text`; flushes at 64 KB, and at each newline on a terminal.
    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 || (isTerminal && text.utf8.contains(UInt8(ascii: "\n"))) { flush() }
    }

    /// Writes the buffered bytes to file descriptor 1.
    public func flush() {
        var offset = 0
        while offset < buffer.count {
            let n = buffer[offset...].withUnsafeBytes { Foundation.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Collects output in memory (tests, notebook capture).
public final class CapturedOutput: OutputSink {
    /// Everything written so far.
    public private(set) var text = ""
    /// What `isTerminal` reports.
    public let isTerminal: Bool

    /// An empty capture; `isTerminal` defaults to false.
    public init(isTerminal: Bool = false) { self.isTerminal = isTerminal }

    /// Appends `text`.
    public func write(_ text: String) { self.text += text }

    /// Nothing to flush.
    public func flush() {}

    /// Returns the captured text and clears it.
    public func take() -> String {
        defer { text = "" }
        return text
    }
}
