/// What `nn export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// Jupyter notebook (nbformat 4.5).
    case ipynb
    /// One standalone HTML page.
    case html
    /// Markdown with ```nn and ```output blocks.
    case md

    /// The format a file name's extension names, if any.
    public init?(fileName: String) {
        let lower = fileName.lowercased()
        if lower.hasSuffix(".ipynb") { self = .ipynb }
        else if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { self = .html }
        else if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { self = .md }
        else { return nil }
    }

    /// The usual file extension, without the dot.
    public var fileExtension: String { rawValue }
}

extension NotebookFile {
    /// The exported text of the notebook at `path`, and why its run stopped early, if it did.
    /// With `run` false the recorded output is used instead of running the file.
    public static func export(_ path: String, to format: ExportFormat, run: Bool) throws(NotebookError)
        -> (text: String, stop: NotebookSession.Stop?) {
        let bytes = try FileAccess.read(path)
        let session = NotebookSession(arguments: [path], keepsSVG: true)
        let notebook: Notebook
        let stop: NotebookSession.Stop?
        switch kind(of: path) {
        case .script:
            let document = try ScriptDocument(bytes: bytes, path: path)
            let result = run ? document.run(in: session, renumbering: false) : document.recorded(in: session)
            notebook = Notebook(script: document, run: result)
            stop = result.stop
        case .markdown:
            let document = try MarkdownDocument(bytes: bytes, path: path)
            let result = run ? document.run(in: session, renumbering: false) : document.recorded()
            notebook = Notebook(markdown: document, run: result)
            stop = result.stop
        }
        if stop == .interrupted { throw .interrupted(file: path) }
        switch format {
        case .ipynb: return (IpynbWriter.write(notebook), stop)
        case .html: return (HTMLWriter.write(notebook), stop)
        case .md: return (MarkdownWriter.write(notebook), stop)
        }
    }
}
