import Foundation

/// One plotting area: its series, texts, title, axis settings, legend and grid.
///
/// Plotting methods (`plot`, `scatter`, `hist`, `bar`, `imshow`, `text`) live in
/// `Axes+Plotting.swift`; limit and tick resolution in `Axes+Limits.swift`.
public final class Axes {
    /// Where the axes sits in its figure.
    public let spec: SubplotSpec
    /// `set_title`.
    public var title: String = ""
    /// Label, limits, scale and fixed ticks of the horizontal axis.
    public var x = AxisSettings()
    /// Label, limits, scale and fixed ticks of the vertical axis.
    public var y = AxisSettings()
    /// What has been drawn, in order.
    public internal(set) var series: [Series] = []
    /// `text` annotations, in order.
    public internal(set) var texts: [TextAnnotation] = []
    /// `grid(True)`.
    public var showGrid = false
    /// `legend()`: `nil` until a legend is asked for.
    public internal(set) var legend: LegendSettings?
    /// `axis('off')` hides the frame, ticks and labels.
    public var axisVisible = true
    /// Square data units (`set_aspect('equal')`; `imshow` turns it on).
    public var equalAspect = false

    /// Position in matplotlib's line colour cycle (lines).
    var lineCycle = 0
    /// Position in matplotlib's patch colour cycle (scatter, bars, histograms).
    var patchCycle = 0

    init(spec: SubplotSpec) {
        self.spec = spec
    }

    /// `legend()`: shows a legend of the labelled series; `labels` relabels the series in
    /// order (`legend(['a', 'b'])`); `location` is a matplotlib `loc` string.
    public func showLegend(labels: [String]? = nil, location: String? = nil) throws {
        let loc = try location.map(LegendLocation.parse) ?? .best
        if let labels {
            var next = labels.makeIterator()
            for i in series.indices {
                guard let label = next.next() else { break }
                switch series[i] {
                case .line(var s): s.label = label; series[i] = .line(s)
                case .scatter(var s): s.label = label; series[i] = .scatter(s)
                case .bars(var s): s.label = label; series[i] = .bars(s)
                case .image: continue
                }
            }
        }
        legend = LegendSettings(location: loc)
    }

    /// Removes the legend.
    public func hideLegend() { legend = nil }

    /// `cla()`: forgets everything drawn and every setting.
    public func clear() {
        series.removeAll()
        texts.removeAll()
        title = ""
        x = AxisSettings()
        y = AxisSettings()
        showGrid = false
        legend = nil
        axisVisible = true
        equalAspect = false
        lineCycle = 0
        patchCycle = 0
    }

    /// The entries a legend shows: every series with a label.
    var legendEntries: [(label: String, series: Series)] {
        series.compactMap { s in s.label.map { ($0, s) } }
    }
}

/// A legend request.
public struct LegendSettings: Sendable {
    public var location: LegendLocation
}

/// An axis' scale.
public enum AxisScale: String, Sendable {
    case linear, log

    /// Parses `'linear'` or `'log'`; throws `PlotError.unknownScale`.
    public static func parse(_ name: String) throws -> AxisScale {
        guard let scale = AxisScale(rawValue: name) else { throw PlotError.unknownScale(name) }
        return scale
    }

    /// The coordinate a value has on this scale (log10 for log), or `nil` when it has none.
    func transform(_ value: Double) -> Double? {
        guard value.isFinite else { return nil }
        switch self {
        case .linear: return value
        case .log: return value > 0 ? log10(value) : nil
        }
    }

    /// The value of a coordinate on this scale.
    func inverse(_ coordinate: Double) -> Double {
        switch self {
        case .linear: return coordinate
        case .log: return pow(10, coordinate)
        }
    }
}

/// Everything set on one axis: label, limits, scale, fixed ticks, categories.
public struct AxisSettings: Sendable {
    /// `xlabel` / `ylabel`.
    public var label = ""
    /// Limits set with `xlim`/`ylim`; a `nil` end is found from the data.
    public internal(set) var lowerLimit: Double?
    public internal(set) var upperLimit: Double?
    public internal(set) var scale: AxisScale = .linear
    /// Larger values first (`invert_yaxis()`; `imshow` with `origin='upper'` sets it on y).
    public var inverted = false
    /// `xticks(positions, labels)`; `nil` for automatic ticks.
    public internal(set) var fixedTicks: [Double]?
    public internal(set) var fixedLabels: [String]?
    /// Category names in the order they appeared (`bar(['a', 'b'], …)`); index = position.
    public internal(set) var categories: [String] = []

    /// `xlim(lower, upper)`: either end may be `nil` (keep automatic). Throws for NaN or inf,
    /// and for non-positive ends on a log axis.
    public mutating func setLimits(lower: Double?, upper: Double?) throws {
        for value in [lower, upper].compactMap({ $0 }) where !value.isFinite {
            throw PlotError.nonFiniteLimits
        }
        if scale == .log, (lower ?? 1) <= 0 || (upper ?? 1) <= 0 {
            throw PlotError.invalidLogLimits(lower: lower ?? .nan, upper: upper ?? .nan)
        }
        lowerLimit = lower
        upperLimit = upper
    }

    /// Back to automatic limits.
    public mutating func resetLimits() {
        lowerLimit = nil
        upperLimit = nil
    }

    /// `xscale('log')`; limits that do not fit the new scale are dropped.
    public mutating func setScale(_ name: String) throws {
        scale = try AxisScale.parse(name)
        if scale == .log, (lowerLimit ?? 1) <= 0 || (upperLimit ?? 1) <= 0 { resetLimits() }
    }

    /// `xticks(positions, labels)`: fixed tick positions, with labels or numbers; `[]` hides ticks.
    public mutating func setTicks(_ positions: [Double], labels: [String]? = nil) throws {
        if let labels, labels.count != positions.count {
            throw PlotError.tickLabelCount(positions: positions.count, labels: labels.count)
        }
        fixedTicks = positions.filter(\.isFinite)
        fixedLabels = labels.map { labels in zip(positions, labels).filter { $0.0.isFinite }.map(\.1) }
    }

    /// Positions of category names on this axis, adding new names at the end
    /// (matplotlib's categorical axis: first appearance order, 0, 1, 2, …).
    public mutating func positions(ofCategories names: [String]) -> [Double] {
        names.map { name in
            if let index = categories.firstIndex(of: name) { return Double(index) }
            categories.append(name)
            return Double(categories.count - 1)
        }
    }
}
