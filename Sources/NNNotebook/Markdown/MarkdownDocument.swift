/// A Markdown file with nn code: ```` ```nn ```` fenced blocks run in order in one session,
/// and each block's output lives in an ```` ```output ```` block right after it (blank lines
/// between are allowed). Everything else is text that nn never touches.
public struct MarkdownDocument: Sendable {
    /// One ```nn block and the output block that follows it, if any.
    struct CodeBlock {
        /// The code fence.
        var code: Fence
        /// The output fence right after it.
        var output: Fence?
    }

    /// The path as given.
    public let path: String
    /// The file's lines, byte for byte.
    public let lines: SourceLines
    /// The nn blocks in order.
    let blocks: [CodeBlock]

    /// Reads a file's bytes; throws when they are not UTF-8 or an nn or output block is
    /// never closed (nn could not tell where its code or output ends).
    public init(bytes: [UInt8], path: String) throws(NotebookError) {
        self.path = path
        lines = try SourceLines(bytes: bytes, file: path)
        let texts = lines.lines.map(\.text)
        let fences = Fence.scan(texts)
        var blocks: [CodeBlock] = []
        var k = 0
        while k < fences.count {
            let f = fences[k]
            k += 1
            guard f.language == "nn" else { continue }
            guard let close = f.close else { throw .unclosedFence(file: path, line: f.open + 1, info: f.info) }
            var block = CodeBlock(code: f, output: nil)
            if k < fences.count, fences[k].info == "output" {
                let o = fences[k]
                let between = texts[(close + 1)..<o.open]
                if between.allSatisfy({ $0.trimmingSpaces.isEmpty }) {
                    guard o.close != nil else { throw .unclosedFence(file: path, line: o.open + 1, info: o.info) }
                    block.output = o
                    k += 1
                }
            }
            blocks.append(block)
        }
        self.blocks = blocks
    }

    /// The last path component, which diagnostics name.
    public var baseName: String {
        path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
    }

    /// The code of block `b` (indentation of an indented fence removed) and its first line.
    func source(of b: CodeBlock) -> (text: String, firstLine: Int) {
        var text = ""
        for i in b.code.content { text += b.code.stripped(lines.lines[i].text) + "\n" }
        return (text, b.code.open + 2)
    }

    /// Runs the blocks in order in `session` until the end or the first error; a block's
    /// output is every statement's output, concatenated. With `renumbering` diagnostics name
    /// lines as they will be once the output blocks are written; without, lines of the file
    /// as it is (exports).
    public func run(in session: NotebookSession, renumbering: Bool = true) -> MarkdownRun {
        var outputs: [[OutputChunk]?] = []
        var stopLine: Int? = nil
        // Diagnostics name lines of the file as `updated(with:)` writes it.
        var removed: [Int] = []
        for b in blocks { if let o = b.output { removed += Array((o.open + 1)...((o.close ?? o.open) + 1)) } }
        var map = LineMap(removing: renumbering ? removed : [])
        let name = baseName
        for b in blocks {
            if session.isStopped { outputs.append(nil); continue }
            let (text, first) = source(of: b)
            let program = session.parse(text, file: baseName, firstLine: first)
            var chunks: [OutputChunk] = []
            if !program.syntaxErrors.isEmpty {
                chunks = session.syntaxErrors(program.syntaxErrors) { [map] in map.map($0, file: name) }
            } else {
                for s in program.statements where !session.isStopped {
                    chunks += session.run(s) { [map] in map.map($0, file: name) }
                }
            }
            if session.isStopped { stopLine = map.map(b.code.open + 1) }
            outputs.append(chunks)
            let count = Self.outputLines(chunks).count
            if count > 0, renumbering {
                let at = b.output.map { $0.open } ?? ((b.code.close ?? b.code.open) + 1)
                map.insert(count + 2, after: at)
            }
        }
        return MarkdownRun(outputs: outputs, stop: session.stop, stopLine: stopLine)
    }
}

/// What running a Markdown file's blocks produced.
public struct MarkdownRun {
    /// Each nn block's output, nil for blocks after the run stopped.
    public let outputs: [[OutputChunk]?]
    /// Why the run stopped early, if it did.
    public let stop: NotebookSession.Stop?
    /// The opening line of the block the run stopped in, numbered as in the updated file.
    public let stopLine: Int?
}
