/// A grid of braille cells, each 2 dots wide and 4 high, with the colour of the series that
/// drew into each cell last. Lines are rasterised with Bresenham's algorithm after clipping
/// to the grid, optionally with a dash pattern.
struct BrailleLayer {
    let columns: Int
    let rows: Int
    private(set) var bits: [UInt8]
    private(set) var colors: [Color?]

    /// Width and height in dots.
    var dotWidth: Int { columns * 2 }
    var dotHeight: Int { rows * 4 }

    init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        bits = Array(repeating: 0, count: self.columns * self.rows)
        colors = Array(repeating: nil, count: self.columns * self.rows)
    }

    /// The bit of dot (`dx`, `dy`) inside a cell, in Unicode's braille numbering.
    static func bit(_ dx: Int, _ dy: Int) -> UInt8 {
        switch (dx, dy) {
        case (0, 0): return 0x01
        case (0, 1): return 0x02
        case (0, 2): return 0x04
        case (1, 0): return 0x08
        case (1, 1): return 0x10
        case (1, 2): return 0x20
        case (0, 3): return 0x40
        default: return 0x80
        }
    }

    /// The braille character with these dots (U+2800 + bits).
    static func character(_ bits: UInt8) -> Character {
        Character(Unicode.Scalar(0x2800 + UInt32(bits)) ?? " ")
    }

    /// Sets dot (`x`, `y`); dots outside the grid are ignored.
    mutating func set(_ x: Int, _ y: Int, color: Color?) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        let i = (y / 4) * columns + x / 2
        bits[i] |= BrailleLayer.bit(x % 2, y % 4)
        colors[i] = color
    }

    /// The dot index of a continuous coordinate in `0...size`, with the far edge itself
    /// belonging to the last dot; `nil` outside.
    static func dotIndex(_ f: Double, size: Int) -> Int? {
        guard f.isFinite, f >= -1e-9, f <= Double(size) + 1e-9 else { return nil }
        return min(max(Int(f.rounded(.down)), 0), size - 1)
    }

    /// Draws a polyline given in continuous dot coordinates (`nil` or non-finite points break
    /// it), clipped to the grid; `pattern` holds on/off run lengths (empty: solid) and runs on
    /// across segments, as a dash pattern does along a path. A lone point draws nothing, as
    /// in matplotlib (markers show points).
    mutating func polyline(_ points: [(Double, Double)?], color: Color?, pattern: [Int] = []) {
        var phase = 0
        var previous: (Double, Double)?
        for point in points {
            guard let p = point, p.0.isFinite, p.1.isFinite else {
                previous = nil
                continue
            }
            if let q = previous {
                segment(from: q, to: p, color: color, pattern: pattern, phase: &phase)
            }
            previous = p
        }
    }

    /// One segment, clipped to the grid (Liang–Barsky), then stepped dot by dot.
    private mutating func segment(from a: (Double, Double), to b: (Double, Double), color: Color?, pattern: [Int],
                                  phase: inout Int) {
        let w = Double(dotWidth)
        let h = Double(dotHeight)
        guard let (p, q) = BrailleLayer.clip(a, b, width: w, height: h) else { return }
        guard let x0 = BrailleLayer.dotIndex(p.0, size: dotWidth), let y0 = BrailleLayer.dotIndex(p.1, size: dotHeight),
            let x1 = BrailleLayer.dotIndex(q.0, size: dotWidth), let y1 = BrailleLayer.dotIndex(q.1, size: dotHeight)
        else { return }
        let dx = abs(x1 - x0)
        let dy = -abs(y1 - y0)
        let sx = x0 < x1 ? 1 : -1
        let sy = y0 < y1 ? 1 : -1
        var error = dx + dy
        var x = x0
        var y = y0
        while true {
            if BrailleLayer.isOn(phase, pattern) { set(x, y, color: color) }
            if x == x1 && y == y1 { break }
            phase += 1
            let e2 = 2 * error
            if e2 >= dy {
                error += dy
                x += sx
            }
            if e2 <= dx {
                error += dx
                y += sy
            }
        }
    }

    /// Whether dot number `phase` along a path is drawn under `pattern`.
    static func isOn(_ phase: Int, _ pattern: [Int]) -> Bool {
        let period = pattern.reduce(0, +)
        guard period > 0 else { return true }
        var p = phase % period
        for (i, run) in pattern.enumerated() {
            if p < run { return i % 2 == 0 }
            p -= run
        }
        return true
    }

    /// The part of segment a–b inside `[0, width] x [0, height]`, or `nil` when none is.
    static func clip(_ a: (Double, Double), _ b: (Double, Double), width: Double,
                     height: Double) -> ((Double, Double), (Double, Double))? {
        let dx = b.0 - a.0
        let dy = b.1 - a.1
        var t0 = 0.0
        var t1 = 1.0
        // Which edge limits each end (0 left, 1 right, 2 top, 3 bottom); that coordinate is then
        // set exactly, as interpolating far-away endpoints would lose it to rounding.
        var edge0: Int?
        var edge1: Int?
        let checks = [(-dx, a.0), (dx, width - a.0), (-dy, a.1), (dy, height - a.1)]
        for (k, (p, q)) in checks.enumerated() {
            if p == 0 {
                if q < 0 { return nil }
            } else {
                let r = q / p
                if p < 0 {
                    if r > t1 { return nil }
                    if r > t0 { t0 = r; edge0 = k }
                } else {
                    if r < t0 { return nil }
                    if r < t1 { t1 = r; edge1 = k }
                }
            }
        }
        func point(_ t: Double, _ edge: Int?, _ fallback: (Double, Double)) -> (Double, Double) {
            guard let edge else { return fallback }
            switch edge {
            case 0: return (0, a.1 + t * dy)
            case 1: return (width, a.1 + t * dy)
            case 2: return (a.0 + t * dx, 0)
            default: return (a.0 + t * dx, height)
            }
        }
        return (point(t0, edge0, a), point(t1, edge1, b))
    }
}
