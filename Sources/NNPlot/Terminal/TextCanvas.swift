/// One character cell of a text canvas, with optional foreground and background colours.
struct TextCell: Equatable {
    var character: Character = " "
    var foreground: Color?
    var background: Color?
    /// The right half of a wide character written in the cell before; prints nothing.
    var isContinuation = false

    static let blank = TextCell()
}

/// A fixed-size grid of character cells that renders to plain text or to text with ANSI
/// 24-bit colour escapes. Writes outside the grid are ignored, so callers never index out
/// of range.
struct TextCanvas {
    let width: Int
    let height: Int
    private(set) var cells: [TextCell]

    init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    subscript(x: Int, y: Int) -> TextCell {
        get { contains(x, y) ? cells[y * width + x] : .blank }
        set { if contains(x, y) { cells[y * width + x] = newValue } }
    }

    func contains(_ x: Int, _ y: Int) -> Bool {
        x >= 0 && x < width && y >= 0 && y < height
    }

    /// Puts one character; a wide character also claims the next cell, and is dropped when
    /// that cell is outside the grid.
    mutating func put(_ character: Character, x: Int, y: Int, foreground: Color? = nil, background: Color? = nil) {
        let w = DisplayWidth.of(character)
        guard contains(x, y), w == 1 || contains(x + 1, y) else { return }
        self[x, y] = TextCell(character: character, foreground: foreground, background: background)
        if w == 2 {
            self[x + 1, y] = TextCell(character: " ", foreground: foreground, background: background, isContinuation: true)
        }
    }

    /// Writes `text` from column `x`, cut to `maxWidth` columns (with `…`), control characters
    /// shown as spaces; returns the number of columns written.
    @discardableResult
    mutating func write(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, foreground: Color? = nil,
                        background: Color? = nil) -> Int {
        var clean = DisplayWidth.sanitized(text)
        if let maxWidth { clean = DisplayWidth.truncated(clean, to: maxWidth) }
        var column = x
        for c in clean {
            put(c, x: column, y: y, foreground: foreground, background: background)
            column += DisplayWidth.of(c)
        }
        return column - x
    }

    /// Copies `other` with its top-left corner at (`x`, `y`).
    mutating func blit(_ other: TextCanvas, x: Int, y: Int) {
        for row in 0..<other.height {
            for column in 0..<other.width {
                self[x + column, y + row] = other[column, row]
            }
        }
    }

    /// The text, one line per row. Plain text drops colours and trailing spaces; coloured
    /// text switches colours with SGR escapes only where they change and resets each line.
    func render(color: Bool) -> String {
        var lines: [String] = []
        lines.reserveCapacity(height)
        for y in 0..<height {
            let start = y * width
            let row = cells[start..<(start + width)]
            let visible = row.lastIndex(where: { $0.character != " " || (color && $0.background != nil) })
            let end = (visible ?? (start - 1)) + 1
            var line = ""
            var current: (Color?, Color?) = (nil, nil)
            for cell in row[start..<end] where !cell.isContinuation {
                if color, cell.foreground != current.0 || cell.background != current.1 {
                    line += TextCanvas.sgr(foreground: cell.foreground, background: cell.background)
                    current = (cell.foreground, cell.background)
                }
                line.append(cell.character)
            }
            if color, current.0 != nil || current.1 != nil { line += "\u{1B}[0m" }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    private static func sgr(foreground: Color?, background: Color?) -> String {
        var codes = ["0"]
        if let f = foreground {
            let (r, g, b) = f.bytes
            codes.append("38;2;\(r);\(g);\(b)")
        }
        if let b = background {
            let (r, g, bb) = b.bytes
            codes.append("48;2;\(r);\(g);\(bb)")
        }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}
