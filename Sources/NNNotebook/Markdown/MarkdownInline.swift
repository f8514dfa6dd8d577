/// Inline Markdown to HTML: code spans, math passed through as text (`$…$`, `$$…$$`),
/// backslash escapes, links, images (inlined only as `data:` URIs, otherwise a link: nothing
/// is fetched), autolinks, `**strong**`, `*emphasis*`, `_emphasis_` (never inside a word, so
/// `x_train` stays as it is) and `~~strike~~`. Everything else is HTML-escaped.
struct MarkdownInline {
    /// Nesting depth past which markup is left as text (links in emphasis in links…).
    static let maxDepth = 24

    /// The HTML of `text`.
    static func html(_ text: String) -> String {
        html(Array(text), depth: 0)
    }

    static func html(_ s: [Character], depth: Int) -> String {
        if depth > maxDepth { return HTMLText.escape(String(s)) }
        var out = ""
        var i = 0
        while i < s.count {
            let c = s[i]
            switch c {
            case "\\":
                if i + 1 < s.count, s[i + 1].isASCII, s[i + 1].isPunctuation || s[i + 1].isSymbol {
                    out += HTMLText.escape(String(s[i + 1]))
                    i += 2
                    continue
                }
            case "`":
                if let (html, end) = codeSpan(s, i) { out += html; i = end; continue }
            case "$":
                if let (html, end) = math(s, i) { out += html; i = end; continue }
            case "!":
                if i + 1 < s.count, s[i + 1] == "[", let (label, url, end) = link(s, i + 1) {
                    let alt = HTMLText.escape(String(label))
                    if url.lowercased().hasPrefix("data:image/") {
                        out += "<img src=\"\(HTMLText.escape(url))\" alt=\"\(alt)\">"
                    } else if let href = safeHref(url) {
                        out += "<a href=\"\(HTMLText.escape(href))\">\(alt)</a>"
                    } else {
                        out += alt
                    }
                    i = end
                    continue
                }
            case "[":
                if let (label, url, end) = link(s, i) {
                    let inner = html(label, depth: depth + 1)
                    if let href = safeHref(url) {
                        out += "<a href=\"\(HTMLText.escape(href))\">\(inner)</a>"
                    } else {
                        out += inner
                    }
                    i = end
                    continue
                }
            case "<":
                if let close = s[i...].firstIndex(of: ">") {
                    let inside = String(s[(i + 1)..<close])
                    let lower = inside.lowercased()
                    if (lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:")),
                       !inside.contains(" ") {
                        out += "<a href=\"\(HTMLText.escape(inside))\">\(HTMLText.escape(inside))</a>"
                        i = close + 1
                        continue
                    }
                }
            case "*", "_", "~":
                if let (html, end) = delimited(s, i, depth: depth) { out += html; i = end; continue }
            default:
                break
            }
            out += HTMLText.escape(String(c))
            i += 1
        }
        return out
    }

    /// A code span opened by the backtick run at `i`: closed by a run of the same length.
    static func codeSpan(_ s: [Character], _ i: Int) -> (String, Int)? {
        var n = 0
        while i + n < s.count, s[i + n] == "`" { n += 1 }
        var j = i + n
        while j < s.count {
            if s[j] == "`" {
                var m = 0
                while j + m < s.count, s[j + m] == "`" { m += 1 }
                if m == n {
                    var inner = Array(s[(i + n)..<j])
                    if inner.count >= 2, inner.first == " ", inner.last == " ", inner.contains(where: { $0 != " " }) {
                        inner = Array(inner.dropFirst().dropLast())
                    }
                    return ("<code>" + HTMLText.escape(String(inner)) + "</code>", j + m)
                }
                j += m
            } else {
                j += 1
            }
        }
        return nil
    }

    /// Math at `i`, kept as text: `$$…$$`, or `$…$` with no space just inside the dollars and
    /// no digit right after the closing one (so `$5 and $6` stays prose).
    static func math(_ s: [Character], _ i: Int) -> (String, Int)? {
        if i + 1 < s.count, s[i + 1] == "$" {
            var j = i + 2
            while j + 1 < s.count {
                if s[j] == "$", s[j + 1] == "$", j > i + 2 {
                    return ("<span class=\"math\">" + HTMLText.escape(String(s[i...(j + 1)])) + "</span>", j + 2)
                }
                j += 1
            }
            return nil
        }
        guard i + 1 < s.count, s[i + 1] != " " else { return nil }
        var j = i + 1
        while j < s.count {
            if s[j] == "\\" { j += 2; continue }
            if s[j] == "$" {
                if s[j - 1] == " " { return nil }
                if j + 1 < s.count, s[j + 1].isNumber { return nil }
                return ("<span class=\"math\">" + HTMLText.escape(String(s[i...j])) + "</span>", j + 1)
            }
            j += 1
        }
        return nil
    }

    /// A link `[label](url "title")` starting at the `[` at `i`: the label, the URL, the end.
    static func link(_ s: [Character], _ i: Int) -> ([Character], String, Int)? {
        var depth = 0
        var j = i
        var close: Int? = nil
        while j < s.count {
            if s[j] == "\\" { j += 2; continue }
            if s[j] == "[" { depth += 1 }
            if s[j] == "]" {
                depth -= 1
                if depth == 0 { close = j; break }
            }
            j += 1
        }
        guard let labelEnd = close, labelEnd + 1 < s.count, s[labelEnd + 1] == "(" else { return nil }
        var k = labelEnd + 2
        while k < s.count, s[k] == " " { k += 1 }
        var destination = ""
        var parens = 0
        while k < s.count, s[k] != " " {
            if s[k] == "(" { parens += 1 }
            if s[k] == ")" {
                if parens == 0 { break }
                parens -= 1
            }
            destination.append(s[k])
            k += 1
        }
        while k < s.count, s[k] == " " { k += 1 }
        // An optional title in quotes (not used: links carry no tooltips here).
        if k < s.count, s[k] == "\"" || s[k] == "'" {
            let quote = s[k]
            k += 1
            while k < s.count, s[k] != quote { k += 1 }
            k += 1
            while k < s.count, s[k] == " " { k += 1 }
        }
        guard k < s.count, s[k] == ")" else { return nil }
        if destination.hasPrefix("<"), destination.hasSuffix(">") { destination = String(destination.dropFirst().dropLast()) }
        return (Array(s[(i + 1)..<labelEnd]), destination, k + 1)
    }

    /// The URL if it is safe to link to (http, https, mailto, a relative path or an anchor).
    static func safeHref(_ url: String) -> String? {
        let lower = url.lowercased()
        guard let colon = lower.firstIndex(of: ":") else { return url }
        if let slash = lower.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }), slash < colon { return url }
        let scheme = lower[..<colon]
        return ["http", "https", "mailto"].contains(String(scheme)) ? url : nil
    }

    /// Emphasis, strong emphasis or strike-through opened at `i`.
    static func delimited(_ s: [Character], _ i: Int, depth: Int) -> (String, Int)? {
        let c = s[i]
        let double = i + 1 < s.count && s[i + 1] == c
        if c == "~" && !double { return nil }
        for n in (double ? [2, 1] : [1]) where !(c == "~" && n == 1) {
            let open = i + n
            guard open < s.count, !s[open].isWhitespace else { continue }
            // `_` never opens inside a word.
            if c == "_", i > 0, s[i - 1].isLetter || s[i - 1].isNumber { return nil }
            var j = open + 1
            while j + n <= s.count {
                if s[j] == "\\" { j += 2; continue }
                if s[j] == "`", let (_, end) = codeSpan(s, j) { j = end; continue }
                if (0..<n).allSatisfy({ s[j + $0] == c }), !s[j - 1].isWhitespace,
                   j + n >= s.count || s[j + n] != c || n == 2 {
                    if c == "_", j + n < s.count, s[j + n].isLetter || s[j + n].isNumber { j += 1; continue }
                    let inner = html(Array(s[open..<j]), depth: depth + 1)
                    let tag = c == "~" ? "del" : n == 2 ? "strong" : "em"
                    return ("<\(tag)>\(inner)</\(tag)>", j + n)
                }
                j += 1
            }
        }
        return nil
    }
}
