import Foundation

/// ANSI styling for one output stream, on only for a colour terminal: the stream is a tty,
/// `NO_COLOR` is not set (any value disables colour) and `TERM` is not `dumb`.
struct Style: Equatable {
    /// Whether escape sequences are written at all.
    let enabled: Bool

    /// Styling for file descriptor `fd` under `environment`.
    init(fd: Int32, environment: [String: String] = ProcessInfo.processInfo.environment) {
        enabled = isatty(fd) != 0 && Style.allowsColor(environment)
    }

    /// Styling forced on or off (tests, captured output).
    init(enabled: Bool) { self.enabled = enabled }

    /// Whether the environment permits colour on a terminal.
    static func allowsColor(_ environment: [String: String]) -> Bool {
        environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }

    /// A shown value (the repr of an expression statement).
    func value(_ text: String) -> String { wrap(text, "\u{1B}[36m") }

    /// A note from the REPL itself (timings, confirmations).
    func note(_ text: String) -> String { wrap(text, "\u{1B}[2m") }

    /// A prompt for readline: the escapes are bracketed by \u{1}…\u{2} so readline does not
    /// count them as visible columns.
    func prompt(_ text: String) -> String {
        enabled ? "\u{1}\u{1B}[1;35m\u{2}\(text)\u{1}\u{1B}[0m\u{2}" : text
    }

    /// `text` in `code`, the reset placed before a trailing newline so the next line starts
    /// plain.
    private func wrap(_ text: String, _ code: String) -> String {
        guard enabled, !text.isEmpty else { return text }
        if text.hasSuffix("\n") { return code + text.dropLast() + "\u{1B}[0m\n" }
        return code + text + "\u{1B}[0m"
    }
}
