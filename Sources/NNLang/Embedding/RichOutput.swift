import NNPlot

/// Output that has a richer form than text, shown in the output stream: a figure.
///
/// A binding shows one with `rt.output.display(figure)`. A sink that keeps rich output
/// (`RichOutputSink`, the notebook capture) receives the item itself and renders the forms it
/// needs at once (the item may change afterwards); any other sink receives the text form.
public protocol RichOutput: AnyObject {
    /// The text form, without a trailing newline: at most `width` columns, ANSI colour escapes
    /// only when `color` is true (terminals; never in files).
    func renderText(width: Int, color: Bool) -> String
    /// The SVG form (no XML declaration, for inlining in HTML) with element ids starting with
    /// `idPrefix`, or nil when the item has none.
    func renderSVG(idPrefix: String) -> String?
}

/// A sink that keeps rich output as such instead of as text (notebook capture, exports).
public protocol RichOutputSink: OutputSink {
    /// Receives `item` in its place in the output stream.
    func write(_ item: RichOutput)
}

extension OutputSink {
    /// The width of the text form of rich output for sinks that do not choose one.
    public static var richTextWidth: Int { 72 }

    /// Shows `item`: a `RichOutputSink` keeps it; any other sink gets its text form (in colour
    /// on a terminal) followed by a newline.
    public func display(_ item: RichOutput) {
        if let rich = self as? RichOutputSink {
            rich.write(item)
        } else {
            write(item.renderText(width: Self.richTextWidth, color: isTerminal) + "\n")
        }
    }
}

/// Figures are rich output: braille text for terminals and `#>` lines, SVG for exports.
extension Figure: RichOutput {
    /// The terminal rendering (`renderText`).
    public func renderText(width: Int, color: Bool) -> String {
        renderText(TerminalOptions(width: width, color: color))
    }

    /// The SVG document without an XML declaration.
    public func renderSVG(idPrefix: String) -> String? {
        renderSVG(SVGOptions(xmlDeclaration: false, idPrefix: idPrefix))
    }
}
