/// Where a legend goes inside its axes: matplotlib's `loc=` strings and codes.
public enum LegendLocation: Int, CaseIterable, Sendable {
    case best = 0
    case upperRight, upperLeft, lowerLeft, lowerRight, right
    case centerLeft, centerRight, lowerCenter, upperCenter, center

    /// Parses `'upper right'`, `'best'`, … or a numeric code `'0'`…`'10'`.
    public static func parse(_ keyword: String) throws -> LegendLocation {
        if let code = Int(keyword), let location = LegendLocation(rawValue: code) { return location }
        switch keyword {
        case "best": return .best
        case "upper right": return .upperRight
        case "upper left": return .upperLeft
        case "lower left": return .lowerLeft
        case "lower right": return .lowerRight
        case "right": return .right
        case "center left": return .centerLeft
        case "center right": return .centerRight
        case "lower center": return .lowerCenter
        case "upper center": return .upperCenter
        case "center": return .center
        default: throw PlotError.unknownLegendLocation(keyword)
        }
    }

    /// The order matplotlib tries positions in for `'best'`.
    static let bestCandidates: [LegendLocation] = [
        .upperRight, .upperLeft, .lowerLeft, .lowerRight, .right,
        .centerLeft, .centerRight, .lowerCenter, .upperCenter, .center,
    ]

    /// Horizontal placement: 0 left, 1 centre, 2 right.
    var column: Int {
        switch self {
        case .upperLeft, .lowerLeft, .centerLeft: return 0
        case .lowerCenter, .upperCenter, .center, .best: return 1
        case .upperRight, .lowerRight, .right, .centerRight: return 2
        }
    }

    /// Vertical placement: 0 top, 1 middle, 2 bottom.
    var row: Int {
        switch self {
        case .upperRight, .upperLeft, .upperCenter: return 0
        case .right, .centerLeft, .centerRight, .center, .best: return 1
        case .lowerLeft, .lowerRight, .lowerCenter: return 2
        }
    }
}
