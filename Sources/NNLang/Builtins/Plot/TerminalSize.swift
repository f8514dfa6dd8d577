import Foundation

/// The size of the terminal standard output is connected to, for drawing figures and
/// progress bars as wide as the window.
enum TerminalSize {
    /// Columns and rows of the terminal on standard output; nil when it is not a terminal.
    /// `COLUMNS`/`LINES` fill in when the size cannot be read.
    static func current() -> (columns: Int, rows: Int)? {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return (Int(size.ws_col), Int(size.ws_row))
        }
        let env = ProcessInfo.processInfo.environment
        if let c = env["COLUMNS"].flatMap(Int.init), c > 0 {
            return (c, env["LINES"].flatMap(Int.init) ?? 24)
        }
        return nil
    }

    /// Whether colour escapes are welcome: not when `NO_COLOR` is set or `TERM` is `dumb`.
    static var allowsColor: Bool {
        let env = ProcessInfo.processInfo.environment
        return env["NO_COLOR"] == nil && env["TERM"] != "dumb"
    }
}
