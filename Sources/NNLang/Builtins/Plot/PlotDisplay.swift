import NNPlot

/// How `plt.show()` and `fig.show()` put a figure into the output stream.
///
/// A notebook capture keeps the figure itself (text as `#>` lines, SVG in exports); a
/// terminal gets it as wide as the window (at most `maximumWidth` columns, and no taller
/// than the window), in colour unless `NO_COLOR` is set; anything else (a pipe, a file)
/// gets the plain text render at the fixed width of 72 columns, so output is the same
/// wherever it goes.
enum PlotDisplay {
    /// The widest terminal render: wider figures only get emptier.
    static let maximumWidth = 100

    /// Shows `figure` on the session's output.
    static func show(_ figure: Figure, _ rt: Runtime) {
        let output = rt.output
        guard output.isTerminal, !(output is RichOutputSink) else {
            output.display(figure)
            return
        }
        var options = TerminalOptions(width: 80, color: TerminalSize.allowsColor)
        if let size = TerminalSize.current() {
            options.width = max(40, min(size.columns, maximumWidth))
            let natural = Int((Double(options.width) * figure.height / figure.width / 2).rounded())
            let fits = max(20, size.rows - 2)
            if natural > fits { options.height = fits }
        }
        output.write(figure.renderText(options) + "\n")
    }
}
