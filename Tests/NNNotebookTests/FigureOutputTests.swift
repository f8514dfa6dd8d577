import Foundation
import NNLang
import NNPlot
import Testing
@testable import NNNotebook

/// Rich output: a figure shown by a binding reaches notebooks as a figure (its plain text
/// render in `#>` lines, its SVG in exports) and plain sinks as text.
@Suite(.serialized)
struct FigureOutputTests {
    /// The figure the `show_figure()` test built-in shows.
    static func makeFigure() throws -> Figure {
        let figure = Figure()
        try figure.gca().plot(y: [1, 3, 2, 4])
        figure.gca().title = "loss"
        return figure
    }

    /// A session with a `show_figure()` built-in that displays a figure, as `plt.show()` will.
    static func session(keepsSVG: Bool) -> NotebookSession {
        let session = NotebookSession(arguments: ["fig.nn"], keepsSVG: keepsSVG)
        session.interpreter.runtime.setGlobal("show_figure", .builtin(BuiltinFunction("show_figure", "") { _, rt in
            rt.output.display(try FigureOutputTests.makeFigure())
            return .none
        }))
        return session
    }

    static let source = "print('before')\nshow_figure()\nprint('after')\n"

    @Test func updateWritesThePlainTextRender() throws {
        let document = try ScriptDocument(bytes: Array(Self.source.utf8), path: "fig.nn")
        let run = document.run(in: Self.session(keepsSVG: false))
        let text = String(decoding: document.updated(with: run).bytes, as: UTF8.self)
        let render = try Self.makeFigure().renderText(TerminalOptions(width: 72, color: false))
        #expect(!render.contains("\u{1B}"))
        let expected = "print('before')\n#> before\nshow_figure()\n"
            + render.split(separator: "\n", omittingEmptySubsequences: false).map { RecordLine(.output, String($0)).rendered + "\n" }.joined()
            + "print('after')\n#> after\n"
        #expect(text == expected)
        // The written file checks against a fresh run.
        let again = try ScriptDocument(bytes: Array(text.utf8), path: "fig.nn")
        #expect(again.check(against: again.run(in: Self.session(keepsSVG: false))).passed)
    }

    @Test func exportsEmbedTheSVG() throws {
        let document = try ScriptDocument(bytes: Array(Self.source.utf8), path: "fig.nn")
        let notebook = Notebook(script: document, run: document.run(in: Self.session(keepsSVG: true), renumbering: false))
        guard case .code(_, let outputs, _)? = notebook.cells.first, outputs.count == 3,
              case .figure(let figure) = outputs[1] else {
            Issue.record("expected text, figure, text; got \(notebook.cells)")
            return
        }
        let svg = try #require(figure.svg)
        #expect(svg == (try Self.makeFigure().renderSVG(SVGOptions(xmlDeclaration: false, idPrefix: "fig1-"))))
        #expect(svg.hasPrefix("<svg"))

        let ipynb = try JSONParser.parse(IpynbWriter.write(notebook))
        let schema = try ExportTests.schema()
        #expect(schema.validate(ipynb) == [])
        let out = try #require(ipynb["cells"]?.array?.first?["outputs"]?.array)
        #expect(out.map { $0["output_type"]?.string ?? "" } == ["stream", "display_data", "stream"])
        #expect(out[1]["data"]?["image/svg+xml"]?.text == svg)
        #expect(out[1]["data"]?["text/plain"]?.text == figure.text)

        let html = HTMLWriter.write(notebook)
        #expect(html.contains("<figure class=\"plot\">\n" + svg + "\n</figure>"))

        let md = MarkdownWriter.write(notebook)
        #expect(md.contains("```output\nbefore\n" + figure.text + "\nafter\n```"))
    }

    @Test func plainSinksGetTheTextForm() throws {
        let capture = CapturedOutput()
        let figure = try Self.makeFigure()
        capture.display(figure)
        #expect(capture.text == figure.renderText(TerminalOptions(width: 72, color: false)) + "\n")
        let terminal = CapturedOutput(isTerminal: true)
        terminal.display(figure)
        #expect(terminal.text == figure.renderText(TerminalOptions(width: 72, color: true)) + "\n")
    }

    @Test func captureIsNotATerminal() {
        #expect(!ChunkCapture().isTerminal)
    }
}
