/// How many terminal columns text takes: 2 for East Asian wide and emoji characters, 1 for
/// the rest; control characters are shown as spaces.
enum DisplayWidth {
    /// Columns taken by one character.
    static func of(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        let v = scalar.value
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    /// Columns taken by a string.
    static func of(_ text: String) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// `text` with control characters (newlines, tabs, escapes) replaced by spaces, so nothing
    /// a script puts in a label can move the cursor or inject terminal escapes.
    static func sanitized(_ text: String) -> String {
        String(text.map { c -> Character in
            c.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) ? " " : c
        })
    }

    /// `text` cut to at most `width` columns, ending in `…` when cut.
    static func truncated(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        var result = ""
        var used = 0
        for c in text {
            let w = of(c)
            if used + w > width - 1 { break }
            result.append(c)
            used += w
        }
        return result + "…"
    }
}
