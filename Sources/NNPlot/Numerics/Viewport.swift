/// Maps data values to fractions of an axes box: `x` from the left edge, `y` from the top.
///
/// Built from an axes' resolved limits; both renderers multiply the fractions by their own
/// box size (braille dots or points). Values outside the limits map outside `0...1`; values
/// without a coordinate (non-positive on a log axis, NaN, inf) map to `nil`.
struct Viewport {
    let xScale: AxisScale
    let yScale: AxisScale
    /// Left and right limits in scale coordinates.
    let xRange: (Double, Double)
    /// Bottom and top limits in scale coordinates.
    let yRange: (Double, Double)

    init(_ axes: Axes) {
        let (x, y) = axes.resolvedCoordinates()
        xScale = axes.x.scale
        yScale = axes.y.scale
        xRange = x
        yRange = y
    }

    /// Fraction of the width from the left edge.
    func fx(_ value: Double) -> Double? {
        guard let c = xScale.transform(value) else { return nil }
        return fraction(c, xRange.0, xRange.1)
    }

    /// Fraction of the height from the top edge.
    func fy(_ value: Double) -> Double? {
        guard let c = yScale.transform(value) else { return nil }
        return fraction(c, yRange.1, yRange.0)
    }

    /// Width of the view in data coordinates (for the equal-aspect box).
    var xSpan: Double { abs(xRange.1 - xRange.0) }
    /// Height of the view in data coordinates.
    var ySpan: Double { abs(yRange.1 - yRange.0) }

    private func fraction(_ c: Double, _ start: Double, _ end: Double) -> Double? {
        let span = end - start
        guard span != 0, span.isFinite else { return nil }
        let f = (c - start) / span
        return f.isFinite ? f : nil
    }

    /// Ticks of the x axis as (value, fraction, label), `maxBins` being the locator's budget.
    func xTicks(_ axes: Axes, maxBins: Int, minus: String) -> [Tick] {
        ticks(axes.x, range: xRange, maxBins: maxBins, minus: minus, fraction: fx)
    }

    /// Ticks of the y axis as (value, fraction from the top, label).
    func yTicks(_ axes: Axes, maxBins: Int, minus: String) -> [Tick] {
        ticks(axes.y, range: yRange, maxBins: maxBins, minus: minus, fraction: fy)
    }

    private func ticks(_ settings: AxisSettings, range: (Double, Double), maxBins: Int, minus: String,
                       fraction: (Double) -> Double?) -> [Tick] {
        var values: [Double]
        var labels: [String]
        if let fixed = settings.fixedTicks {
            values = fixed
            labels = settings.fixedLabels ?? TickFormatter.labels(fixed, minus: minus)
        } else if !settings.categories.isEmpty {
            values = settings.categories.indices.map(Double.init)
            labels = settings.categories
        } else if settings.scale == .log {
            values = TickLocator.logarithmic(range.0, range.1, maxBins: maxBins)
            labels = TickFormatter.decadeLabels(values, minus: minus)
        } else {
            values = TickLocator.linear(range.0, range.1, maxBins: maxBins)
            labels = TickFormatter.labels(values, minus: minus)
        }
        var result: [Tick] = []
        for (value, label) in zip(values, labels) {
            guard let f = fraction(value), f >= -1e-9, f <= 1 + 1e-9 else { continue }
            result.append(Tick(value: value, fraction: min(max(f, 0), 1), label: label))
        }
        return result
    }
}

/// One tick: its value, where it sits (fraction of the box) and its label.
struct Tick: Equatable {
    let value: Double
    let fraction: Double
    let label: String
}
