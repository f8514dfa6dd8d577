import Foundation

/// Marker shapes in SVG, sized like matplotlib's: `size` is the marker's width in points.
enum SVGMarkers {
    static func draw(_ marker: Marker, x: Double, y: Double, size: Double, color: Color, into b: inout SVGBuilder) {
        let n = SVGBuilder.number
        let r = size / 2
        let fill = SVGBuilder.color(color)
        var paint: [(String, String)] = [("fill", fill)]
        if color.alpha < 1 { paint.append(("fill-opacity", n(color.alpha))) }
        let stroke: [(String, String)] = [("fill", "none"), ("stroke", fill), ("stroke-width", "1")]
        func polygon(_ points: [(Double, Double)]) {
            let d = "M" + points.map { "\(n(x + $0.0 * r)) \(n(y + $0.1 * r))" }.joined(separator: "L") + "Z"
            b.element("path", [("d", d)] + paint)
        }
        switch marker {
        case .circle, .octagon, .hexagon, .hexagon2, .pentagon:
            b.element("circle", [("cx", n(x)), ("cy", n(y)), ("r", n(r))] + paint)
        case .point:
            b.element("circle", [("cx", n(x)), ("cy", n(y)), ("r", n(r / 2))] + paint)
        case .pixel:
            b.element("rect", [("x", n(x - 0.5)), ("y", n(y - 0.5)), ("width", "1"), ("height", "1")] + paint)
        case .square:
            b.element("rect", [("x", n(x - r)), ("y", n(y - r)), ("width", n(size)), ("height", n(size))] + paint)
        case .triangleUp, .triUp: polygon([(0, -1), (1, 1), (-1, 1)])
        case .triangleDown, .triDown: polygon([(0, 1), (1, -1), (-1, -1)])
        case .triangleLeft, .triLeft: polygon([(-1, 0), (1, -1), (1, 1)])
        case .triangleRight, .triRight: polygon([(1, 0), (-1, -1), (-1, 1)])
        case .diamond: polygon([(0, -1), (1, 0), (0, 1), (-1, 0)])
        case .thinDiamond: polygon([(0, -1), (0.6, 0), (0, 1), (-0.6, 0)])
        case .star:
            let points = (0..<10).map { k -> (Double, Double) in
                let angle = Double(k) * .pi / 5 - .pi / 2
                let radius = k % 2 == 0 ? 1.0 : 0.4
                return (radius * cos(angle), radius * sin(angle))
            }
            polygon(points)
        case .plus, .plusFilled:
            b.element("path", [("d", "M\(n(x - r)) \(n(y))L\(n(x + r)) \(n(y))M\(n(x)) \(n(y - r))L\(n(x)) \(n(y + r))")] + stroke)
        case .cross, .crossFilled:
            b.element("path", [("d", "M\(n(x - r)) \(n(y - r))L\(n(x + r)) \(n(y + r))M\(n(x - r)) \(n(y + r))L\(n(x + r)) \(n(y - r))")] + stroke)
        case .verticalLine:
            b.element("path", [("d", "M\(n(x)) \(n(y - r))L\(n(x)) \(n(y + r))")] + stroke)
        case .horizontalLine:
            b.element("path", [("d", "M\(n(x - r)) \(n(y))L\(n(x + r)) \(n(y))")] + stroke)
        }
    }
}
