import ArgumentParser
import Foundation
import NNNotebook

extension ExportFormat: ExpressibleByArgument {}

/// `nn export FILE --to ipynb|html|md [-o OUT] [--no-run]`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Run a notebook and write it as a Jupyter notebook, an HTML page or Markdown.",
        discussion: """
            ipynb: nbformat 4.5, Markdown cells from '# %% [markdown]', code cells with their outputs \
            (figures as SVG). html: one standalone page (inline style, highlighted code, outputs, inline \
            SVG figures) that needs no network. md: ```nn blocks followed by ```output blocks. \
            The output goes next to FILE with the format's extension unless -o names it ('-o -' writes \
            to standard output). With --no-run the output recorded in FILE is used instead of running it.
            """
    )

    @Argument(help: ArgumentHelp("The notebook (.nn or .md).", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The format: ipynb, html or md (default: from -o's extension).", valueName: "format"))
    var to: ExportFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write ('-' for standard output).", valueName: "out"))
    var output: String?

    @Flag(name: .customLong("no-run"), help: "Use the recorded output instead of running the file.")
    var noRun = false

    func validate() throws {
        if to == nil && output.flatMap({ ExportFormat(fileName: $0) }) == nil {
            throw ValidationError("Give the format with --to ipynb|html|md (or an -o file name ending in .ipynb, .html or .md).")
        }
    }

    func run() throws {
        guard let format = to ?? output.flatMap({ ExportFormat(fileName: $0) }) else { throw ExitCode(2) }
        let destination = output ?? Self.defaultOutput(file, format)
        if destination != "-", Self.samePath(destination, file) {
            throw ValidationError("Exporting '\(file)' to itself would replace it; give another name with -o.")
        }
        NotebookInterrupts.install()
        do {
            let (text, stop) = try NotebookFile.export(file, to: format, run: !noRun)
            if destination == "-" {
                Console.out(text)
            } else {
                try FileAccess.write(destination, Array(text.utf8))
            }
            if case .error(let kind)? = stop {
                Console.error("\(file): the run stopped with \(kind); the export shows it")
            }
            if destination != "-" { Console.error("\(file): wrote \(destination)") }
        } catch .interrupted(let f) {
            Console.error("\(f): interrupted; nothing was written")
            throw ExitCode(130)
        } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
    }

    /// `lesson.nn` → `lesson.ipynb`.
    static func defaultOutput(_ file: String, _ format: ExportFormat) -> String {
        let url = URL(fileURLWithPath: file)
        let base = url.pathExtension.isEmpty ? file : String(file.dropLast(url.pathExtension.count + 1))
        return base + "." + format.fileExtension
    }

    /// Whether two paths name the same file.
    static func samePath(_ a: String, _ b: String) -> Bool {
        URL(fileURLWithPath: a).standardizedFileURL.resolvingSymlinksInPath().path
            == URL(fileURLWithPath: b).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
