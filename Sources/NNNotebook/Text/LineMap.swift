import NNLang

/// Maps line numbers of a file as it was run to the file as `nn update` writes it, so that the
/// diagnostics recorded in it name lines of the written file. Old output lines are removed
/// and new ones inserted, which moves the code below them.
struct LineMap {
    /// Line numbers (1-based) of removed lines, ascending.
    private var removed: [Int]
    /// Inserted line counts by the line (1-based) they follow.
    private var inserted: [(after: Int, count: Int)] = []

    /// A map that removes the lines `removed` (1-based, any order).
    init(removing removed: [Int]) {
        self.removed = removed.sorted()
    }

    /// Records `count` lines inserted after line `after`.
    mutating func insert(_ count: Int, after: Int) {
        if count > 0 { inserted.append((after, count)) }
    }

    /// The new number of old line `line`.
    func map(_ line: Int) -> Int {
        // Binary search: removed lines before `line`.
        var lo = 0, hi = removed.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if removed[mid] < line { lo = mid + 1 } else { hi = mid }
        }
        var added = 0
        for i in inserted where i.after < line { added += i.count }
        return line - lo + added
    }

    /// `diagnostic` with the lines of `file` mapped (its place and its call frames).
    func map(_ diagnostic: Diagnostic, file: String) -> Diagnostic {
        var d = diagnostic
        if d.file == file, let line = d.line { d.line = map(line) }
        d.frames = d.frames.map { f in
            var f = f
            if f.file == file { f.line = map(f.line) }
            return f
        }
        return d
    }
}
