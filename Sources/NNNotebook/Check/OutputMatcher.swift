/// Matches recorded output lines against fresh ones: line by line under `LineMatcher`, with
/// the wildcard `#> ...` matching any run of lines, none included.
enum OutputMatcher {
    /// Whether `actual` matches the recorded `expected` lines within `tolerance`.
    static func matches(_ expected: [RecordLine], _ actual: [RecordLine], tolerance: Double) -> Bool {
        // Glob matching with backtracking to the last wildcard only: linear without
        // wildcards, and correct for any line predicate.
        var e = 0, a = 0
        var star: Int? = nil, starMatch = 0
        while a < actual.count {
            if e < expected.count, expected[e].isWildcard {
                star = e
                starMatch = a
                e += 1
            } else if e < expected.count, lineMatches(expected[e], actual[a], tolerance: tolerance) {
                e += 1
                a += 1
            } else if let s = star {
                e = s + 1
                starMatch += 1
                a = starMatch
            } else {
                return false
            }
        }
        while e < expected.count, expected[e].isWildcard { e += 1 }
        return e == expected.count
    }

    /// Whether one fresh line matches one recorded line (same kind, matching text).
    static func lineMatches(_ expected: RecordLine, _ actual: RecordLine, tolerance: Double) -> Bool {
        expected.kind == actual.kind && LineMatcher.matches(expected.text, actual.text, tolerance: tolerance)
    }
}
