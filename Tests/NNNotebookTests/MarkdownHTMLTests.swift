import Testing
@testable import NNNotebook

/// The Markdown renderer of HTML exports.
struct MarkdownHTMLTests {
    static let cases: [(String, String)] = [
        ("# Title", "<h1 id=\"title\">Title</h1>\n"),
        ("### Третий уровень ###", "<h3 id=\"третий-уровень\">Третий уровень</h3>\n"),
        ("Setext\n===", "<h1 id=\"setext\">Setext</h1>\n"),
        ("one\ntwo\n\nthree", "<p>one\ntwo</p>\n<p>three</p>\n"),
        ("hard  \nbreak", "<p>hard<br>\nbreak</p>\n"),
        ("*em* **strong** ~~gone~~ `a < b`", "<p><em>em</em> <strong>strong</strong> <del>gone</del> <code>a &lt; b</code></p>\n"),
        ("x_train and y_test stay", "<p>x_train and y_test stay</p>\n"),
        ("_em_ and __strong__", "<p><em>em</em> and <strong>strong</strong></p>\n"),
        ("2 * 3 * 4", "<p>2 * 3 * 4</p>\n"),
        ("\\*not em\\*", "<p>*not em*</p>\n"),
        ("math $a_i * b_j$ and $$\\sum_i x_i$$", "<p>math <span class=\"math\">$a_i * b_j$</span> and <span class=\"math\">$$\\sum_i x_i$$</span></p>\n"),
        ("costs $5 and $6", "<p>costs $5 and $6</p>\n"),
        ("$$\nL = -\\sum y \\log p\n$$", "<div class=\"math\">$$\nL = -\\sum y \\log p\n$$</div>\n"),
        ("[docs](https://pytorch.org/docs) and [local](#top)", "<p><a href=\"https://pytorch.org/docs\">docs</a> and <a href=\"#top\">local</a></p>\n"),
        ("[bad](javascript:alert(1))", "<p>bad</p>\n"),
        ("![plot](https://example.com/p.png)", "<p><a href=\"https://example.com/p.png\">plot</a></p>\n"),
        ("<b>raw</b> & more", "<p>&lt;b&gt;raw&lt;/b&gt; &amp; more</p>\n"),
        ("- a\n- b\n  - nested\n- c", "<ul>\n<li>a</li>\n<li>b\n<ul>\n<li>nested</li>\n</ul></li>\n<li>c</li>\n</ul>\n"),
        ("1. one\n2. two", "<ol>\n<li>one</li>\n<li>two</li>\n</ol>\n"),
        ("3) three\n4) four", "<ol start=\"3\">\n<li>three</li>\n<li>four</li>\n</ol>\n"),
        ("- loose\n\n- items", "<ul>\n<li><p>loose</p></li>\n<li><p>items</p></li>\n</ul>\n"),
        ("- lazy\ncontinuation", "<ul>\n<li>lazy\ncontinuation</li>\n</ul>\n"),
        ("> quoted\n> text", "<blockquote>\n<p>quoted\ntext</p>\n</blockquote>\n"),
        ("---", "<hr>\n"),
        ("| a | b |\n|:--|:-:|\n| 1 | `x|y` |", "<table>\n<thead>\n<tr><th style=\"text-align: left\">a</th><th style=\"text-align: center\">b</th></tr>\n</thead>\n<tbody>\n<tr><td style=\"text-align: left\">1</td><td style=\"text-align: center\"><code>x|y</code></td></tr>\n</tbody>\n</table>\n"),
        ("```nn\nx = 1  # one\n```", "<pre class=\"code\"><code>x = <span class=\"n\">1</span>  <span class=\"co\"># one</span></code></pre>\n"),
        ("```\n<plain>\n```", "<pre class=\"code\"><code>&lt;plain&gt;</code></pre>\n"),
        ("    indented code", "<pre class=\"code\"><code>indented code</code></pre>\n"),
        ("# Same\n# Same", "<h1 id=\"same\">Same</h1>\n<h1 id=\"same-1\">Same</h1>\n"),
    ]

    @Test(arguments: cases)
    func renders(_ markdown: String, _ html: String) {
        #expect(MarkdownHTML().render(markdown) == html)
    }

    @Test func hostileInputNeverTraps() {
        // Deep nesting and unbalanced markup render as text within bounds.
        let deep = String(repeating: "> ", count: 500) + "x"
        #expect(MarkdownHTML().render(deep).contains("x"))
        let brackets = String(repeating: "[", count: 2000) + String(repeating: "*", count: 2000)
        #expect(!MarkdownHTML().render(brackets).isEmpty)
        let lists = (0..<200).map { String(repeating: " ", count: $0 * 2) + "- x" }.joined(separator: "\n")
        #expect(MarkdownHTML().render(lists).contains("<ul>"))
    }
}

/// The code colouring of HTML exports.
struct SyntaxHighlighterTests {
    static let cases: [(String, String)] = [
        ("def f(x):", "<span class=\"k\">def</span> <span class=\"f\">f</span>(x):"),
        ("class Net(nn.Module):", "<span class=\"k\">class</span> <span class=\"f\">Net</span>(nn.Module):"),
        ("print(len(a))", "<span class=\"b\">print</span>(<span class=\"b\">len</span>(a))"),
        ("x = None if y else True", "x = <span class=\"c\">None</span> <span class=\"k\">if</span> y <span class=\"k\">else</span> <span class=\"c\">True</span>"),
        ("f'{a}' + r\"\\d\" + b'x'", "<span class=\"s\">f&#39;{a}&#39;</span> + <span class=\"s\">r&quot;\\d&quot;</span> + <span class=\"s\">b&#39;x&#39;</span>"),
        ("s = '''a\n# not a comment\n'''", "s = <span class=\"s\">&#39;&#39;&#39;a\n# not a comment\n&#39;&#39;&#39;</span>"),
        ("1e-3 + 0x1f + 1_000 + .5", "<span class=\"n\">1e-3</span> + <span class=\"n\">0x1f</span> + <span class=\"n\">1_000</span> + <span class=\"n\">.5</span>"),
        ("x1 = model.print", "x1 = model.print"),
        ("'unterminated\nlater", "<span class=\"s\">&#39;unterminated</span>\nlater"),
        ("a < b # c > d", "a &lt; b <span class=\"co\"># c &gt; d</span>"),
    ]

    @Test(arguments: cases)
    func highlights(_ code: String, _ html: String) {
        #expect(SyntaxHighlighter.html(code) == html)
    }
}
