import Foundation
import Testing
@testable import NNNotebook

/// `nn export`: ipynb valid against nbformat 4.5, standalone HTML, Markdown.
@Suite(.serialized)
struct ExportTests {
    static let lesson = """
        # %% [markdown]
        # # Sigmoid
        # The logistic function $\\sigma(z) = 1/(1+e^{-z})$, for `x_train` and *friends*.
        # %%
        import math
        def sigmoid(z):
            return 1 / (1 + math.exp(-z))
        print(sigmoid(0.0))
        #> 0.5
        # %%
        [round(sigmoid(z), 4) for z in [-2, 0, 2]]
        #> [0.1192, 0.5, 0.8808]
        # %% [markdown]
        # Errors show up too:
        # %%
        print('<before>')
        sigmoid('a')

        """

    static func schema() throws -> SchemaValidator {
        let text = try String(contentsOf: Notebooks.fixtures.appendingPathComponent("nbformat.v4.5.schema.json"), encoding: .utf8)
        return SchemaValidator(root: try JSONParser.parse(text))
    }

    static func export(_ text: String, _ format: ExportFormat, name: String = "lesson.nn", run: Bool = true) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nn-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return try NotebookFile.export(path, to: format, run: run).text
    }

    @Test func theValidatorAcceptsARealNotebookAndRejectsBrokenOnes() throws {
        let validator = try Self.schema()
        let reference = try JSONParser.parse(String(contentsOf: Notebooks.fixtures.appendingPathComponent("reference.ipynb"), encoding: .utf8))
        #expect(validator.validate(reference) == [])
        // Break it in ways the schema forbids.
        let broken: [String] = [
            #"{"cells": [], "metadata": {}, "nbformat": 4}"#,                                   // no nbformat_minor
            #"{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5, "x": 1}"#,       // extra property
            #"{"cells": [{"cell_type": "code", "metadata": {}, "source": "", "outputs": [], "execution_count": null}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}"#, // no id
            #"{"cells": [{"cell_type": "markdown", "id": "a b", "metadata": {}, "source": ""}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}"#, // bad id
            #"{"cells": [{"cell_type": "code", "id": "a", "metadata": {}, "source": "", "outputs": [{"output_type": "stream", "name": "stdout"}], "execution_count": 1}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}"#, // stream without text
        ]
        for text in broken {
            #expect(!validator.validate(try JSONParser.parse(text)).isEmpty, "accepted: \(text)")
        }
    }

    @Test func jsonIsWrittenAsJupyterWritesIt() throws {
        // The same notebook as Fixtures/reference.ipynb, which nbformat.write produced.
        let reference = try String(contentsOf: Notebooks.fixtures.appendingPathComponent("reference.ipynb"), encoding: .utf8)
        let notebook = JSON.object([
            "cells": .array([
                .object(["cell_type": .string("markdown"), "id": .string("md-1"), "metadata": .object([:]), "source": JSON.lines("# Title\nSome text")]),
                .object([
                    "cell_type": .string("code"), "execution_count": .int(1), "id": .string("code-1"), "metadata": .object([:]),
                    "outputs": .array([
                        .object(["name": .string("stdout"), "output_type": .string("stream"), "text": JSON.lines("1\n")]),
                        .object(["data": .object(["image/svg+xml": JSON.lines("<svg/>"), "text/plain": JSON.lines("fig")]),
                                 "metadata": .object([:]), "output_type": .string("display_data")]),
                        .object(["ename": .string("NameError"), "evalue": .string("x"), "output_type": .string("error"),
                                 "traceback": .array([.string("NameError: x")])]),
                    ]),
                    "source": JSON.lines("print(1)\nx"),
                ]),
            ]),
            "metadata": .object(["kernelspec": .object(["display_name": .string("nn"), "language": .string("nn"), "name": .string("nn")])]),
            "nbformat": .int(4), "nbformat_minor": .int(5),
        ])
        #expect(notebook.serialized() == reference)
        // Escapes as Python's json module writes them (ensure_ascii=False).
        #expect(JSON.string("a\"b\\c\n\t\u{1B}é").serialized() == "\"a\\\"b\\\\c\\n\\t\\u001bé\"\n")
    }

    @Test func ipynbIsValidAndHasTheCellsAndOutputs() throws {
        let text = try Self.export(Self.lesson, .ipynb)
        let json = try JSONParser.parse(text)
        #expect(try Self.schema().validate(json) == [])
        #expect(json["nbformat"]?.number == 4 && json["nbformat_minor"]?.number == 5)
        #expect(json["metadata"]?["kernelspec"]?["name"]?.string == "nn")
        #expect(json["metadata"]?["language_info"]?["name"]?.string == "nn")
        let cells = try #require(json["cells"]?.array)
        #expect(cells.map { $0["cell_type"]?.string ?? "" } == ["markdown", "code", "code", "markdown", "code"])
        #expect(Set(cells.compactMap { $0["id"]?.string }).count == cells.count)
        #expect(cells[0]["source"]?.text == "# Sigmoid\nThe logistic function $\\sigma(z) = 1/(1+e^{-z})$, for `x_train` and *friends*.")
        // Output lines are not part of the source.
        #expect(cells[1]["source"]?.text == "import math\ndef sigmoid(z):\n    return 1 / (1 + math.exp(-z))\nprint(sigmoid(0.0))")
        #expect(cells[1]["execution_count"]?.number == 1)
        #expect(cells[1]["outputs"]?.array?.first?["text"]?.text == "0.5\n")
        #expect(cells[2]["outputs"]?.array?.first?["text"]?.text == "[0.1192, 0.5, 0.8808]\n")
        let last = try #require(cells[4]["outputs"]?.array)
        #expect(last.map { $0["output_type"]?.string ?? "" } == ["stream", "error"])
        #expect(last[1]["ename"]?.string == "TypeError")
        #expect(cells[4]["execution_count"]?.number == 3)
        let traceback = last[1]["traceback"]?.array?.compactMap(\.string) ?? []
        #expect(traceback.first?.hasPrefix("lesson.nn:7:") == true)
    }

    @Test func ipynbFromRecordedOutputWithoutRunning() throws {
        // The recorded line differs from what a run would print: --no-run must use it.
        let text = try Self.export("print(1)\n#> recorded\n", .ipynb, run: false)
        let json = try JSONParser.parse(text)
        #expect(try Self.schema().validate(json) == [])
        #expect(json["cells"]?.array?.first?["outputs"]?.array?.first?["text"]?.text == "recorded\n")
    }

    @Test func cellsAfterAnErrorHaveNoCountAndNoOutput() throws {
        let text = try Self.export("# %%\nboom\n# %%\nprint(2)\n#> 2\n", .ipynb)
        let json = try JSONParser.parse(text)
        #expect(try Self.schema().validate(json) == [])
        let cells = try #require(json["cells"]?.array)
        #expect(cells.count == 2)
        #expect(cells[0]["execution_count"]?.number == 1)
        #expect(cells[1]["execution_count"] == .null)
        #expect(cells[1]["outputs"]?.array?.isEmpty == true)
    }

    @Test func aFileWithoutMarkersIsOneCodeCell() throws {
        let json = try JSONParser.parse(try Self.export("x = 1\n\nprint(x)\n", .ipynb))
        let cells = try #require(json["cells"]?.array)
        #expect(cells.count == 1)
        #expect(cells[0]["source"]?.text == "x = 1\n\nprint(x)")
    }

    @Test func ipynbFromMarkdown() throws {
        let text = try Self.export("# Title\n\n```nn\nprint(2)\n```\n```output\nold\n```\n\nEnd.\n", .ipynb, name: "c.md")
        let json = try JSONParser.parse(text)
        #expect(try Self.schema().validate(json) == [])
        let cells = try #require(json["cells"]?.array)
        #expect(cells.map { $0["cell_type"]?.string ?? "" } == ["markdown", "code", "markdown"])
        #expect(cells[1]["outputs"]?.array?.first?["text"]?.text == "2\n")
        #expect(cells[2]["source"]?.text == "End.")
    }

    @Test func htmlIsStandalone() throws {
        let html = try Self.export(Self.lesson, .html)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<style>"))
        #expect(html.contains("<title>Sigmoid</title>"))
        #expect(html.contains("<h1 id=\"sigmoid\">Sigmoid</h1>"))
        // Math passes through as text; `_` inside a word is no emphasis.
        #expect(html.contains("<span class=\"math\">$\\sigma(z) = 1/(1+e^{-z})$</span>"))
        #expect(html.contains("<code>x_train</code> and <em>friends</em>"))
        #expect(html.contains("<span class=\"k\">def</span> <span class=\"f\">sigmoid</span>"))
        #expect(html.contains("<pre class=\"output\">0.5</pre>"))
        #expect(html.contains("<pre class=\"output\">&lt;before&gt;</pre>"))
        #expect(html.contains("<pre class=\"error\">lesson.nn:7:"))
        // Nothing to fetch: no scripts, style sheets, frames, imports or remote sources.
        for forbidden in ["<script", "<link", "<iframe", "@import", "url(", "src=\"http", "src='http", "href=\"http"] {
            #expect(!html.lowercased().contains(forbidden), "found \(forbidden)")
        }
    }

    @Test func markdownExportRoundTripsThroughCheck() throws {
        let md = try Self.export(Self.lesson, .md)
        #expect(md.hasPrefix("# Sigmoid\nThe logistic function"))
        #expect(md.contains("```nn\nimport math\ndef sigmoid(z):\n    return 1 / (1 + math.exp(-z))\nprint(sigmoid(0.0))\n```\n```output\n0.5\n```"))
        // The exported Markdown is itself a notebook whose recorded output is up to date (error
        // lines name the source file, so this holds for notebooks that run without error).
        let clean = try Self.export(Self.lesson.components(separatedBy: "# %% [markdown]\n# Errors").first ?? "", .md)
        let report = try Notebooks.check(clean, name: "lesson.md")
        #expect(report.passed, "\(report.rendered)")
    }
}
