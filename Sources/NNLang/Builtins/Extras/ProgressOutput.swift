/// The output sink while a progress bar is drawn on a terminal: text printed by the loop
/// body first clears the bar's line, and the bar is drawn again under it once the text
/// ends its line, so prints and the bar never mix. Nested bars stack: an inner bar writes
/// through the outer bar's sink.
final class ProgressOutput: OutputSink {
    /// The sink the bar was started on.
    let base: OutputSink
    /// The bar being drawn; nil once it is closed (then text passes straight through).
    weak var bar: ProgressBar?
    /// Whether the bar's line is on the screen now.
    var barVisible = false
    /// Whether printed text left its line unfinished (the bar waits for the newline).
    private(set) var lineOpen = false

    init(base: OutputSink, bar: ProgressBar) {
        self.base = base
        self.bar = bar
    }

    var isTerminal: Bool { base.isTerminal }

    func write(_ text: String) {
        guard !text.isEmpty else { return }
        if barVisible {
            base.write("\r\u{1B}[K")
            barVisible = false
        }
        base.write(text)
        lineOpen = !text.hasSuffix("\n")
        if !lineOpen { bar?.draw(force: true) }
    }

    func flush() { base.flush() }
}
