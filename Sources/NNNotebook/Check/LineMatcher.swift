/// Whether a recorded output line matches a fresh one under `nn check`'s rules.
///
/// Lines match when their texts are equal. Otherwise they match when they read as the same
/// words and numbers in the same order, every pair of numbers is of the same kind (integer or
/// not) and within the relative tolerance (`|a - b| <= tolerance * max(|a|, |b|)`; `nan`
/// matches `nan`), and at least one number is written differently: then, and only then, the
/// spaces between tokens may differ too, because NumPy pads columns to the widest number
/// (`[0.5        0.88079708]` against `[0.50000001 0.88079708]`). A change of spacing alone
/// is a mismatch.
enum LineMatcher {
    /// Whether `actual` matches `expected` within `tolerance`.
    static func matches(_ expected: String, _ actual: String, tolerance: Double) -> Bool {
        if expected == actual { return true }
        let e = NumberTokens.tokenize(expected).filter { if case .space = $0 { false } else { true } }
        let a = NumberTokens.tokenize(actual).filter { if case .space = $0 { false } else { true } }
        guard e.count == a.count else { return false }
        var someNumberDiffers = false
        for (x, y) in zip(e, a) {
            switch (x, y) {
            case (.word(let s), .word(let t)):
                if s != t { return false }
            case (.number(let s, let u, let si), .number(let t, let v, let ti)):
                if s == t { continue }
                guard si == ti, close(u, v, tolerance: tolerance) else { return false }
                someNumberDiffers = true
            default:
                return false
            }
        }
        return someNumberDiffers
    }

    /// Relative closeness; NaN only matches NaN, infinities only themselves.
    static func close(_ a: Double, _ b: Double, tolerance: Double) -> Bool {
        if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
        if a == b { return true }
        if a.isInfinite || b.isInfinite { return false }
        return abs(a - b) <= tolerance * max(abs(a), abs(b))
    }
}
