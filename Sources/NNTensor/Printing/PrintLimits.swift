/// Bounds that keep user-set print options from overflowing integer arithmetic or asking
/// for absurd output. Values inside the ranges behave exactly as in NumPy and PyTorch.
enum PrintLimits {
    /// More fraction digits than any float has (a double's exact expansion needs < 1100).
    static let maxPrecision = 1000
    /// Line widths beyond this behave as "never wrap" anyway.
    static let maxLineWidth = 1 << 30
    /// Edge items beyond this keep every element of any array that fits in memory.
    static let maxEdgeItems = 1 << 40
    /// NumPy and PyTorch stop at 64 dimensions; printing recurses once per dimension, so a
    /// corrupt shape with very many is refused rather than allowed to exhaust the stack.
    static let maxDimensions = 1024

    static func clampPrecision(_ p: Int) -> Int { min(max(p, 0), maxPrecision) }
    static func clampLineWidth(_ w: Int) -> Int { min(max(w, -maxLineWidth), maxLineWidth) }
    static func clampEdgeItems(_ e: Int) -> Int { min(max(e, 0), maxEdgeItems) }
}
