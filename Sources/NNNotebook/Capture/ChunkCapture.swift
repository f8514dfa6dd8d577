import NNLang

/// The output sink of notebook runs: collects a statement's output as chunks (text, figures)
/// and tells producers it is not a terminal, so progress bars and other animation stay out
/// of files.
public final class ChunkCapture: RichOutputSink {
    /// Chunks since the last `take()`.
    private var chunks: [OutputChunk] = []
    /// Text written after the last chunk (appended in place: a loop printing many lines
    /// costs linear time).
    private var pending = ""
    /// Whether figures are also rendered to SVG (exports need it; `#>` lines do not).
    public let keepsSVG: Bool
    /// Columns of the text render of figures.
    public let figureWidth: Int
    /// Figures seen so far, to give each SVG its own element-id prefix.
    private var figureCount = 0

    /// A capture; `keepsSVG` renders figures to SVG as well as to text.
    public init(keepsSVG: Bool = false, figureWidth: Int = 72) {
        self.keepsSVG = keepsSVG
        self.figureWidth = figureWidth
    }

    /// Never a terminal.
    public var isTerminal: Bool { false }

    /// Appends text, joining it to text written just before it.
    public func write(_ text: String) {
        pending += text
    }

    /// Moves pending text into a chunk.
    private func flushText() {
        if pending.isEmpty { return }
        chunks.append(.text(pending))
        pending = ""
    }

    /// Renders `item` now (it may change later) and appends it.
    public func write(_ item: RichOutput) {
        flushText()
        figureCount += 1
        let svg = keepsSVG ? item.renderSVG(idPrefix: "fig\(figureCount)-") : nil
        chunks.append(.figure(FigureOutput(text: item.renderText(width: figureWidth, color: false), svg: svg)))
    }

    /// Nothing is buffered.
    public func flush() {}

    /// Returns the chunks collected since the last call and forgets them.
    public func take() -> [OutputChunk] {
        flushText()
        defer { chunks.removeAll() }
        return chunks
    }
}
