/// "Did you mean" suggestions for misspelt names, attributes and keywords, chosen the way
/// CPython 3.11 chooses them: a weighted edit distance (case-only changes cost less), a
/// distance limit that grows with the names' lengths, the first best candidate winning.
enum Suggestions {
    static let moveCost = 2
    static let caseCost = 1
    static let maxCandidates = 750
    static let maxLength = 40

    /// The candidate closest to `name`, or nil when none is close enough.
    static func closest(to name: String, in candidates: [String]) -> String? {
        let wrong = Array(name.unicodeScalars)
        guard wrong.count <= maxLength, candidates.count <= maxCandidates else { return nil }
        var best: String?
        var bestDistance = Int.max
        for candidate in candidates where candidate != name {
            let c = Array(candidate.unicodeScalars)
            if c.count > maxLength { continue }
            var limit = (wrong.count + c.count + 3) * moveCost / 6
            if best != nil { limit = min(limit, bestDistance - 1) }
            let d = distance(wrong, c, limit: limit)
            if d > limit { continue }
            if best == nil || d < bestDistance {
                best = candidate
                bestDistance = d
            }
        }
        return best
    }

    static func substitutionCost(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Int {
        if a == b { return 0 }
        if a.properties.lowercaseMapping == b.properties.lowercaseMapping { return caseCost }
        return moveCost
    }

    /// Weighted Levenshtein distance; returns `limit + 1` as soon as it must exceed `limit`.
    static func distance(_ a0: [Unicode.Scalar], _ b0: [Unicode.Scalar], limit: Int) -> Int {
        var a = a0[...], b = b0[...]
        while let x = a.first, let y = b.first, x == y { a = a.dropFirst(); b = b.dropFirst() }
        while let x = a.last, let y = b.last, x == y { a = a.dropLast(); b = b.dropLast() }
        if a.isEmpty { return b.count * moveCost }
        if b.isEmpty { return a.count * moveCost }
        if a.count > b.count { swap(&a, &b) }
        if (b.count - a.count) * moveCost > limit { return limit + 1 }
        let aa = Array(a), bb = Array(b)
        var row = (0...aa.count).map { $0 * moveCost }
        for (j, bc) in bb.enumerated() {
            var previous = row[0]
            row[0] = (j + 1) * moveCost
            var rowMin = row[0]
            for (i, ac) in aa.enumerated() {
                let substitute = previous + substitutionCost(ac, bc)
                let delete = row[i + 1] + moveCost
                let insert = row[i] + moveCost
                previous = row[i + 1]
                row[i + 1] = min(substitute, delete, insert)
                rowMin = min(rowMin, row[i + 1])
            }
            if rowMin > limit { return limit + 1 }
        }
        return row[aa.count]
    }
}
