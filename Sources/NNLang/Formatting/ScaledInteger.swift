#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Exact `round_half_even(x × 10^scale)` in 128-bit integer arithmetic, for the common
/// case where the result has at most 19 digits; nil when it cannot be done that way (the
/// caller then asks C's printf).
///
/// A finite double is `m × 2^e` with an integer `m < 2^53`, so `x × 10^s` for
/// `0 <= s <= 19` is `m × 10^s` (below 2^117) shifted by `e`: the bits shifted out are the
/// exact fraction, which decides the rounding with no error at all.
enum ScaledInteger {
    /// 10^0 … 10^19, every power of ten that fits in 64 bits.
    static let powersOfTen: [UInt64] = {
        var p: [UInt64] = [1]
        for _ in 1...19 { p.append(p[p.count - 1] * 10) }
        return p
    }()

    /// `floor(x × 10^scale)` and its half-even rounding, for `x >= 0` finite.
    static func scaled(_ x: Double, scale: Int) -> (floor: UInt64, rounded: UInt64)? {
        guard scale >= 0, scale <= 19, x.isFinite, x >= 0 else { return nil }
        if x == 0 { return (0, 0) }
        let m = x.significandBitPattern | (x.isNormal ? 1 << 52 : 0)
        let e = x.isNormal ? Int(x.exponent) - 52 : -1074
        let p10 = powersOfTen[scale]
        if e >= 0 {
            guard e < 64, m.leadingZeroBitCount >= e else { return nil }
            let (hi, lo) = (m << UInt64(e)).multipliedFullWidth(by: p10)
            return hi == 0 ? (lo, lo) : nil
        }
        let (hi, lo) = m.multipliedFullWidth(by: p10)
        let t = -e                               // shift right by t bits
        if t >= 118 { return (0, 0) }            // m × 10^s < 2^117: less than half
        let q: UInt64
        var above: Bool                          // remainder > half
        var tie: Bool                            // remainder == half
        if t < 64 {
            guard hi >> UInt64(t) == 0 else { return nil }
            q = (hi << UInt64(64 - t)) | (lo >> UInt64(t))
            let r = lo & ((1 << UInt64(t)) - 1)
            let half: UInt64 = 1 << UInt64(t - 1)
            above = r > half
            tie = r == half
        } else if t == 64 {
            q = hi
            above = lo > 1 << 63
            tie = lo == 1 << 63
        } else {
            let shift = UInt64(t - 64)
            q = hi >> shift
            let rHigh = hi & ((1 << shift) - 1)
            let halfHigh: UInt64 = 1 << (shift - 1)
            above = rHigh > halfHigh || (rHigh == halfHigh && lo > 0)
            tie = rHigh == halfHigh && lo == 0
        }
        let up = above || (tie && q & 1 == 1)
        if up {
            guard q < UInt64.max else { return nil }
            return (q, q + 1)
        }
        return (q, q)
    }

    /// `round_half_even(x × 10^scale)`, or nil when it needs more than this path offers.
    static func rounded(_ x: Double, scale: Int) -> UInt64? {
        scaled(x, scale: scale)?.rounded
    }

    /// `x` (positive, finite) rounded to `count` significant digits, as an integer and
    /// the power of ten it is scaled by: `x ≈ value × 10^-scale`. When rounding carries
    /// into a new digit (`9.99` to 2 digits) the value is `10^count`.
    static func significant(_ x: Double, count: Int) -> (value: UInt64, scale: Int)? {
        guard count >= 1, count <= 19, x > 0, x.isFinite else { return nil }
        // floor(log10(x)) estimated, then corrected on the exact integer part.
        var k = Int(log10(x).rounded(.down))
        let low = powersOfTen[count - 1]
        for _ in 0..<4 {
            let scale = count - 1 - k
            guard let r = scaled(x, scale: scale) else { return nil }
            if r.floor < low {
                k -= 1
            } else if r.floor >= powersOfTen[count] {
                k += 1
            } else {
                return (r.rounded, scale)
            }
        }
        return nil
    }
}
