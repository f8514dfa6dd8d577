import Testing
@testable import NNNotebook

/// What a terminal would finally show, as file lines.
struct TerminalTextTests {
    static let cases: [(String, [String])] = [
        ("", []),
        ("a\n", ["a"]),
        ("a\nb", ["a", "b"]),
        ("\n", [""]),
        ("a\r\nb\r\n", ["a", "b"]),
        // A progress bar redrawn in place leaves its final state.
        ("[#   ] 25%\r[##  ] 50%\r[####] 100%\n", ["[####] 100%"]),
        // A shorter redraw overwrites only what it covers, as a terminal does.
        ("abcdef\rXY\n", ["XYcdef"]),
        // ESC[K erases the rest of the line.
        ("abcdef\r\u{1B}[KXY\n", ["XY"]),
        ("abcdef\u{1B}[2K\rXY\n", ["XY"]),
        // Colours and cursor escapes are dropped.
        ("\u{1B}[1;31mred\u{1B}[0m text\n", ["red text"]),
        ("\u{1B}]0;title\u{7}after\n", ["after"]),
        // Backspace moves back one place.
        ("ab\u{8}c\n", ["ac"]),
        // A line that ends up empty without a newline is no line at all.
        ("50%\r\u{1B}[K", []),
        ("a\n\u{1B}[0m", ["a"]),
    ]

    @Test(arguments: cases)
    func resolves(_ input: String, _ expected: [String]) {
        #expect(TerminalText.lines(of: input) == expected)
    }
}
