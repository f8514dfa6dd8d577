/// Keyword arguments of `plot`, as strings and numbers straight from a script.
public struct LineOptions: Sendable {
    public var color: String?
    public var lineStyle: String?
    public var lineWidth: Double?
    public var marker: String?
    public var markerSize: Double?
    public var label: String?
    public var alpha: Double?

    public init(color: String? = nil, lineStyle: String? = nil, lineWidth: Double? = nil, marker: String? = nil,
                markerSize: Double? = nil, label: String? = nil, alpha: Double? = nil) {
        self.color = color
        self.lineStyle = lineStyle
        self.lineWidth = lineWidth
        self.marker = marker
        self.markerSize = markerSize
        self.label = label
        self.alpha = alpha
    }
}

/// The `c=` argument of `scatter`.
public enum ScatterColors: Sendable {
    /// One colour for all points (`c='red'`, `color='C1'`).
    case single(String)
    /// A colour per point (`c=['red', 'blue', …]`).
    case perPoint([String])
    /// Numbers mapped through the colour map (`c=y`).
    case values([Double])
}

/// Keyword arguments of `scatter`.
public struct ScatterOptions: Sendable {
    public var colors: ScatterColors?
    public var colormap: String?
    public var vmin: Double?
    public var vmax: Double?
    /// `s=`: marker area in points squared, one value or one per point.
    public var sizes: [Double]?
    public var marker: String?
    public var label: String?
    public var alpha: Double?

    public init(colors: ScatterColors? = nil, colormap: String? = nil, vmin: Double? = nil, vmax: Double? = nil,
                sizes: [Double]? = nil, marker: String? = nil, label: String? = nil, alpha: Double? = nil) {
        self.colors = colors
        self.colormap = colormap
        self.vmin = vmin
        self.vmax = vmax
        self.sizes = sizes
        self.marker = marker
        self.label = label
        self.alpha = alpha
    }
}

/// Keyword arguments of `hist`.
public struct HistogramOptions: Sendable {
    public var bins: Histogram.Bins
    public var range: (Double, Double)?
    public var density: Bool
    public var color: String?
    public var label: String?
    public var alpha: Double?
    /// `'bar'` (default), `'stepfilled'` or `'step'` (outline only).
    public var histType: String?

    public init(bins: Histogram.Bins = .count(10), range: (Double, Double)? = nil, density: Bool = false,
                color: String? = nil, label: String? = nil, alpha: Double? = nil, histType: String? = nil) {
        self.bins = bins
        self.range = range
        self.density = density
        self.color = color
        self.label = label
        self.alpha = alpha
        self.histType = histType
    }
}

/// The `x` argument of `bar`: numbers, or category names placed at 0, 1, 2, ….
public enum BarPositions: Sendable {
    case numbers([Double])
    case categories([String])

    var count: Int {
        switch self {
        case .numbers(let v): return v.count
        case .categories(let v): return v.count
        }
    }
}

/// Keyword arguments of `bar`.
public struct BarOptions: Sendable {
    /// One width for all bars, or one per bar.
    public var widths: [Double]
    /// One baseline for all bars, or one per bar.
    public var bottoms: [Double]
    /// One colour for all bars, or one per bar.
    public var colors: [String]?
    public var label: String?
    public var alpha: Double?
    /// `'center'` (default) or `'edge'` (the bar starts at `x`).
    public var align: String?

    public init(widths: [Double] = [0.8], bottoms: [Double] = [0], colors: [String]? = nil, label: String? = nil,
                alpha: Double? = nil, align: String? = nil) {
        self.widths = widths
        self.bottoms = bottoms
        self.colors = colors
        self.label = label
        self.alpha = alpha
        self.align = align
    }
}

/// The array given to `imshow`.
public enum ImageInput: Sendable {
    /// A 2-D array of numbers (`rows` x `columns`, row-major).
    case scalar(rows: Int, columns: Int, values: [Double])
    /// An RGB or RGBA image (`rows` x `columns` x `channels`, row-major), components in `0...1`.
    case color(rows: Int, columns: Int, channels: Int, values: [Double])
}

/// Keyword arguments of `imshow`.
public struct ImageOptions: Sendable {
    public var colormap: String?
    public var vmin: Double?
    public var vmax: Double?
    /// `'equal'` (default: square pixels) or `'auto'` (fill the axes).
    public var aspect: String?
    /// `'upper'` (default: row 0 at the top) or `'lower'`.
    public var origin: String?
    /// Text per cell, row-major (a heatmap's numbers); an nn extra.
    public var cellLabels: [String]?
    /// `extent=(left, right, bottom, top)`: the data coordinates of the image's outer edges
    /// (row 0 along `top` with `origin='upper'`, along `bottom` with `'lower'`); `nil` puts
    /// pixel (i, j) at x = j, y = i.
    public var extent: (left: Double, right: Double, bottom: Double, top: Double)?
    /// Opacity in `0...1` (`alpha=`): SVG and colour terminals blend the image with the white
    /// face; plain text draws it with lighter shades.
    public var alpha: Double?

    public init(colormap: String? = nil, vmin: Double? = nil, vmax: Double? = nil, aspect: String? = nil,
                origin: String? = nil, cellLabels: [String]? = nil,
                extent: (left: Double, right: Double, bottom: Double, top: Double)? = nil, alpha: Double? = nil) {
        self.colormap = colormap
        self.vmin = vmin
        self.vmax = vmax
        self.aspect = aspect
        self.origin = origin
        self.cellLabels = cellLabels
        self.extent = extent
        self.alpha = alpha
    }
}

/// Keyword arguments of `text`.
public struct TextOptions: Sendable {
    public var color: String?
    /// `ha=`: `'left'` (default), `'center'`, `'right'`.
    public var horizontalAlignment: String?
    /// `va=`: `'baseline'` (default), `'center'`, `'top'`, `'bottom'`.
    public var verticalAlignment: String?
    public var fontSize: Double?

    public init(color: String? = nil, horizontalAlignment: String? = nil, verticalAlignment: String? = nil,
                fontSize: Double? = nil) {
        self.color = color
        self.horizontalAlignment = horizontalAlignment
        self.verticalAlignment = verticalAlignment
        self.fontSize = fontSize
    }
}
