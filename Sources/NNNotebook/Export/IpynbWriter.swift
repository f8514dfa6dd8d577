import NNLang

/// Writes a notebook as Jupyter's `.ipynb` (nbformat 4.5): Markdown cells, code cells with
/// `stream`, `display_data` (figures: SVG and their text render) and `error` outputs and
/// execution counts, cell ids, and kernel and language metadata naming nn.
public enum IpynbWriter {
    /// The `.ipynb` text.
    public static func write(_ notebook: Notebook) -> String {
        var cells: [JSON] = []
        for (i, cell) in notebook.cells.enumerated() {
            let id = JSON.string("cell-\(i + 1)")
            switch cell {
            case .markdown(let text):
                cells.append(.object([
                    "cell_type": .string("markdown"), "id": id, "metadata": .object([:]), "source": JSON.lines(text),
                ]))
            case .code(let source, let outputs, let count):
                cells.append(.object([
                    "cell_type": .string("code"), "id": id, "metadata": .object([:]),
                    "execution_count": count.map { .int($0) } ?? .null,
                    "outputs": .array(self.outputs(outputs)), "source": JSON.lines(source),
                ]))
            }
        }
        let metadata: JSON = .object([
            "kernelspec": .object([
                "display_name": .string("nn"), "language": .string("nn"), "name": .string("nn"),
            ]),
            "language_info": .object([
                "name": .string("nn"), "version": .string(NNLangLibrary.version),
                "file_extension": .string(".nn"), "mimetype": .string("text/x-nn"),
                "codemirror_mode": .string("python"), "pygments_lexer": .string("python3"),
            ]),
        ])
        return JSON.object([
            "cells": .array(cells), "metadata": metadata, "nbformat": .int(4), "nbformat_minor": .int(5),
        ]).serialized()
    }

    /// A code cell's outputs: text in a row becomes one `stream` output.
    static func outputs(_ chunks: [OutputChunk]) -> [JSON] {
        var out: [JSON] = []
        var pending = ""
        func flush() {
            guard !pending.isEmpty else { return }
            let lines = TerminalText.lines(of: pending)
            pending = ""
            guard !lines.isEmpty else { return }
            out.append(.object([
                "output_type": .string("stream"), "name": .string("stdout"),
                "text": JSON.lines(lines.map { $0 + "\n" }.joined()),
            ]))
        }
        for chunk in chunks {
            switch chunk {
            case .text(let s):
                pending += s
            case .figure(let f):
                flush()
                var data: [String: JSON] = ["text/plain": JSON.lines(f.text)]
                if let svg = f.svg { data["image/svg+xml"] = JSON.lines(svg) }
                out.append(.object(["output_type": .string("display_data"), "data": .object(data), "metadata": .object([:])]))
            case .error(let e):
                flush()
                out.append(.object([
                    "output_type": .string("error"), "ename": .string(e.kind), "evalue": .string(e.message),
                    "traceback": .array(e.lines.map { .string($0) }),
                ]))
            }
        }
        flush()
        return out
    }
}
