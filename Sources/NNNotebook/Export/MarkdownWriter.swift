/// Writes a notebook as Markdown: Markdown cells as they are, code cells as ```nn blocks, each
/// followed by an ```output block with its output (figures as their text render), the form
/// `nn update` and `nn check` read back.
public enum MarkdownWriter {
    /// The Markdown text.
    public static func write(_ notebook: Notebook) -> String {
        var parts: [String] = []
        for cell in notebook.cells {
            switch cell {
            case .markdown(let text):
                parts.append(text)
            case .code(let source, let outputs, _):
                var block = Fence.lines(info: "nn", content: source.isEmpty ? [] : source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init), indent: 0)
                let out = MarkdownDocument.outputLines(outputs)
                if !out.isEmpty { block += Fence.lines(info: "output", content: out, indent: 0) }
                parts.append(block.joined(separator: "\n"))
            }
        }
        return parts.joined(separator: "\n\n") + "\n"
    }
}
