import Foundation

/// Chooses "nice" tick positions, following matplotlib's `MaxNLocator` (the default
/// `AutoLocator`: steps 1, 2, 2.5, 5, 10) and, for log axes, `LogLocator` on decades.
enum TickLocator {
    /// The mantissas a tick step may have, with their neighbours one decade down and up.
    private static let extendedSteps: [Double] = [0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20]

    /// Ticks at multiples of a nice step covering `lower...upper` with at most `maxBins`
    /// intervals and at least `minTicks` ticks inside the range; only ticks inside the range
    /// (within a relative 1e-10) are returned, in increasing order.
    static func linear(_ a: Double, _ b: Double, maxBins: Int, minTicks: Int = 2) -> [Double] {
        let lower = min(a, b)
        let upper = max(a, b)
        guard lower.isFinite, upper.isFinite else { return [] }
        guard upper > lower else { return [lower] }
        let bins = Double(max(1, maxBins))
        let (scale, offset) = scaleRange(lower, upper, bins)
        let vmin = lower - offset
        let vmax = upper - offset
        let steps = extendedSteps.map { $0 * scale }
        let rawStep = (vmax - vmin) / bins
        let firstLarge = steps.firstIndex(where: { $0 >= rawStep }) ?? (steps.count - 1)
        var ticks: [Double] = []
        for step in steps[0...firstLarge].reversed() {
            let best = (vmin / step).rounded(.down) * step
            let low = lessOrEqualMultiple(vmin - best, step: step, offset: offset)
            let high = greaterOrEqualMultiple(vmax - best, step: step, offset: offset)
            guard high >= low, high - low < 10_000 else { continue }
            ticks = stride(from: low, through: high, by: 1).map { $0 * step + best }
            let inside = ticks.filter { $0 >= vmin && $0 <= vmax }.count
            if inside >= minTicks { break }
        }
        let tolerance = (upper - lower) * 1e-10
        return ticks.map { $0 + offset }.filter { $0 >= lower - tolerance && $0 <= upper + tolerance }
    }

    /// Decade ticks for a log axis whose coordinates (log10 of the values) run over `a...b`:
    /// every `k`-th power of ten so that at most `maxBins + 1` are shown. With fewer than two
    /// decades inside, falls back to linear ticks on the values. Returns values, not logs.
    static func logarithmic(_ a: Double, _ b: Double, maxBins: Int) -> [Double] {
        let lower = min(a, b)
        let upper = max(a, b)
        guard lower.isFinite, upper.isFinite, upper > lower else { return lower.isFinite ? [pow(10, lower)] : [] }
        let first = Int(max(-400, (lower - 1e-10).rounded(.up)))
        let last = Int(min(400, (upper + 1e-10).rounded(.down)))
        if last - first + 1 < 2 {
            return linear(pow(10, lower), pow(10, upper), maxBins: maxBins)
        }
        let count = last - first + 1
        let stride = max(1, Int((Double(count) / Double(max(1, maxBins) + 1)).rounded(.up)))
        let start = Int((Double(first) / Double(stride)).rounded(.up)) * stride
        return Swift.stride(from: start, through: last, by: stride).map { pow(10, Double($0)) }
    }

    /// matplotlib's `scale_range`: the decade of the raw step, and an offset for ranges far
    /// from zero so steps are measured relative to the range.
    private static func scaleRange(_ lower: Double, _ upper: Double, _ bins: Double) -> (Double, Double) {
        let dv = upper - lower
        let mean = (upper + lower) / 2
        var offset = 0.0
        if abs(mean) / dv >= 100 {
            offset = copysign(pow(10, log10(abs(mean)).rounded(.down)), mean)
        }
        let scale = pow(10, log10(dv / bins).rounded(.down))
        return (scale.isFinite && scale > 0 ? scale : 1, offset)
    }

    /// Tolerance for "this remainder is really a whole step", as matplotlib's `_Edge_integer`.
    private static func closeTo(_ ms: Double, _ edge: Double, step: Double, offset: Double) -> Bool {
        var tolerance = 1e-10
        if offset > 0 {
            let digits = log10(offset / step)
            tolerance = min(0.4999, max(1e-10, pow(10, digits - 12)))
        }
        return abs(ms - edge) < tolerance
    }

    /// The largest `n` with `n * step <= x`, forgiving rounding just below a multiple.
    private static func lessOrEqualMultiple(_ x: Double, step: Double, offset: Double) -> Double {
        let (d, m) = floorDivide(x, step)
        return closeTo(m / step, 1, step: step, offset: offset) ? d + 1 : d
    }

    /// The smallest `n` with `n * step >= x`, forgiving rounding just above a multiple.
    private static func greaterOrEqualMultiple(_ x: Double, step: Double, offset: Double) -> Double {
        let (d, m) = floorDivide(x, step)
        return closeTo(m / step, 0, step: step, offset: offset) ? d : d + 1
    }

    /// Python's `divmod` on floats.
    private static func floorDivide(_ x: Double, _ y: Double) -> (Double, Double) {
        var m = fmod(x, y)
        if m != 0, (m < 0) != (y < 0) { m += y }
        return (((x - m) / y).rounded(), m)
    }
}
