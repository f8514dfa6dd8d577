import Foundation

/// Turns tick positions into labels with one shared number of decimals, as matplotlib's
/// `ScalarFormatter` does (`0.0 0.2 0.4`, `-4 -2 0 2 4`), switching to scientific notation
/// for magnitudes of 1e6 and above or below 1e-4.
enum TickFormatter {
    /// Labels for `ticks`; `minus` is the sign used for negative numbers (`"-"` in the
    /// terminal, `"\u{2212}"` in SVG, as matplotlib's `axes.unicode_minus`).
    static func labels(_ ticks: [Double], minus: String = "-") -> [String] {
        guard !ticks.isEmpty else { return [] }
        let largest = ticks.map(abs).max() ?? 0
        var exponent = 0
        if largest > 0 {
            let oom = Int(log10(largest).rounded(.down))
            if oom <= -5 || oom >= 6 { exponent = oom }
        }
        let scaled = ticks.map { $0 / pow(10, Double(exponent)) }
        let decimals = decimalsNeeded(scaled)
        return scaled.map { value in
            var text = fixed(value, decimals: decimals, minus: minus)
            if exponent != 0 { text += "e" + (exponent < 0 ? minus : "") + String(abs(exponent)) }
            return text
        }
    }

    /// Labels for decade ticks of a log axis: `10⁻²`, `10⁰`, `10³` (matplotlib's mathtext
    /// `$10^{k}$` written with Unicode superscripts).
    static func decadeLabels(_ ticks: [Double], minus: String = "-") -> [String] {
        let isDecades = ticks.allSatisfy { t in
            let k = log10(t)
            return t > 0 && abs(k - k.rounded()) < 1e-9
        }
        guard isDecades else { return labels(ticks, minus: minus) }
        return ticks.map { "10" + superscript(Int(log10($0).rounded())) }
    }

    /// matplotlib's rule: start from 3 significant figures below the range's order of
    /// magnitude and drop decimals while every tick still rounds to within 1e-3 of the range.
    static func decimalsNeeded(_ ticks: [Double]) -> Int {
        guard let lo = ticks.min(), let hi = ticks.max() else { return 0 }
        var range = hi - lo
        if range == 0 { range = abs(hi) }
        if range == 0 || !range.isFinite { return 0 }
        let oom = Int(log10(range).rounded(.down))
        var sigfigs = max(0, 3 - oom)
        let threshold = 1e-3 * pow(10, Double(oom))
        while sigfigs >= 0 {
            let scale = pow(10, Double(sigfigs))
            let worst = ticks.map { abs($0 - ($0 * scale).rounded() / scale) }.max() ?? 0
            if worst < threshold { sigfigs -= 1 } else { break }
        }
        return min(sigfigs + 1, 15)
    }

    /// `value` with `decimals` digits after the point; `-0` prints as `0`.
    static func fixed(_ value: Double, decimals: Int, minus: String) -> String {
        var text = String(format: "%.\(decimals)f", value)
        if text.hasPrefix("-") {
            let digits = text.dropFirst()
            if digits.allSatisfy({ $0 == "0" || $0 == "." }) {
                text = String(digits)
            } else {
                text = minus + digits
            }
        }
        return text
    }

    /// An integer in Unicode superscript digits.
    static func superscript(_ n: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let body = String(abs(n)).compactMap { c in c.wholeNumberValue.map { digits[$0] } }
        return (n < 0 ? "⁻" : "") + String(body)
    }
}
