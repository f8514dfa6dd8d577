/// The notebook commands on files: `nn update` and `nn check` for `.nn` scripts and Markdown
/// files (by extension: `.md` and `.markdown` are Markdown, anything else is an nn script).
public enum NotebookFile {
    /// What kind of notebook a path names.
    public enum Kind: Sendable {
        /// An nn script with `#>` output lines.
        case script
        /// Markdown with ```nn blocks and ```output blocks.
        case markdown
    }

    /// The kind of notebook `path` is.
    public static func kind(of path: String) -> Kind {
        let lower = path.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown") ? .markdown : .script
    }

    /// What `update` did to one file.
    public struct UpdateOutcome: Equatable, Sendable {
        /// Whether the file's bytes changed (an unchanged file is not rewritten).
        public var changed: Bool
        /// Why the run stopped early, if it did.
        public var stop: NotebookSession.Stop?
        /// The line of the statement (or block) the run stopped in.
        public var stopLine: Int?
    }

    /// The new bytes of a notebook after running it (`nn update` without the writing).
    public static func updatedBytes(_ bytes: [UInt8], path: String) throws(NotebookError) -> (bytes: [UInt8], outcome: UpdateOutcome) {
        let session = NotebookSession(arguments: [path])
        switch kind(of: path) {
        case .script:
            let document = try ScriptDocument(bytes: bytes, path: path)
            let run = document.run(in: session)
            let new = document.updated(with: run).bytes
            return (new, UpdateOutcome(changed: new != bytes, stop: run.stop, stopLine: run.stopLine))
        case .markdown:
            let document = try MarkdownDocument(bytes: bytes, path: path)
            let run = document.run(in: session)
            let new = document.updated(with: run).bytes
            return (new, UpdateOutcome(changed: new != bytes, stop: run.stop, stopLine: run.stopLine))
        }
    }

    /// `nn update FILE`: runs the file and writes every output under the code that made it,
    /// replacing the old output. The file is replaced atomically, and only when it changed;
    /// a run stopped with Ctrl-C writes nothing.
    public static func update(_ path: String) throws(NotebookError) -> UpdateOutcome {
        let bytes = try FileAccess.read(path)
        let (new, outcome) = try updatedBytes(bytes, path: path)
        if outcome.stop == .interrupted { throw .interrupted(file: path) }
        if outcome.changed { try FileAccess.replace(path, with: new) }
        return outcome
    }

    /// `nn check FILE`: runs the file and compares its output with the recorded output.
    /// A file that cannot be read fails with one problem saying why.
    public static func check(_ path: String) -> CheckReport {
        do {
            return try checkedBytes(FileAccess.read(path), path: path)
        } catch {
            return CheckReport(file: path, problems: [CheckProblem(line: error.line ?? 1, message: error.message)], compared: 0)
        }
    }

    /// Checks a notebook's bytes (`nn check` without the reading); `path` names it.
    public static func checkedBytes(_ bytes: [UInt8], path: String) throws(NotebookError) -> CheckReport {
        let session = NotebookSession(arguments: [path])
        switch kind(of: path) {
        case .script:
            let document = try ScriptDocument(bytes: bytes, path: path)
            let run = document.run(in: session)
            var report = document.check(against: run)
            report.interrupted = run.stop == .interrupted
            return report
        case .markdown:
            let document = try MarkdownDocument(bytes: bytes, path: path)
            let run = document.run(in: session)
            var report = document.check(against: run)
            report.interrupted = run.stop == .interrupted
            return report
        }
    }
}
