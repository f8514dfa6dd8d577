import Foundation

/// The extent of the data on one axis, in scale coordinates (log10 for log axes), with the
/// "sticky" values margins may not cross (bar baselines, image edges).
struct AxisExtent {
    var lower = Double.infinity
    var upper = -Double.infinity
    var stickies: [Double] = []
    /// Whether any series contributed, even without finite data.
    var hasSeries = false

    var isEmpty: Bool { lower > upper }

    mutating func include(_ value: Double) {
        lower = min(lower, value)
        upper = max(upper, value)
    }
}

/// matplotlib's autoscaling: `nonsingular` widening of degenerate ranges, then 5% margins
/// (`axes.xmargin`/`ymargin`) that stop at sticky values.
enum AutoLimits {
    static let margin = 0.05

    /// Limits in scale coordinates for an axis with `extent`; `lowerLimit`/`upperLimit` are
    /// user-set coordinates that win over the automatic ones.
    static func resolve(_ extent: AxisExtent, scale: AxisScale, lowerLimit: Double?, upperLimit: Double?) -> (Double, Double) {
        if let lo = lowerLimit, let hi = upperLimit {
            return lo == hi ? nonsingular(lo, hi, scale: scale) : (lo, hi)
        }
        var (lo, hi): (Double, Double)
        if !extent.hasSeries {
            (lo, hi) = (0, 1)
        } else {
            (lo, hi) = extent.isEmpty ? (0, 0) : (extent.lower, extent.upper)
            (lo, hi) = nonsingular(lo, hi, scale: scale)
            let tolerance = 1e-5 * max(abs(lo), abs(hi), abs(hi - lo))
            let lowBound = extent.stickies.filter { $0 < lo + tolerance }.max()
            let highBound = extent.stickies.filter { $0 > hi - tolerance }.min()
            var delta = (hi - lo) * margin
            if !delta.isFinite { delta = 0 }
            lo -= delta
            hi += delta
            if let bound = lowBound { lo = max(lo, bound) }
            if let bound = highBound { hi = min(hi, bound) }
        }
        if let fixed = lowerLimit { lo = fixed }
        if let fixed = upperLimit { hi = fixed }
        if lo == hi { (lo, hi) = nonsingular(lo, hi, scale: scale) }
        return (lo, hi)
    }

    /// Widens an empty range: by 5% of the value on each side (±0.05 around zero) on a linear
    /// axis, to the neighbouring decades on a log axis; as matplotlib's `nonsingular`.
    static func nonsingular(_ lo: Double, _ hi: Double, scale: AxisScale) -> (Double, Double) {
        guard lo.isFinite, hi.isFinite else { return (0, 1) }
        let largest = max(abs(lo), abs(hi))
        if hi - lo > largest * 1e-15 { return (lo, hi) }
        switch scale {
        case .linear:
            if lo == 0 && hi == 0 || largest < 1e-290 { return (-0.05, 0.05) }
            return (lo - 0.05 * abs(lo), hi + 0.05 * abs(hi))
        case .log:
            // Coordinates are decades: the powers of ten strictly below and above.
            return (lo.rounded(.up) - 1, hi.rounded(.down) + 1)
        }
    }
}
