/// A unified diff between recorded output lines and fresh ones, with file:line headers.
///
/// Lines that match under the check's rules (tolerance, wildcard) count as unchanged, so a
/// diff shows only real drift; a wildcard line is shown as context and the lines it absorbs
/// are not shown.
struct UnifiedDiff {
    /// The recorded lines as the file has them.
    var old: [String]
    /// The file line number of each recorded line.
    var oldNumbers: [Int]
    /// The fresh lines.
    var new: [String]
    /// Whether recorded line `i` is a wildcard.
    var isWildcard: (Int) -> Bool
    /// Whether recorded line `i` matches fresh line `j`.
    var matches: (Int, Int) -> Bool

    /// One step of the edit script.
    enum Op: Equatable {
        case same(Int, Int)
        case wildcard(Int)
        case delete(Int)
        case insert(Int)
    }

    /// Above this many cells the middle part is shown as replaced outright instead of aligned.
    static let alignmentLimit = 4_000_000

    /// The edit script turning the recorded lines into the fresh ones.
    func script() -> [Op] {
        var head: [Op] = []
        var i = 0, j = 0
        while i < old.count, j < new.count, !isWildcard(i), matches(i, j) { head.append(.same(i, j)); i += 1; j += 1 }
        var tail: [Op] = []
        var oe = old.count, ne = new.count
        while oe > i, ne > j, !isWildcard(oe - 1), matches(oe - 1, ne - 1) { oe -= 1; ne -= 1; tail.append(.same(oe, ne)) }
        return head + align(i..<oe, j..<ne) + tail.reversed()
    }

    /// Aligns the middle parts, maximising matched lines plus lines absorbed by wildcards.
    func align(_ o: Range<Int>, _ n: Range<Int>) -> [Op] {
        let rows = o.count + 1, cols = n.count + 1
        let (cells, overflow) = rows.multipliedReportingOverflow(by: cols)
        if overflow || cells > Self.alignmentLimit {
            return o.map { isWildcard($0) ? .wildcard($0) : .delete($0) } + n.map { .insert($0) }
        }
        // score[a][b]: best score aligning old[o.lowerBound + a...] with new[n.lowerBound + b...].
        var score = [Int32](repeating: 0, count: cells)
        func at(_ a: Int, _ b: Int) -> Int32 { score[a * cols + b] }
        for a in stride(from: o.count, through: 0, by: -1) {
            for b in stride(from: n.count, through: 0, by: -1) {
                if a == o.count { continue }
                let oi = o.lowerBound + a
                var best = at(a + 1, b)
                if b < n.count {
                    if isWildcard(oi) {
                        best = max(best, at(a, b + 1) + 1)
                    } else {
                        best = max(best, at(a, b + 1))
                        if matches(oi, n.lowerBound + b) { best = max(best, at(a + 1, b + 1) + 2) }
                    }
                }
                score[a * cols + b] = best
            }
        }
        var ops: [Op] = []
        var a = 0, b = 0
        while a < o.count || b < n.count {
            let oi = o.lowerBound + a, nj = n.lowerBound + b
            if a == o.count { ops.append(.insert(nj)); b += 1; continue }
            if b == n.count { ops.append(isWildcard(oi) ? .wildcard(oi) : .delete(oi)); a += 1; continue }
            let here = at(a, b)
            if isWildcard(oi) {
                if here == at(a, b + 1) + 1 { b += 1 } else { ops.append(.wildcard(oi)); a += 1 }
            } else if matches(oi, nj), here == at(a + 1, b + 1) + 2 {
                ops.append(.same(oi, nj)); a += 1; b += 1
            } else if here == at(a + 1, b) {
                ops.append(.delete(oi)); a += 1
            } else {
                ops.append(.insert(nj)); b += 1
            }
        }
        return ops
    }

    /// The diff text: `--- file:line (recorded)`, `+++ file:line (this run)`, then hunks with
    /// `context` lines around each change; `section` follows each `@@` header (the statement).
    /// `anchor` is the file line after which the recorded lines would go when there are none.
    func render(file: String, anchor: Int, section: String, context: Int = 3) -> String {
        let ops = script()
        let first = oldNumbers.first ?? anchor + 1
        var out = "--- \(file):\(first) (recorded)\n+++ \(file):\(first) (this run)\n"
        var changed: [Int] = []
        for (k, op) in ops.enumerated() {
            switch op {
            case .delete, .insert: changed.append(k)
            default: break
            }
        }
        guard !changed.isEmpty else { return out }
        // Group changes into hunks whose context windows touch.
        var hunks: [ClosedRange<Int>] = []
        for k in changed {
            let lo = max(0, k - context), hi = min(ops.count - 1, k + context)
            if let last = hunks.last, lo <= last.upperBound + 1 {
                hunks[hunks.count - 1] = last.lowerBound...max(last.upperBound, hi)
            } else {
                hunks.append(lo...hi)
            }
        }
        // Positions: the old line number before op k, and the new one.
        var oldLine = [Int](repeating: 0, count: ops.count + 1)
        var newLine = [Int](repeating: 0, count: ops.count + 1)
        var o = first, n = first
        for (k, op) in ops.enumerated() {
            oldLine[k] = o
            newLine[k] = n
            switch op {
            case .same(let i, _), .wildcard(let i):
                o = (i + 1 < oldNumbers.count ? oldNumbers[i + 1] : oldNumbers[i] + 1)
                n += 1
            case .delete(let i):
                o = (i + 1 < oldNumbers.count ? oldNumbers[i + 1] : oldNumbers[i] + 1)
            case .insert:
                n += 1
            }
        }
        for h in hunks {
            var body = ""
            var oc = 0, nc = 0
            for k in h {
                switch ops[k] {
                case .same(let i, _): body += " \(old[i])\n"; oc += 1; nc += 1
                case .wildcard(let i): body += " \(old[i])\n"; oc += 1; nc += 1
                case .delete(let i): body += "-\(old[i])\n"; oc += 1
                case .insert(let j): body += "+\(new[j])\n"; nc += 1
                }
            }
            let os = oc == 0 ? oldLine[h.lowerBound] - 1 : oldLine[h.lowerBound]
            let ns = nc == 0 ? newLine[h.lowerBound] - 1 : newLine[h.lowerBound]
            out += "@@ -\(os),\(oc) +\(ns),\(nc) @@\(section.isEmpty ? "" : " " + section)\n" + body
        }
        return out
    }
}
