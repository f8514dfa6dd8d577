import Testing
@testable import NNNotebook

/// Reading and writing `#>` and `#!` lines.
struct RecordLineTests {
    static let parsed: [(String, RecordLine?)] = [
        ("#> 0.5", RecordLine(.output, "0.5")),
        ("#>   indented", RecordLine(.output, "  indented")),
        ("#>", RecordLine(.output, "")),
        ("#> ", RecordLine(.output, "")),
        ("#>x", RecordLine(.output, "x")),
        ("#! lesson.nn:1:1: NameError: x", RecordLine(.error, "lesson.nn:1:1: NameError: x")),
        ("#!", RecordLine(.error, "")),
        ("#!/usr/bin/env nn", nil),          // a shebang is not an error line
        (" #> indented comment", nil),       // only column 0 counts
        ("# > spaced", nil),
        ("# plain comment", nil),
        ("x = 1  #> trailing", nil),
        ("#", nil),
    ]

    @Test(arguments: parsed)
    func parses(_ line: String, _ expected: RecordLine?) {
        #expect(RecordLine(parsing: line) == expected)
    }

    @Test func rendersEmptyLinesWithoutTrailingSpace() {
        #expect(RecordLine(.output, "").rendered == "#>")
        #expect(RecordLine(.output, "a b").rendered == "#> a b")
        #expect(RecordLine(.error, "").rendered == "#!")
        #expect(RecordLine(.error, "   3 | x").rendered == "#!    3 | x")
    }

    @Test func wildcard() {
        #expect(RecordLine(.output, "...").isWildcard)
        #expect(!RecordLine(.error, "...").isWildcard)
        #expect(!RecordLine(.output, "... more").isWildcard)
    }
}
