extension MarkdownDocument {
    /// The output recorded in the file's output blocks, as if it were a run (`--no-run`).
    public func recorded() -> MarkdownRun {
        let outputs: [[OutputChunk]?] = blocks.map { b in
            guard let o = b.output else { return [] }
            let text = o.content.map { o.stripped(lines.lines[$0].text) + "\n" }.joined()
            return text.isEmpty ? [] : [.text(text)]
        }
        return MarkdownRun(outputs: outputs, stop: nil, stopLine: nil)
    }
}

extension Notebook {
    /// The notebook of a Markdown file: the text between ```nn blocks as Markdown cells (old
    /// output blocks left out), each block as a code cell with its output.
    public init(markdown: MarkdownDocument, run: MarkdownRun) {
        let texts = markdown.lines.lines.map(\.text)
        var cells: [Cell] = []
        var start = 0
        func text(upTo end: Int) {
            guard start < end else { return }
            let t = Notebook.joinTrimmed(Array(texts[start..<end]))
            if !t.isEmpty { cells.append(.markdown(t)) }
        }
        for (k, b) in markdown.blocks.enumerated() {
            text(upTo: b.code.open)
            let source = Notebook.joinTrimmed(b.code.content.map { b.code.stripped(texts[$0]) })
            let outputs = k < run.outputs.count ? run.outputs[k] : nil
            cells.append(.code(source: source, outputs: outputs ?? [], executionCount: outputs == nil ? nil : 0))
            start = (b.output?.close ?? b.code.close ?? b.code.open) + 1
        }
        text(upTo: texts.count)
        self.init(cells: Notebook.numbered(cells), fallbackTitle: markdown.baseName)
    }
}
