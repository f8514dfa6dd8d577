/// One thing drawn in an axes, in the order it was added.
public enum Series: Sendable {
    case line(LineSeries)
    case scatter(ScatterSeries)
    case bars(BarSeries)
    case image(ImageSeries)

    /// The legend label, or `nil` when the series stays out of the legend.
    public var label: String? {
        let raw: String?
        switch self {
        case .line(let s): raw = s.label
        case .scatter(let s): raw = s.label
        case .bars(let s): raw = s.label
        case .image: raw = nil
        }
        // matplotlib hides labels that start with an underscore from legends.
        guard let label = raw, !label.isEmpty, !label.hasPrefix("_") else { return nil }
        return label
    }
}

/// A polyline through `(x[i], y[i])` with optional markers: what `plot` draws.
///
/// A non-finite coordinate breaks the line there, as in matplotlib.
public struct LineSeries: Sendable {
    public var x: [Double]
    public var y: [Double]
    public var color: Color
    /// `nil`: markers only.
    public var lineStyle: LineStyle?
    public var lineWidth: Double
    public var marker: Marker?
    public var markerSize: Double
    public var label: String?
}

/// Points with a colour each: what `scatter` draws.
public struct ScatterSeries: Sendable {
    public var x: [Double]
    public var y: [Double]
    public var coloring: PointColoring
    public var marker: Marker
    /// Marker area in points squared (matplotlib's `s`), one value or one per point.
    public var sizes: [Double]
    public var label: String?

    /// The colour of point `i`.
    func color(at i: Int) -> Color {
        switch coloring {
        case .uniform(let c): return c
        case .perPoint(let colors): return i < colors.count ? colors[i] : .black
        case .mapped(let values, let map, let vmin, let vmax):
            return i < values.count ? map.color(for: values[i], vmin: vmin, vmax: vmax) : .black
        }
    }
}

/// How scatter points get their colours.
public enum PointColoring: Sendable {
    /// One colour for every point.
    case uniform(Color)
    /// An explicit colour per point.
    case perPoint([Color])
    /// Values mapped through a colour map between `vmin` and `vmax` (`c=y`).
    case mapped(values: [Double], colormap: Colormap, vmin: Double, vmax: Double)
}

/// One rectangle of a bar chart or histogram, in data coordinates.
public struct Bar: Equatable, Sendable {
    public var left: Double
    public var right: Double
    public var bottom: Double
    public var top: Double
}

/// Rectangles filled with one colour: what `bar` and `hist` draw.
public struct BarSeries: Sendable {
    public var bars: [Bar]
    public var color: Color
    public var label: String?
    /// Drawn as an outline only (`histtype='step'`).
    public var outlineOnly: Bool
}

/// A raster of scalar values through a colour map, or of colours: what `imshow` draws.
public struct ImageSeries: Sendable {
    public let rows: Int
    public let columns: Int
    public var pixels: ImagePixels
    public var colormap: Colormap
    public var vmin: Double
    public var vmax: Double
    /// Data coordinates of the image's edges: `x` from `left` to `right`, and `top` is row 0.
    public var left: Double
    public var right: Double
    public var top: Double
    public var bottom: Double
    /// Optional text per cell, row-major (confusion-matrix counts).
    public var cellLabels: [String]?
    /// Opacity of the whole image (`imshow(alpha=)`), in `0...1`.
    public var alpha: Double = 1

    /// The colour of pixel (`row`, `column`), with the image's opacity applied; out-of-range
    /// indices give a transparent colour.
    func color(row: Int, column: Int) -> Color {
        let c = opaqueColor(row: row, column: column)
        return alpha < 1 ? c.withAlpha(c.alpha * alpha) : c
    }

    /// The colour of pixel (`row`, `column`) before the image's opacity is applied (the SVG
    /// writer applies it once to the whole image, so touching pixels do not overlap).
    func opaqueColor(row: Int, column: Int) -> Color {
        guard row >= 0, row < rows, column >= 0, column < columns else { return .clear }
        let i = row * columns + column
        switch pixels {
        case .scalar(let values): return colormap.color(for: values[i], vmin: vmin, vmax: vmax)
        case .rgb(let colors): return colors[i]
        }
    }

    /// The normalised intensity of pixel (`row`, `column`) in `0...1` (NaN when masked).
    func intensity(row: Int, column: Int) -> Double {
        guard row >= 0, row < rows, column >= 0, column < columns else { return .nan }
        let i = row * columns + column
        switch pixels {
        case .scalar(let values):
            let v = values[i]
            if v.isNaN { return .nan }
            return min(max(Colormap.normalize(v, vmin: vmin, vmax: vmax), 0), 1) * alpha
        case .rgb(let colors):
            return colors[i].alpha == 0 ? .nan : colors[i].luminance * alpha
        }
    }
}

/// The pixel data of an image, row-major.
public enum ImagePixels: Sendable {
    /// One value per pixel, coloured through the series' colour map.
    case scalar([Double])
    /// One colour per pixel (RGB or RGBA images).
    case rgb([Color])
}

/// Text placed at data coordinates: what `text` draws.
public struct TextAnnotation: Sendable {
    public var x: Double
    public var y: Double
    public var text: String
    /// `nil`: black, or black/white for contrast when over an image cell.
    public var color: Color?
    public var horizontalAlignment: HorizontalAlignment
    public var verticalAlignment: VerticalAlignment
    public var fontSize: Double
}

/// matplotlib's `ha=`.
public enum HorizontalAlignment: String, Sendable {
    case left, center, right

    /// Parses `'left'`, `'center'` (or `'centre'`), `'right'`.
    public static func parse(_ keyword: String) throws -> HorizontalAlignment {
        if keyword == "centre" { return .center }
        guard let value = HorizontalAlignment(rawValue: keyword) else { throw PlotError.invalidAlignment(keyword) }
        return value
    }
}

/// matplotlib's `va=`.
public enum VerticalAlignment: String, Sendable {
    case top, center, bottom, baseline

    /// Parses `'top'`, `'center'` (or `'center_baseline'`), `'bottom'`, `'baseline'`.
    public static func parse(_ keyword: String) throws -> VerticalAlignment {
        if keyword == "center_baseline" || keyword == "centre" { return .center }
        guard let value = VerticalAlignment(rawValue: keyword) else { throw PlotError.invalidAlignment(keyword) }
        return value
    }
}
