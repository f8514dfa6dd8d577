/// A point marker: matplotlib's marker symbols (`'o'`, `'^'`, `'s'`, `'x'`, …).
public enum Marker: String, CaseIterable, Hashable, Sendable {
    case point = "."
    case pixel = ","
    case circle = "o"
    case triangleDown = "v"
    case triangleUp = "^"
    case triangleLeft = "<"
    case triangleRight = ">"
    case triDown = "1"
    case triUp = "2"
    case triLeft = "3"
    case triRight = "4"
    case octagon = "8"
    case square = "s"
    case pentagon = "p"
    case plusFilled = "P"
    case star = "*"
    case hexagon = "h"
    case hexagon2 = "H"
    case plus = "+"
    case cross = "x"
    case crossFilled = "X"
    case diamond = "D"
    case thinDiamond = "d"
    case verticalLine = "|"
    case horizontalLine = "_"

    /// Parses a `marker=` keyword. `nil` means no marker (`'None'`, `'none'`, `' '`, `''`).
    /// Throws `PlotError.invalidMarker`.
    public static func parse(_ keyword: String) throws -> Marker? {
        switch keyword {
        case "None", "none", " ", "": return nil
        default:
            guard let marker = Marker(rawValue: keyword) else { throw PlotError.invalidMarker(keyword) }
            return marker
        }
    }

    /// The character that stands for the marker in the terminal (all one column wide).
    var glyph: Character {
        switch self {
        case .point: return "•"
        case .pixel: return "·"
        case .circle, .octagon, .hexagon, .hexagon2, .pentagon: return "●"
        case .triangleDown, .triDown: return "▼"
        case .triangleUp, .triUp: return "▲"
        case .triangleLeft, .triLeft: return "◀"
        case .triangleRight, .triRight: return "▶"
        case .square: return "■"
        case .plusFilled, .plus: return "+"
        case .star: return "*"
        case .cross, .crossFilled: return "×"
        case .diamond, .thinDiamond: return "◆"
        case .verticalLine: return "|"
        case .horizontalLine: return "_"
        }
    }

    /// Markers drawn as strokes only in matplotlib (no fill).
    var isStroked: Bool {
        switch self {
        case .plus, .cross, .verticalLine, .horizontalLine, .triDown, .triUp, .triLeft, .triRight:
            return true
        default:
            return false
        }
    }
}
