/// A named colour map: a function from `0...1` to a colour, as matplotlib's `cmap=`.
///
/// Uses matplotlib's 256-entry lookup tables and its quantisation (`t` selects entry
/// `min(Int(t * 256), 255)`), so a value gets the colour matplotlib would give it. Append `_r`
/// to any name for the reversed map.
public struct Colormap: Hashable, Sendable {
    /// The name as given (including any `_r`).
    public let name: String
    private let table: [Color]

    /// The base names accepted (each also with `_r`).
    public static let names = [
        "viridis", "plasma", "inferno", "magma", "cividis", "turbo",
        "gray", "Greys", "binary", "hot", "Blues", "Greens", "Reds", "Oranges", "Purples",
        "jet", "coolwarm", "RdBu", "bwr", "seismic",
    ]

    /// matplotlib's default colour map for images and scatter colour values.
    public static let viridis = Colormap(name: "viridis", table: Colormap.decode(viridisTable))

    /// Looks a map up by name (`'gray'`, `'viridis_r'`, `'grey'`); throws `PlotError.unknownColormap`.
    public init(named name: String) throws {
        var base = name
        var reversed = false
        if base.hasSuffix("_r") {
            base.removeLast(2)
            reversed = true
        }
        if base == "grey" { base = "gray" }
        if base == "Grays" { base = "Greys" }
        guard let encoded = Colormap.encodedTable(base) else {
            throw PlotError.unknownColormap(name)
        }
        let table = Colormap.decode(encoded)
        self.init(name: name, table: reversed ? table.reversed() : table)
    }

    private init(name: String, table: [Color]) {
        self.name = name
        self.table = table.isEmpty ? [.black, .white] : table
    }

    /// The colour of a normalised value; values below 0 or above 1 take the end colours and
    /// NaN is transparent, as matplotlib draws masked values.
    public func color(at t: Double) -> Color {
        if t.isNaN { return .clear }
        let count = table.count
        let index: Int
        if t <= 0 {
            index = 0
        } else if t >= 1 {
            index = count - 1
        } else {
            index = min(Int(t * Double(count)), count - 1)
        }
        return table[index]
    }

    /// The colour of `value` after linear normalisation from `vmin...vmax` (matplotlib's
    /// `Normalize`); equal bounds map everything to the lowest colour, as matplotlib does.
    public func color(for value: Double, vmin: Double, vmax: Double) -> Color {
        color(at: Colormap.normalize(value, vmin: vmin, vmax: vmax))
    }

    /// `(value - vmin) / (vmax - vmin)`, or 0 when the range is empty.
    static func normalize(_ value: Double, vmin: Double, vmax: Double) -> Double {
        if value.isNaN { return .nan }
        let span = vmax - vmin
        guard span > 0, span.isFinite else { return 0 }
        return (value - vmin) / span
    }

    private static func encodedTable(_ name: String) -> String? {
        switch name {
        case "viridis": return viridisTable
        case "plasma": return plasmaTable
        case "inferno": return infernoTable
        case "magma": return magmaTable
        case "cividis": return cividisTable
        case "turbo": return turboTable
        case "gray": return grayTable
        case "Greys": return greysTable
        case "binary": return binaryTable
        case "hot": return hotTable
        case "Blues": return bluesTable
        case "Greens": return greensTable
        case "Reds": return redsTable
        case "Oranges": return orangesTable
        case "Purples": return purplesTable
        case "jet": return jetTable
        case "coolwarm": return coolwarmTable
        case "RdBu": return rdBuTable
        case "bwr": return bwrTable
        case "seismic": return seismicTable
        default: return nil
        }
    }

    /// Turns the six-hex-digits-per-entry text of a table into colours.
    private static func decode(_ text: String) -> [Color] {
        var colors: [Color] = []
        colors.reserveCapacity(256)
        var digits: [UInt8] = []
        digits.reserveCapacity(6)
        for byte in text.utf8 {
            let value: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = byte - UInt8(ascii: "a") + 10
            default: continue
            }
            digits.append(value)
            if digits.count == 6 {
                var hex: UInt32 = 0
                for d in digits { hex = hex << 4 | UInt32(d) }
                colors.append(Color(hex: hex))
                digits.removeAll(keepingCapacity: true)
            }
        }
        return colors
    }
}
