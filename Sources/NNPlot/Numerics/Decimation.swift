/// Thins a long polyline for drawing at a given resolution without changing what it looks
/// like: among consecutive points in the same pixel column it keeps the first, the lowest,
/// the highest and the last (the "min-max" or M4 reduction).
enum Decimation {
    /// Reduces `points` (x, y in pixel units; `nil` breaks the line) so that each run of
    /// consecutive points in one column `Int(floor(x))` keeps at most four, in their order.
    static func reduce(_ points: [(Double, Double)?]) -> [(Double, Double)?] {
        var result: [(Double, Double)?] = []
        result.reserveCapacity(min(points.count, 4096))
        var run: [(Double, Double)] = []
        var runColumn = Int.min

        func flush() {
            guard let first = run.first, let last = run.last else { return }
            if run.count <= 4 {
                result.append(contentsOf: run.map { Optional($0) })
            } else {
                var lowIndex = 0
                var highIndex = 0
                for (i, p) in run.enumerated() {
                    if p.1 < run[lowIndex].1 { lowIndex = i }
                    if p.1 > run[highIndex].1 { highIndex = i }
                }
                let middle = [min(lowIndex, highIndex), max(lowIndex, highIndex)]
                result.append(first)
                for i in middle where i != 0 && i != run.count - 1 { result.append(run[i]) }
                result.append(last)
            }
            run.removeAll(keepingCapacity: true)
        }

        for point in points {
            guard let p = point, p.0.isFinite, p.1.isFinite else {
                flush()
                result.append(nil)
                runColumn = Int.min
                continue
            }
            let column = p.0 < -1e15 ? Int.min + 1 : (p.0 > 1e15 ? Int.max : Int(p.0.rounded(.down)))
            if column != runColumn { flush() }
            runColumn = column
            run.append(p)
        }
        flush()
        return result
    }
}
