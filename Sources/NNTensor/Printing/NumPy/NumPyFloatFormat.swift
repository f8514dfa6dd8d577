/// NumPy's float element format: one layout (positional or scientific, paddings, digit
/// counts) chosen from all the elements shown, then applied to each so columns align.
///
/// The rules are NumPy 2.x's `FloatingFormat`:
/// - scientific notation when the largest magnitude reaches 1e8 (1e6 for float32), or,
///   unless `suppress`, when the smallest nonzero magnitude is below 1e-4 or the ratio of
///   largest to smallest exceeds 1e3 — compared in the array's own precision;
/// - in `maxprec` mode each element keeps only the digits it needs (up to `precision`) and
///   is padded on the right, so `0.5` prints as `0.5       ` next to `0.11920292`;
/// - scientific elements share one fraction-digit count and one exponent width;
/// - NaN and infinity are right-aligned in the common width.
struct NumPyFloatFormat {
    private let options: NumPyPrintOptions
    private var scientific = false
    private var precision: Int
    private var minDigits = -1
    private var unique = true
    private var trim = FloatTrim.zerosKeepPoint
    private var padLeft = 0
    private var padRight = 0
    private var exponentDigits = -1

    /// Chooses the layout for the given elements (the ones that will be shown).
    init(_ values: [PrintFloat], options: NumPyPrintOptions) {
        self.options = options
        precision = options.floatMode == .unique ? -1 : max(options.precision, 0)
        let finite = values.filter(\.isFinite)
        scientific = Self.needsScientific(finite, suppress: options.suppress)

        if !finite.isEmpty {
            measure(finite)
        }
        if options.sign == .space && !finite.contains(where: \.signBit) {
            padLeft += 1
        }
        if finite.count != values.count {
            let negativeInfinity = options.sign != .minus
                || values.contains { $0.doubleValue == -.infinity }
            let offset = padRight + 1
            padLeft = max(
                padLeft, options.nanString.unicodeScalars.count - offset,
                options.infString.unicodeScalars.count + (negativeInfinity ? 1 : 0) - offset)
        }
    }

    /// Formats one element in the chosen layout.
    func format(_ value: PrintFloat) -> String {
        let d = value.doubleValue
        if !d.isFinite {
            let text: String
            if d.isNaN {
                text = (options.sign == .plus ? "+" : "") + options.nanString
            } else {
                text = (d < 0 ? "-" : options.sign == .plus ? "+" : "") + options.infString
            }
            let width = padLeft + padRight + 1
            return String(repeating: " ", count: max(0, width - text.unicodeScalars.count)) + text
        }
        var style = FloatTextStyle()
        style.precision = precision
        style.minDigits = minDigits
        style.unique = unique
        style.trim = trim
        style.forceSign = options.sign == .plus
        style.padLeft = padLeft
        if scientific {
            style.exponentDigits = exponentDigits
            return FloatTextFormatter.scientific(value, style)
        }
        style.padRight = padRight
        return FloatTextFormatter.positional(value, style)
    }

    /// NumPy's switch to scientific notation, evaluated in the elements' own precision.
    private static func needsScientific(_ finite: [PrintFloat], suppress: Bool) -> Bool {
        let nonzero = finite.map(\.magnitude).filter { $0.doubleValue != 0 }
        guard let first = nonzero.first else { return false }
        if case .float32 = first {
            let magnitudes = nonzero.map { Float($0.doubleValue) }
            let maxValue = magnitudes.max() ?? 0
            let minValue = magnitudes.min() ?? 0
            return maxValue >= Float(1e6)
                || (!suppress && (minValue < Float(0.0001) || maxValue / minValue > Float(1000)))
        }
        let magnitudes = nonzero.map(\.doubleValue)
        let maxValue = magnitudes.max() ?? 0
        let minValue = magnitudes.min() ?? 0
        return maxValue >= 1e8 || (!suppress && (minValue < 0.0001 || maxValue / minValue > 1000))
    }

    /// Prints every finite element once to learn the paddings and digit counts.
    private mutating func measure(_ finite: [PrintFloat]) {
        var style = FloatTextStyle()
        style.precision = precision
        style.unique = options.floatMode != .fixed
        style.trim = options.floatMode == .fixed ? .keep : .zerosKeepPoint
        style.forceSign = options.sign == .plus
        unique = style.unique

        var maxWhole = 0
        var maxFraction = 0
        var maxExponent = 0
        for value in finite {
            let text = scientific
                ? FloatTextFormatter.scientific(value, style)
                : FloatTextFormatter.positional(value, style)
            let pieces = Self.split(text)
            maxWhole = max(maxWhole, pieces.whole)
            maxFraction = max(maxFraction, pieces.fraction)
            maxExponent = max(maxExponent, pieces.exponent)
        }
        padLeft = maxWhole
        if scientific {
            exponentDigits = maxExponent - 1
            precision = maxFraction
            minDigits = maxFraction
            trim = .keep
            padRight = exponentDigits + 2 + precision
        } else {
            padRight = maxFraction
            if options.floatMode == .fixed || options.floatMode == .maxprecEqual {
                precision = maxFraction
                minDigits = maxFraction
                trim = .keep
            } else {
                trim = .zerosKeepPoint
                minDigits = 0
            }
        }
    }

    /// Lengths of the parts of `-1.25e+03`: before the point (with sign), after the point,
    /// and the exponent with its sign (0 when positional).
    private static func split(_ text: String) -> (whole: Int, fraction: Int, exponent: Int) {
        let scalars = Array(text.unicodeScalars)
        let e = scalars.firstIndex(of: "e") ?? scalars.count
        let point = scalars[..<e].firstIndex(of: ".") ?? e
        let exponent = e < scalars.count ? scalars.count - e - 1 : 0
        return (point, max(0, e - point - 1), exponent)
    }
}
