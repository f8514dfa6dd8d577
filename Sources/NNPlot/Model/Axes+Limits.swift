/// Resolving the view: limits after autoscaling, in values and in scale coordinates.
extension Axes {
    /// The view limits of the x axis as `get_xlim()` reports them (left, right).
    public func xLimits() -> (Double, Double) {
        let (lo, hi) = resolvedCoordinates().x
        return (x.scale.inverse(lo), x.scale.inverse(hi))
    }

    /// The view limits of the y axis as `get_ylim()` reports them (bottom, top).
    public func yLimits() -> (Double, Double) {
        let (lo, hi) = resolvedCoordinates().y
        return (y.scale.inverse(lo), y.scale.inverse(hi))
    }

    /// Limits of both axes in scale coordinates, oriented (first = left / bottom).
    func resolvedCoordinates() -> (x: (Double, Double), y: (Double, Double)) {
        let (xExtent, yExtent) = dataExtents()
        func resolve(_ settings: AxisSettings, _ extent: AxisExtent) -> (Double, Double) {
            let lower = settings.lowerLimit.flatMap(settings.scale.transform)
            let upper = settings.upperLimit.flatMap(settings.scale.transform)
            var (lo, hi) = AutoLimits.resolve(extent, scale: settings.scale, lowerLimit: lower, upperLimit: upper)
            // User limits keep their order; automatic ones follow the axis' inversion.
            if settings.lowerLimit == nil || settings.upperLimit == nil, settings.inverted, lo < hi {
                swap(&lo, &hi)
            }
            return (lo, hi)
        }
        return (resolve(x, xExtent), resolve(y, yExtent))
    }

    /// The finite data of every series in scale coordinates, with sticky edges.
    func dataExtents() -> (AxisExtent, AxisExtent) {
        var ex = AxisExtent()
        var ey = AxisExtent()
        let xs = x.scale
        let ys = y.scale
        for s in series {
            ex.hasSeries = true
            ey.hasSeries = true
            switch s {
            case .line(let line):
                includePoints(line.x, line.y, &ex, &ey)
            case .scatter(let scatter):
                includePoints(scatter.x, scatter.y, &ex, &ey)
            case .bars(let bars):
                for bar in bars.bars {
                    guard let l = xs.transform(bar.left), let r = xs.transform(bar.right) else { continue }
                    guard let t = ys.transform(bar.top) else { continue }
                    ex.include(l)
                    ex.include(r)
                    ey.include(t)
                    if let b = ys.transform(bar.bottom) {
                        ey.include(b)
                        ey.stickies.append(b)
                    }
                }
            case .image(let image):
                for v in [image.left, image.right] {
                    if let c = xs.transform(v) { ex.include(c); ex.stickies.append(c) }
                }
                for v in [image.top, image.bottom] {
                    if let c = ys.transform(v) { ey.include(c); ey.stickies.append(c) }
                }
            }
        }
        return (ex, ey)
    }

    private func includePoints(_ px: [Double], _ py: [Double], _ ex: inout AxisExtent, _ ey: inout AxisExtent) {
        let xs = x.scale
        let ys = y.scale
        // A point with a non-finite coordinate is dropped from both axes (matplotlib's finite
        // mask); a non-positive value on a log axis only leaves out that coordinate.
        for i in 0..<min(px.count, py.count) where px[i].isFinite && py[i].isFinite {
            if let cx = xs.transform(px[i]) { ex.include(cx) }
            if let cy = ys.transform(py[i]) { ey.include(cy) }
        }
    }
}
