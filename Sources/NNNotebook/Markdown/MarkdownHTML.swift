/// Block-level Markdown to HTML, for Markdown cells in HTML exports: ATX and setext
/// headings (with ids), paragraphs with hard breaks, fenced and indented code (nn code
/// highlighted), block quotes, bullet and ordered lists (nested, tight or loose), GitHub
/// tables with alignment, thematic breaks, and `$$` math blocks passed through as text.
/// Raw HTML is escaped, never passed through.
final class MarkdownHTML {
    /// Nesting depth (quotes and lists) past which text is rendered as paragraphs.
    static let maxDepth = 16
    /// Heading ids already used in the document.
    private var usedIDs: Set<String> = []

    /// The HTML of a Markdown document.
    func render(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.hasSuffix("\r") ? $0.dropLast() : $0).replacingTabs()
        }
        return blocks(lines, depth: 0, tight: false)
    }

    /// The blocks of `lines`; in a tight list item paragraphs lose their `<p>`.
    func blocks(_ lines: [String], depth: Int, tight: Bool) -> String {
        var out = ""
        var i = 0
        while i < lines.count {
            let line = lines[i]
            let indent = line.prefix { $0 == " " }.count
            let body = line.trimmingSpaces
            if body.isEmpty { i += 1; continue }
            if indent >= 4 {
                var code: [String] = []
                while i < lines.count, lines[i].trimmingSpaces.isEmpty || lines[i].hasPrefix("    ") {
                    code.append(String(lines[i].dropFirst(min(4, lines[i].prefix { $0 == " " }.count))))
                    i += 1
                }
                while code.last?.trimmingSpaces.isEmpty == true { code.removeLast() }
                out += "<pre class=\"code\"><code>" + HTMLText.escape(code.joined(separator: "\n")) + "</code></pre>\n"
                continue
            }
            if let fence = Fence.opening(line, at: i) {
                var j = i + 1
                var content: [String] = []
                while j < lines.count, !fence.isClosing(lines[j]) { content.append(fence.stripped(lines[j])); j += 1 }
                out += codeBlock(content.joined(separator: "\n"), language: fence.language)
                i = j + 1
                continue
            }
            if body.hasPrefix("$$") {
                var j = i
                var math: [String] = [body]
                if !(body.count > 4 && body.hasSuffix("$$")) {
                    j += 1
                    while j < lines.count {
                        math.append(lines[j].trimmingSpaces)
                        if lines[j].contains("$$") { break }
                        j += 1
                    }
                }
                out += "<div class=\"math\">" + HTMLText.escape(math.joined(separator: "\n")) + "</div>\n"
                i = j + 1
                continue
            }
            if let (level, title) = Self.heading(line) {
                out += heading(level, title)
                i += 1
                continue
            }
            if Self.isThematicBreak(line) {
                out += "<hr>\n"
                i += 1
                continue
            }
            if depth < Self.maxDepth, body.hasPrefix(">") {
                var inner: [String] = []
                while i < lines.count, lines[i].trimmingSpaces.hasPrefix(">") {
                    var rest = lines[i].trimmingSpaces.dropFirst()
                    if rest.first == " " { rest = rest.dropFirst() }
                    inner.append(String(rest))
                    i += 1
                }
                out += "<blockquote>\n" + blocks(inner, depth: depth + 1, tight: false) + "</blockquote>\n"
                continue
            }
            if depth < Self.maxDepth, ListItemMarker(line) != nil {
                let (html, next) = list(lines, from: i, depth: depth)
                out += html
                i = next
                continue
            }
            if i + 1 < lines.count, let table = TableBlock(lines, at: i) {
                out += table.html
                i = table.end
                continue
            }
            // A paragraph: up to a blank line or the start of another block.
            var text: [String] = [line]
            var j = i + 1
            var setext = 0
            while j < lines.count {
                let l = lines[j]
                let t = l.trimmingSpaces
                if t.isEmpty { break }
                if l.prefix(while: { $0 == " " }).count < 4 {
                    if t.allSatisfy({ $0 == "=" }) { setext = 1; j += 1; break }
                    if t.allSatisfy({ $0 == "-" }) { setext = 2; j += 1; break }
                }
                if Fence.opening(l, at: j) != nil || Self.heading(l) != nil || Self.isThematicBreak(l)
                    || t.hasPrefix(">") || t.hasPrefix("$$") || ListItemMarker(l)?.interruptsParagraph == true {
                    break
                }
                text.append(l)
                j += 1
            }
            if setext > 0 {
                out += heading(setext, text.map { $0.trimmingSpaces }.joined(separator: " "))
            } else {
                let html = Self.paragraph(text)
                out += tight ? html + "\n" : "<p>" + html + "</p>\n"
            }
            i = j
        }
        return out
    }

    /// Inline HTML of a paragraph's lines: a line ending in two spaces or a backslash breaks.
    static func paragraph(_ lines: [String]) -> String {
        var parts: [String] = []
        for (k, line) in lines.enumerated() {
            var l = String(line.drop { $0 == " " })
            var hardBreak = false
            if k + 1 < lines.count {
                if l.hasSuffix("  ") { hardBreak = true }
                if l.hasSuffix("\\") { hardBreak = true; l.removeLast() }
            }
            l = l.trimmingSpaces
            parts.append(MarkdownInline.html(l) + (hardBreak ? "<br>" : ""))
        }
        return parts.joined(separator: "\n")
    }

    /// A code block: nn (and Python) code highlighted, output blocks styled as output.
    func codeBlock(_ code: String, language: String) -> String {
        switch language {
        case "nn", "python", "py":
            return "<pre class=\"code\"><code>" + SyntaxHighlighter.html(code) + "</code></pre>\n"
        case "output":
            return "<pre class=\"output\">" + HTMLText.escape(code) + "</pre>\n"
        default:
            return "<pre class=\"code\"><code>" + HTMLText.escape(code) + "</code></pre>\n"
        }
    }

    /// `<hN id="…">` with a unique id made from the title.
    func heading(_ level: Int, _ title: String) -> String {
        var slug = ""
        for c in title.lowercased() {
            if c.isLetter || c.isNumber { slug.append(c) } else if c == " " || c == "-" || c == "_" { slug.append("-") }
        }
        if slug.isEmpty { slug = "section" }
        var id = slug
        var n = 1
        while usedIDs.contains(id) { id = "\(slug)-\(n)"; n += 1 }
        usedIDs.insert(id)
        return "<h\(level) id=\"\(HTMLText.escape(id))\">" + MarkdownInline.html(title) + "</h\(level)>\n"
    }

    /// An ATX heading: level and title.
    static func heading(_ line: String) -> (Int, String)? {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        let level = rest.prefix { $0 == "#" }.count
        guard (1...6).contains(level) else { return nil }
        let after = rest.dropFirst(level)
        guard after.isEmpty || after.first == " " else { return nil }
        var title = after.trimmingSpaces
        // A closing run of #s preceded by a space is not part of the title.
        let closing = title.reversed().prefix { $0 == "#" }.count
        if closing > 0 {
            let kept = title.dropLast(closing)
            if kept.isEmpty || kept.last == " " { title = kept.trimmingSpaces }
        }
        return (level, title)
    }

    /// `---`, `***` or `___` (three or more, spaces allowed).
    static func isThematicBreak(_ line: String) -> Bool {
        guard line.prefix(while: { $0 == " " }).count <= 3 else { return false }
        let chars = line.filter { $0 != " " }
        guard chars.count >= 3, let c = chars.first, c == "-" || c == "*" || c == "_" else { return false }
        return chars.allSatisfy { $0 == c }
    }
}

extension String {
    /// Tabs expanded to the next multiple of four columns.
    func replacingTabs() -> String {
        guard contains("\t") else { return self }
        var out = ""
        var column = 0
        for c in self {
            if c == "\t" {
                let n = 4 - column % 4
                out += String(repeating: " ", count: n)
                column += n
            } else {
                out.append(c)
                column += 1
            }
        }
        return out
    }
}
