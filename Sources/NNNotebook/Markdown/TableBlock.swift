/// A GitHub table: a header row, a delimiter row (`| --- | :-: | --: |`) with as many cells,
/// then body rows up to a blank line. Cells are split at `|` not escaped and not in a code
/// span; missing cells are empty, extra ones dropped.
struct TableBlock {
    /// The rendered table.
    let html: String
    /// The index of the first line after the table.
    let end: Int

    /// Reads a table starting at `lines[start]`; nil when there is none.
    init?(_ lines: [String], at start: Int) {
        guard start + 1 < lines.count, lines[start].contains("|") else { return nil }
        let header = Self.cells(lines[start])
        let delimiter = Self.cells(lines[start + 1])
        guard !header.isEmpty, header.count == delimiter.count else { return nil }
        var alignments: [String?] = []
        for d in delimiter {
            let t = d.trimmingSpaces
            let core = t.trimmingCharacters(":")
            guard !core.isEmpty, core.allSatisfy({ $0 == "-" }) else { return nil }
            let left = t.hasPrefix(":"), right = t.hasSuffix(":")
            alignments.append(left && right ? "center" : right ? "right" : left ? "left" : nil)
        }
        func row(_ cells: [String], _ tag: String) -> String {
            var out = "<tr>"
            for k in 0..<header.count {
                let style = alignments[k].map { " style=\"text-align: \($0)\"" } ?? ""
                let text = k < cells.count ? cells[k].trimmingSpaces : ""
                out += "<\(tag)\(style)>" + MarkdownInline.html(text) + "</\(tag)>"
            }
            return out + "</tr>\n"
        }
        var html = "<table>\n<thead>\n" + row(header, "th") + "</thead>\n"
        var i = start + 2
        var body = ""
        while i < lines.count, !lines[i].trimmingSpaces.isEmpty, lines[i].contains("|") {
            body += row(Self.cells(lines[i]), "td")
            i += 1
        }
        if !body.isEmpty { html += "<tbody>\n" + body + "</tbody>\n" }
        self.html = html + "</table>\n"
        self.end = i
    }

    /// The cells of a row (leading and trailing pipes removed; `\|` is a literal pipe).
    static func cells(_ line: String) -> [String] {
        var t = line.trimmingSpaces
        if t.hasPrefix("|") { t.removeFirst() }
        if t.hasSuffix("|") && !t.hasSuffix("\\|") { t.removeLast() }
        var cells: [String] = []
        var current = ""
        var inCode = false
        var escaped = false
        for c in t {
            if escaped {
                if c != "|" { current.append("\\") }
                current.append(c)
                escaped = false
                continue
            }
            if c == "\\" { escaped = true; continue }
            if c == "`" { inCode.toggle() }
            if c == "|" && !inCode {
                cells.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        if escaped { current.append("\\") }
        cells.append(current)
        return cells
    }
}

extension String {
    /// The text without `character` at either end.
    func trimmingCharacters(_ character: Character) -> Substring {
        var s = Substring(self)
        while s.first == character { s = s.dropFirst() }
        while s.last == character { s = s.dropLast() }
        return s
    }
}
