import Foundation

/// Everything that can go wrong while building a figure, with the values involved.
///
/// Renderers never throw: every check happens when data or settings enter the model, so a
/// figure that exists can always be drawn. `description` is the one place that turns a case
/// into text; messages follow matplotlib's and NumPy's wording where they have one.
public enum PlotError: Error, Equatable, Sendable {
    /// A matplotlib format string such as `'--r'` that does not parse.
    case invalidFormatString(String, reason: String)
    /// A colour specification that is not a name, a hex code, a grey level or `C0`…`C9`.
    case invalidColor(String)
    /// A colour map name that is not one of `Colormap.names` (with or without `_r`).
    case unknownColormap(String)
    /// A line style keyword that is not `-`, `--`, `:`, `-.`, `solid`, … or `None`.
    case invalidLineStyle(String)
    /// A marker keyword that is not one of matplotlib's marker symbols.
    case invalidMarker(String)
    /// `x` and `y` of different lengths.
    case lengthMismatch(xCount: Int, yCount: Int)
    /// A per-point argument (colours, sizes, labels) whose length does not match the data.
    case argumentLength(name: String, expected: Int, actual: Int)
    /// An integer `bins` that is zero or negative.
    case nonPositiveBins(Int)
    /// Bin edges that do not increase monotonically.
    case binsNotMonotonic
    /// A histogram `range` whose bounds are reversed.
    case histogramRangeReversed(lower: Double, upper: Double)
    /// A histogram `range` (given or taken from the data) that is not finite.
    case histogramRangeNotFinite(lower: Double, upper: Double)
    /// Axis limits that are NaN or infinite.
    case nonFiniteLimits
    /// Axis limits with equal ends on a log axis, or non-positive ends on a log axis.
    case invalidLogLimits(lower: Double, upper: Double)
    /// An axis scale other than `linear` and `log`.
    case unknownScale(String)
    /// A legend location that is not one of matplotlib's location strings or codes.
    case unknownLegendLocation(String)
    /// A horizontal or vertical alignment keyword that is not understood.
    case invalidAlignment(String)
    /// Tick positions and tick labels of different lengths.
    case tickLabelCount(positions: Int, labels: Int)
    /// A figure size that is not a pair of positive finite numbers.
    case invalidFigureSize(width: Double, height: Double)
    /// A subplot grid with zero or negative rows or columns.
    case invalidSubplotGrid(rows: Int, columns: Int)
    /// A subplot index outside `1...rows*columns`.
    case subplotIndexOutOfRange(index: Int, count: Int)
    /// An image whose rows are empty or of unequal length, or whose pixel count is wrong.
    case invalidImageShape(String)
    /// An unsupported `aspect` or `origin` keyword for `imshow`.
    case invalidImageOption(name: String, value: String)
    /// A bar width, marker size or line width that is negative or not finite.
    case invalidSize(name: String, value: Double)
    /// An output file whose extension names a format other than `svg` and `txt`.
    case unsupportedFormat(String)
    /// The operating system refused to write a file.
    case writeFailed(path: String, reason: String)
}

extension PlotError: CustomStringConvertible {
    /// The message shown to the user, without the error type's name.
    public var description: String {
        switch self {
        case .invalidFormatString(let format, let reason):
            return "'\(format)' is not a valid format string (\(reason))"
        case .invalidColor(let spec):
            return "Invalid RGBA argument: '\(spec)'"
        case .unknownColormap(let name):
            let names = Colormap.names.map { "'\($0)'" }.joined(separator: ", ")
            return "'\(name)' is not a valid value for cmap; supported values are \(names) "
                + "(and each with '_r')"
        case .invalidLineStyle(let style):
            return "'\(style)' is not a valid value for ls; supported values are "
                + "'-', '--', '-.', ':', 'None', ' ', '', 'solid', 'dashed', 'dashdot', 'dotted'"
        case .invalidMarker(let marker):
            return "Unrecognized marker style '\(marker)'"
        case .lengthMismatch(let xCount, let yCount):
            return "x and y must have same first dimension, but have shapes (\(xCount),) and (\(yCount),)"
        case .argumentLength(let name, let expected, let actual):
            return "'\(name)' argument must have \(expected) elements (one per point), but has \(actual)"
        case .nonPositiveBins(let bins):
            return "`bins` must be positive, when an integer (got \(bins))"
        case .binsNotMonotonic:
            return "`bins` must increase monotonically, when an array"
        case .histogramRangeReversed:
            return "max must be larger than min in range parameter."
        case .histogramRangeNotFinite(let lower, let upper):
            return "supplied range of [\(PlotError.show(lower)), \(PlotError.show(upper))] is not finite"
        case .nonFiniteLimits:
            return "Axis limits cannot be NaN or Inf"
        case .invalidLogLimits(let lower, let upper):
            return "log axis limits must be positive and distinct, got (\(PlotError.show(lower)), "
                + "\(PlotError.show(upper)))"
        case .unknownScale(let name):
            return "'\(name)' is not a valid value for scale; supported values are 'linear', 'log'"
        case .unknownLegendLocation(let location):
            return "'\(location)' is not a valid value for loc; supported values are 'best', "
                + "'upper right', 'upper left', 'lower left', 'lower right', 'right', 'center left', "
                + "'center right', 'lower center', 'upper center', 'center'"
        case .invalidAlignment(let value):
            return "'\(value)' is not a valid alignment; supported values are 'left', 'center', "
                + "'right' (horizontal) and 'top', 'center', 'bottom', 'baseline' (vertical)"
        case .tickLabelCount(let positions, let labels):
            return "The number of FixedLocator locations (\(positions)), usually from a call to "
                + "set_ticks, does not match the number of labels (\(labels))."
        case .invalidFigureSize(let width, let height):
            return "figure size must be positive finite not (\(PlotError.show(width)), \(PlotError.show(height)))"
        case .invalidSubplotGrid(let rows, let columns):
            return "Number of rows and columns must be positive integers, not \(rows) and \(columns)"
        case .subplotIndexOutOfRange(let index, let count):
            return "num must be an integer with 1 <= num <= \(count), not \(index)"
        case .invalidImageShape(let detail):
            return "Invalid shape for image data: \(detail)"
        case .invalidImageOption(let name, let value):
            return "'\(value)' is not a valid value for \(name)"
        case .invalidSize(let name, let value):
            return "\(name) must be a non-negative finite number, not \(PlotError.show(value))"
        case .unsupportedFormat(let format):
            return "Format '\(format)' is not supported (supported formats: svg, txt)"
        case .writeFailed(let path, let reason):
            return "cannot write '\(path)': \(reason)"
        }
    }

    /// Formats a number the way Python's `repr` of a float does for common values.
    static func show(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        if value == value.rounded(), abs(value) < 1e16 { return String(format: "%.1f", value) }
        return "\(value)"
    }
}
