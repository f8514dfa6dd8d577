/// The marker of a list item line: `- `, `* `, `+ `, `1. `, `1) `.
struct ListItemMarker {
    /// Spaces before the marker.
    var indent: Int
    /// The bullet character, or the ordered delimiter (`.` or `)`).
    var kind: Character
    /// Whether it is an ordered item.
    var ordered: Bool
    /// The number of an ordered item.
    var number: Int
    /// The column where the item's content starts.
    var contentColumn: Int
    /// Whether the item's first line is empty.
    var empty: Bool

    /// Reads a marker; nil when the line is not a list item.
    init?(_ line: String) {
        let chars = Array(line)
        var i = 0
        while i < chars.count, chars[i] == " " { i += 1 }
        guard i <= 3, i < chars.count else { return nil }
        indent = i
        if chars[i] == "-" || chars[i] == "*" || chars[i] == "+" {
            kind = chars[i]
            ordered = false
            number = 0
            i += 1
        } else {
            var digits = ""
            while i < chars.count, chars[i].isASCII, chars[i].isNumber, digits.count < 9 { digits.append(chars[i]); i += 1 }
            guard !digits.isEmpty, i < chars.count, chars[i] == "." || chars[i] == ")" else { return nil }
            kind = chars[i]
            ordered = true
            number = Int(digits) ?? 1
            i += 1
        }
        if i == chars.count {
            contentColumn = i + 1
            empty = true
            return
        }
        guard chars[i] == " " else { return nil }
        var spaces = 0
        while i + spaces < chars.count, chars[i + spaces] == " " { spaces += 1 }
        empty = i + spaces == chars.count
        // Five or more spaces: the content is indented code; the item's column is one space in.
        contentColumn = i + (spaces >= 5 || empty ? 1 : spaces)
    }

    /// Whether this marker can start a list in the middle of a paragraph (CommonMark: not an
    /// empty item, and an ordered one only when it starts at 1).
    var interruptsParagraph: Bool { !empty && (!ordered || number == 1) }

    /// Whether another item continues the same list.
    func sameList(as other: ListItemMarker) -> Bool { ordered == other.ordered && kind == other.kind }
}

extension MarkdownHTML {
    /// The list starting at `lines[start]`: its HTML and the index after it.
    func list(_ lines: [String], from start: Int, depth: Int) -> (String, Int) {
        guard let first = ListItemMarker(lines[start]) else { return ("", start + 1) }
        var items: [[String]] = []
        var loose = false
        var i = start
        var sawBlank = false
        while i < lines.count {
            guard let m = ListItemMarker(lines[i]), m.sameList(as: first), m.indent < first.contentColumn else { break }
            if sawBlank { loose = true }
            var item: [String] = [String(lines[i].dropFirst(min(m.contentColumn, lines[i].count)))]
            i += 1
            sawBlank = false
            while i < lines.count {
                let l = lines[i]
                let indent = l.prefix { $0 == " " }.count
                if l.trimmingSpaces.isEmpty {
                    sawBlank = true
                    item.append("")
                    i += 1
                    continue
                }
                if indent >= m.contentColumn {
                    if sawBlank { loose = true }
                    item.append(String(l.dropFirst(m.contentColumn)))
                    sawBlank = false
                    i += 1
                    continue
                }
                if sawBlank { break }
                // A lazy continuation of the item's paragraph.
                if ListItemMarker(l) == nil, Fence.opening(l, at: i) == nil, MarkdownHTML.heading(l) == nil,
                   !MarkdownHTML.isThematicBreak(l), !l.trimmingSpaces.hasPrefix(">") {
                    item.append(l.trimmingSpaces)
                    i += 1
                    continue
                }
                break
            }
            while item.last?.trimmingSpaces.isEmpty == true { item.removeLast() }
            items.append(item)
        }
        let tag = first.ordered ? "ol" : "ul"
        let startAttribute = first.ordered && first.number != 1 ? " start=\"\(first.number)\"" : ""
        var html = "<\(tag)\(startAttribute)>\n"
        for item in items {
            let inner = blocks(item, depth: depth + 1, tight: !loose)
            html += "<li>" + (inner.hasSuffix("\n") ? String(inner.dropLast()) : inner) + "</li>\n"
        }
        html += "</\(tag)>\n"
        return (html, i)
    }
}
