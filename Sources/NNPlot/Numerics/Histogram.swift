/// Counts of values in bins, computed exactly as NumPy's `np.histogram` does.
///
/// Non-finite values are left out (matplotlib's `hist` drops NaN; NumPy would refuse an
/// automatic range over them), so a histogram of data with gaps still draws.
public struct Histogram: Equatable, Sendable {
    /// One count (or density) per bin.
    public var counts: [Double]
    /// `counts.count + 1` increasing bin edges.
    public var edges: [Double]

    /// How the bins are chosen: `bins=10` or `bins=[0, 1, 2.5, 4]`.
    public enum Bins: Equatable, Sendable {
        case count(Int)
        case edges([Double])
    }

    /// Bins `values` like `np.histogram(values, bins, range, density)`.
    ///
    /// - `count(n)`: `n` equal bins over `range`, or over the data's extent (widened by 0.5 on
    ///   each side when all values are equal, `0...1` when there are none).
    /// - `edges(e)`: the given edges, which must increase monotonically.
    /// Each bin is half-open except the last, which includes its right edge; values outside
    /// the bins are not counted. With `density`, counts become `count / (total * width)`.
    public init(_ values: [Double], bins: Bins = .count(10), range: (Double, Double)? = nil,
                density: Bool = false) throws {
        let finite = values.filter(\.isFinite)
        switch bins {
        case .count(let n):
            guard n >= 1 else { throw PlotError.nonPositiveBins(n) }
            guard n <= 10_000_000 else { throw PlotError.nonPositiveBins(n) }
            let (first, last) = try Histogram.outerEdges(finite, range: range)
            edges = Histogram.linspace(first, last, count: n + 1)
            counts = Histogram.uniformCounts(finite, edges: edges, first: first, last: last)
        case .edges(let given):
            guard given.count >= 2, given.allSatisfy(\.isFinite),
                zip(given, given.dropFirst()).allSatisfy({ $0 <= $1 })
            else { throw PlotError.binsNotMonotonic }
            if let range {
                // NumPy checks the range even when edges are given.
                _ = try Histogram.outerEdges(finite, range: range)
            }
            edges = given
            counts = Histogram.edgeCounts(finite, edges: given)
        }
        if density {
            let total = counts.reduce(0, +)
            counts = counts.indices.map { i in counts[i] / (edges[i + 1] - edges[i]) / total }
        }
    }

    /// The data's or the range's extent, as NumPy's `_get_outer_edges`.
    static func outerEdges(_ values: [Double], range: (Double, Double)?) throws -> (Double, Double) {
        var first: Double
        var last: Double
        if let (lower, upper) = range {
            guard lower.isFinite, upper.isFinite else {
                throw PlotError.histogramRangeNotFinite(lower: lower, upper: upper)
            }
            guard lower <= upper else { throw PlotError.histogramRangeReversed(lower: lower, upper: upper) }
            (first, last) = (lower, upper)
        } else if let lo = values.min(), let hi = values.max() {
            (first, last) = (lo, hi)
        } else {
            (first, last) = (0, 1)
        }
        if first == last {
            first -= 0.5
            last += 0.5
        }
        return (first, last)
    }

    /// `np.linspace(first, last, count)`: `i * step + first`, with the last point exactly `last`.
    static func linspace(_ first: Double, _ last: Double, count: Int) -> [Double] {
        guard count > 1 else { return [first] }
        let step = (last - first) / Double(count - 1)
        var points = (0..<count).map { Double($0) * step + first }
        points[count - 1] = last
        return points
    }

    /// NumPy's equal-width fast path: index from the scaled offset, then corrected by one
    /// against the actual edges.
    private static func uniformCounts(_ values: [Double], edges: [Double], first: Double, last: Double) -> [Double] {
        let n = edges.count - 1
        var counts = [Double](repeating: 0, count: n)
        let denominator = last - first
        for v in values where v >= first && v <= last {
            let scaled = (v - first) / denominator * Double(n)
            guard scaled.isFinite else {
                // Only for ranges near the limits of Double, where the scaling overflows.
                counts[Histogram.edgeIndex(v, edges: edges)] += 1
                continue
            }
            var index = Int(min(max(scaled, 0), Double(n)))
            if index >= n { index = n - 1 }
            if index < 0 { index = 0 }
            if v < edges[index], index > 0 { index -= 1 }
            if v >= edges[index + 1], index != n - 1 { index += 1 }
            counts[index] += 1
        }
        return counts
    }

    /// Arbitrary edges: binary search for the bin, last bin closed on the right.
    private static func edgeCounts(_ values: [Double], edges: [Double]) -> [Double] {
        let n = edges.count - 1
        var counts = [Double](repeating: 0, count: n)
        guard let lo = edges.first, let hi = edges.last else { return counts }
        for v in values where v >= lo && v <= hi {
            if v == hi {
                // The last bin includes its right edge; with repeated edges NumPy counts it in the
                // last bin whose left edge is below it (or the last bin when all are equal).
                counts[n - 1] += 1
                continue
            }
            counts[edgeIndex(v, edges: edges)] += 1
        }
        return counts
    }

    /// The bin of `v` among `edges` by binary search: the largest `i < n` with `edges[i] <= v`.
    private static func edgeIndex(_ v: Double, edges: [Double]) -> Int {
        let n = edges.count - 1
        var low = 0
        var high = n
        while high - low > 1 {
            let mid = (low + high) / 2
            if edges[mid] <= v { low = mid } else { high = mid }
        }
        return low
    }
}
