/// How a line is stroked: matplotlib's `'-'`, `'--'`, `':'` and `'-.'`.
public enum LineStyle: String, CaseIterable, Hashable, Sendable {
    case solid = "-"
    case dashed = "--"
    case dotted = ":"
    case dashDot = "-."

    /// Parses a `linestyle=` keyword. `nil` means "no line" (`'None'`, `'none'`, `' '`, `''`).
    /// Throws `PlotError.invalidLineStyle`.
    public static func parse(_ keyword: String) throws -> LineStyle? {
        switch keyword {
        case "-", "solid": return .solid
        case "--", "dashed": return .dashed
        case ":", "dotted": return .dotted
        case "-.", "dashdot": return .dashDot
        case "None", "none", " ", "": return nil
        default: throw PlotError.invalidLineStyle(keyword)
        }
    }

    /// On/off run lengths in braille dots for the terminal renderer (a cell is 2x4 dots).
    var dotPattern: [Int] {
        switch self {
        case .solid: return []
        case .dashed: return [4, 2]
        case .dotted: return [1, 1]
        case .dashDot: return [4, 2, 1, 2]
        }
    }

    /// matplotlib's dash pattern in multiples of the line width (`lines.dashed_pattern` etc.).
    var svgDashes: [Double] {
        switch self {
        case .solid: return []
        case .dashed: return [3.7, 1.6]
        case .dotted: return [1, 1.65]
        case .dashDot: return [6.4, 1.6, 1, 1.6]
        }
    }
}
