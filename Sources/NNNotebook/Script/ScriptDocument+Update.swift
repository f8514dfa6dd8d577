/// `nn update` for `.nn` files.
extension ScriptDocument {
    /// The file with every recorded output line replaced by `run`'s output: each group's
    /// lines go right after its last line; groups the run did not reach get none (their old
    /// lines were stale). With syntax errors, every output line is removed and the errors go
    /// after the last line of code. All other bytes stay as they were.
    public func updated(with run: ScriptRun) -> SourceLines {
        let drop = Set(run.layout.outputOwner.keys)
        var insert: [Int: [String]] = [:]
        if !run.syntaxErrors.isEmpty {
            insert[ScriptLayout.lastCodeLine(in: lines), default: []] += run.syntaxErrors.recordLines.map(\.rendered)
        } else {
            for (k, group) in run.layout.groups.enumerated() {
                guard k < run.outputs.count, let chunks = run.outputs[k] else { continue }
                let recorded = chunks.recordLines.map(\.rendered)
                if !recorded.isEmpty { insert[group.lastLine - 1, default: []] += recorded }
            }
        }
        return lines.edited(dropping: drop, inserting: insert)
    }
}
