/// A fenced code block of a Markdown file (CommonMark): an opening line of three or more
/// backticks or tildes indented by at most three spaces, an info string, and a closing line
/// of the same character at least as long.
struct Fence: Equatable {
    /// 0-based index of the opening line.
    var open: Int
    /// 0-based index of the closing line, nil when the fence runs to the end of the file.
    var close: Int?
    /// Spaces before the opening fence; removed from each content line, at most that many.
    var indent: Int
    /// `` ` `` or `~`.
    var character: Character
    /// Length of the opening fence.
    var length: Int
    /// The info string, trimmed (`nn`, `output`, `python title="x"`).
    var info: String

    /// The first word of the info string (`nn` for ```` ```nn title ````).
    var language: String { String(info.split(separator: " ").first ?? "") }

    /// The content line indices.
    var content: Range<Int> { (open + 1)..<(close ?? open + 1) }

    /// Reads an opening fence line.
    static func opening(_ line: String, at index: Int) -> Fence? {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard let c = rest.first, c == "`" || c == "~" else { return nil }
        let length = rest.prefix { $0 == c }.count
        guard length >= 3 else { return nil }
        let info = rest.dropFirst(length).trimmingSpaces
        if c == "`" && info.contains("`") { return nil }
        return Fence(open: index, close: nil, indent: indent, character: c, length: length, info: info)
    }

    /// Whether `line` closes this fence.
    func isClosing(_ line: String) -> Bool {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return false }
        let rest = line.dropFirst(indent)
        let run = rest.prefix { $0 == character }.count
        return run >= length && rest.dropFirst(run).trimmingSpaces.isEmpty
    }

    /// Every fence of `lines`, in order (fences inside fences are content).
    static func scan(_ lines: [String]) -> [Fence] {
        var out: [Fence] = []
        var i = 0
        while i < lines.count {
            guard var f = opening(lines[i], at: i) else { i += 1; continue }
            var j = i + 1
            while j < lines.count, !f.isClosing(lines[j]) { j += 1 }
            if j < lines.count { f.close = j }
            out.append(f)
            i = j + 1
        }
        return out
    }

    /// A content line with up to `indent` leading spaces removed.
    func stripped(_ line: String) -> String {
        String(line.dropFirst(min(indent, line.prefix { $0 == " " }.count)))
    }

    /// The opening and closing line for a new block of `content` with `info`, indented by
    /// `indent`: backticks, longer than any backtick run that starts a content line.
    static func lines(info: String, content: [String], indent: Int) -> [String] {
        var longest = 0
        for line in content {
            let rest = line.drop { $0 == " " }
            longest = max(longest, rest.prefix { $0 == "`" }.count)
        }
        let pad = String(repeating: " ", count: indent)
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return [pad + fence + info] + content.map { $0.isEmpty ? $0 : pad + $0 } + [pad + fence]
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let s = drop { $0 == " " || $0 == "\t" }
        var end = s.endIndex
        while end > s.startIndex, s[s.index(before: end)] == " " || s[s.index(before: end)] == "\t" { end = s.index(before: end) }
        return String(s[s.startIndex..<end])
    }
}
