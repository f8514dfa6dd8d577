import NNLang

/// Writes a notebook as one standalone HTML page: inline CSS, highlighted code, outputs,
/// errors, figures as inline SVG, and Markdown cells rendered. It references nothing outside
/// itself (no scripts, style sheets, fonts or images to fetch), so it reads offline.
public enum HTMLWriter {
    /// The HTML text.
    public static func write(_ notebook: Notebook) -> String {
        let markdown = MarkdownHTML()
        var body = ""
        for cell in notebook.cells {
            switch cell {
            case .markdown(let text):
                body += "<section class=\"cell markdown\">\n" + markdown.render(text) + "</section>\n"
            case .code(let source, let outputs, let count):
                body += "<section class=\"cell code\">\n"
                body += "<div class=\"count\">[\(count.map(String.init) ?? " ")]:</div>\n"
                body += "<pre class=\"code\"><code>" + SyntaxHighlighter.html(source) + "</code></pre>\n"
                let rendered = self.outputs(outputs)
                if !rendered.isEmpty { body += "<div class=\"outputs\">\n" + rendered + "</div>\n" }
                body += "</section>\n"
            }
        }
        return """
            <!DOCTYPE html>
            <html>
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="nn \(NNLangLibrary.version)">
            <title>\(HTMLText.escape(notebook.title))</title>
            <style>
            \(HTMLStyle.css)
            </style>
            </head>
            <body>
            <main>

            """ + body + """
            </main>
            <footer>Made with nn \(NNLangLibrary.version)</footer>
            </body>
            </html>

            """
    }

    /// The HTML of a code cell's outputs: text in a row as one block.
    static func outputs(_ chunks: [OutputChunk]) -> String {
        var out = ""
        var pending = ""
        func flush() {
            guard !pending.isEmpty else { return }
            let lines = TerminalText.lines(of: pending)
            pending = ""
            if !lines.isEmpty { out += "<pre class=\"output\">" + HTMLText.escape(lines.joined(separator: "\n")) + "</pre>\n" }
        }
        for chunk in chunks {
            switch chunk {
            case .text(let s):
                pending += s
            case .figure(let f):
                flush()
                if let svg = f.svg {
                    out += "<figure class=\"plot\">\n" + svg + "\n</figure>\n"
                } else {
                    out += "<pre class=\"output\">" + HTMLText.escape(f.text) + "</pre>\n"
                }
            case .error(let e):
                flush()
                out += "<pre class=\"error\">" + HTMLText.escape(e.lines.joined(separator: "\n")) + "</pre>\n"
            }
        }
        flush()
        return out
    }
}
