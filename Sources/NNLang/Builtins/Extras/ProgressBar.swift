import Foundation

/// The state of one `progress(...)` bar: how far it got, and, on a terminal, its line.
///
/// On a terminal (and unless disabled) the bar is drawn on the session's output: at the
/// start, then at most ten times a second, then once more when it finishes (kept on its own
/// line, or erased with `leave=False`). While it runs, the session's output goes through a
/// `ProgressOutput`, so the loop's prints appear above it. Anywhere else (files, pipes,
/// notebooks) it writes nothing at all: outputs stay the same from run to run.
final class ProgressBar {
    var line: ProgressLine
    let leave: Bool
    /// Whether anything is drawn (a terminal, not disabled).
    let active: Bool
    private(set) var closed = false
    private let start: Double
    private var lastDraw = -Double.infinity
    private weak var runtime: Runtime?
    private var output: ProgressOutput?

    /// Seconds between redraws.
    static let interval = 0.1

    init(description: String?, total: Int?, unit: String, leave: Bool, disabled: Bool, _ rt: Runtime) {
        line = ProgressLine(description: description, count: 0, total: total, elapsed: 0, unit: unit)
        self.leave = leave
        active = !disabled && rt.output.isTerminal
        runtime = rt
        start = ProgressBar.now()
    }

    deinit { close() }

    /// Monotonic seconds.
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Counts `n` more steps; finishes the bar when it reaches its total.
    func advance(by n: Int) {
        guard !closed else { return }
        line.count = line.count.addingReportingOverflow(n).partialValue
        if let total = line.total, line.count >= total {
            close()
        } else if active {
            draw(force: false)
        }
    }

    /// Draws the bar now (`force`) or when the last drawing is old enough.
    func draw(force: Bool) {
        guard active, !closed else { return }
        let now = ProgressBar.now()
        guard force || now - lastDraw >= ProgressBar.interval else { return }
        guard let rt = runtime else { return }
        if output == nil {
            let wrapper = ProgressOutput(base: rt.output, bar: self)
            output = wrapper
            rt.output = wrapper
        }
        guard let out = output, !out.lineOpen else { return }
        lastDraw = now
        line.elapsed = now - start
        out.base.write("\r" + line.render(width: ProgressBar.width()) + "\u{1B}[K")
        out.barVisible = true
        out.base.flush()
    }

    /// Finishes the bar: its final state stays on its own line (or is erased with
    /// `leave=False`) and the session's output is restored. Closing twice does nothing.
    func close() {
        guard !closed else { return }
        // A bar that was never drawn (made, never started) leaves no trace.
        if active, output != nil {
            draw(force: true)
            if let out = output {
                if out.barVisible { out.base.write(leave ? "\n" : "\r\u{1B}[K") }
                out.barVisible = false
                out.bar = nil
                if let rt = runtime, rt.output === out { rt.output = out.base }
                out.base.flush()
            }
        }
        closed = true
        output = nil
    }

    /// The terminal's width less one column (writing the last column wraps on some terminals).
    static func width() -> Int {
        max(20, (TerminalSize.current()?.columns ?? 80) - 1)
    }
}
