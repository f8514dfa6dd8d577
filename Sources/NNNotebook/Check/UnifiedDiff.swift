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
        /// Recorded line `i` matches fresh line `j`.
        case same(Int, Int)
        /// Recorded wildcard `i` (shown as context).
        case wildcard(Int)
        /// Fresh line `j` is covered by a wildcard (not shown).
        case absorbed(Int)
        /// Recorded line `i` has no match.
        case delete(Int)
        /// Fresh line `j` has no match.
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
        return Self.unabsorbed(head + align(i..<oe, j..<ne) + tail.reversed())
    }

    /// When recorded lines after a wildcard found no match, the last lines the wildcard
    /// covered are shown as inserted instead, so the diff shows what came in their place.
    static func unabsorbed(_ ops: [Op]) -> [Op] {
        var out = ops
        var k = 0
        while k < out.count {
            guard case .wildcard = out[k] else { k += 1; continue }
            var deletes = 0
            while k + 1 + deletes < out.count, case .delete = out[k + 1 + deletes] { deletes += 1 }
            var absorbed: [Int] = []
            var a = k - 1
            while a >= 0, absorbed.count < deletes, case .absorbed(let j) = out[a] { absorbed.append(j); a -= 1 }
            if absorbed.isEmpty { k += 1; continue }
            // Remove those absorbed ops and insert them after the deletions, in order.
            out.removeSubrange((a + 1)..<k)
            let afterDeletes = (a + 1) + 1 + deletes
            out.insert(contentsOf: absorbed.reversed().map { Op.insert($0) }, at: afterDeletes)
            k = afterDeletes + absorbed.count
        }
        return out
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
                if here == at(a, b + 1) + 1 { ops.append(.absorbed(nj)); b += 1 } else { ops.append(.wildcard(oi)); a += 1 }
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

    /// The shown steps of the edit script with the old and new line each starts at.
    func steps(anchor: Int) -> [(op: Op, old: Int, new: Int)] {
        let first = oldNumbers.first ?? anchor + 1
        var shown: [(op: Op, old: Int, new: Int)] = []
        var o = first, n = first
        func nextOld(after i: Int) -> Int { i + 1 < oldNumbers.count ? oldNumbers[i + 1] : oldNumbers[i] + 1 }
        for op in script() {
            switch op {
            case .absorbed: n += 1
            case .same(let i, _): shown.append((op, o, n)); o = nextOld(after: i); n += 1
            case .wildcard(let i): shown.append((op, o, n)); o = nextOld(after: i)
            case .delete(let i): shown.append((op, o, n)); o = nextOld(after: i)
            case .insert: shown.append((op, o, n)); n += 1
            }
        }
        return shown
    }

    /// The file line of the first difference: the first recorded line without a match, or
    /// the line before which fresh lines are missing.
    func firstChangeLine(anchor: Int) -> Int {
        for step in steps(anchor: anchor) {
            switch step.op {
            case .delete, .insert: return step.old
            default: continue
            }
        }
        return oldNumbers.first ?? anchor + 1
    }

    /// The diff text: `--- file:line (recorded)`, `+++ file:line (this run)`, then hunks with
    /// `context` lines around each change; `section` follows each `@@` header (the statement).
    /// `anchor` is the file line after which the recorded lines would go when there are none.
    func render(file: String, anchor: Int, section: String, context: Int = 3) -> String {
        let first = oldNumbers.first ?? anchor + 1
        var out = "--- \(file):\(first) (recorded)\n+++ \(file):\(first) (this run)\n"
        let shown = steps(anchor: anchor)
        var hunks: [ClosedRange<Int>] = []
        for (k, step) in shown.enumerated() {
            switch step.op {
            case .delete, .insert: break
            default: continue
            }
            let lo = max(0, k - context), hi = min(shown.count - 1, k + context)
            if let last = hunks.last, lo <= last.upperBound + 1 {
                hunks[hunks.count - 1] = last.lowerBound...max(last.upperBound, hi)
            } else {
                hunks.append(lo...hi)
            }
        }
        for h in hunks {
            var body = ""
            var oc = 0, nc = 0
            for k in h {
                switch shown[k].op {
                case .same(let i, _), .wildcard(let i): body += " \(old[i])\n"; oc += 1; nc += 1
                case .delete(let i): body += "-\(old[i])\n"; oc += 1
                case .insert(let j): body += "+\(new[j])\n"; nc += 1
                case .absorbed: break
                }
            }
            let os = oc == 0 ? shown[h.lowerBound].old - 1 : shown[h.lowerBound].old
            let ns = nc == 0 ? shown[h.lowerBound].new - 1 : shown[h.lowerBound].new
            out += "@@ -\(os),\(oc) +\(ns),\(nc) @@\(section.isEmpty ? "" : " " + section)\n" + body
        }
        return out
    }
}
