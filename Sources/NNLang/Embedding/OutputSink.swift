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
/// happen), block-buffered otherwise (64 KB, so a script printing thousands of lines writes
/// them in large blocks) — with a background flush every fifth of a second, so a slow
/// training log piped to a file or `tee` still appears as it is printed.
public final class StandardOutput: OutputSink, @unchecked Sendable {
    // @unchecked Sendable: `buffer` is touched only under `lock` (the flusher thread shares it).
    private var buffer: [UInt8] = []
    private let lock = NSLock()
    private var flusherStarted = false
    /// Whether standard output is a terminal.
    public let isTerminal: Bool

    /// The process's standard output.
    public init() {
        isTerminal = isatty(STDOUT_FILENO) != 0
        buffer.reserveCapacity(1 << 16)
    }

    deinit { flush() }

    /// Buffers `text`; flushes at 64 KB, and at each newline on a terminal. Elsewhere the
    /// first write starts the flusher thread.
    public func write(_ text: String) {
        lock.lock()
        buffer.append(contentsOf: text.utf8)
        let full = buffer.count >= 1 << 16
        let startFlusher = !isTerminal && !flusherStarted
        if startFlusher { flusherStarted = true }
        lock.unlock()
        if full || (isTerminal && text.utf8.contains(UInt8(ascii: "\n"))) { flush() }
        if startFlusher { startFlushing() }
    }

    /// Writes the buffered bytes to file descriptor 1.
    public func flush() {
        lock.lock()
        defer { lock.unlock() }
        var offset = 0
        while offset < buffer.count {
            let n = buffer[offset...].withUnsafeBytes { Foundation.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes every 0.2 s while the sink lives (it holds the sink weakly).
    private func startFlushing() {
        Thread.detachNewThread { [weak self] in
            while true {
                usleep(200_000)
                guard let sink = self else { return }
                sink.flush()
            }
        }
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
