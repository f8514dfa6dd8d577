import Testing
@testable import NNNotebook

/// Byte-exact line splitting and editing.
struct SourceLinesTests {
    /// Files whose bytes must survive a split and join unchanged.
    static let odd: [[UInt8]] = [
        [],
        Array("\n".utf8),
        Array("x = 1".utf8),                                   // no final newline
        Array("x = 1\r\ny = 2\r\n".utf8),                      // CRLF
        Array("x = 1\r\ny = 2\nz = 3\r\n".utf8),               // mixed
        Array("x = 1\n\n\n".utf8),                             // blank lines at the end
        Array("\tx = 'табуляция'  \n# комментарий\t\n".utf8),  // tabs, Cyrillic, trailing spaces
        [0xEF, 0xBB, 0xBF] + Array("print(1)\n".utf8),         // byte-order mark
        Array("a\rb\n".utf8),                                   // a lone CR stays inside its line
    ]

    @Test(arguments: odd)
    func roundTrip(_ bytes: [UInt8]) throws {
        let lines = try SourceLines(bytes: bytes, file: "f.nn")
        #expect(lines.bytes == bytes)
        // Editing nothing changes nothing.
        #expect(lines.edited(dropping: [], inserting: [:]).bytes == bytes)
    }

    @Test func terminatorsAndConvention() throws {
        let lines = try SourceLines(bytes: Array("a\r\nb\nc".utf8), file: "f.nn")
        #expect(lines.lines.map(\.text) == ["a", "b", "c"])
        #expect(lines.lines.map(\.terminator) == [.crlf, .lf, .none])
        #expect(lines.lineEnding == .crlf)
        #expect(!lines.endsWithNewline)
        #expect(lines.parserText == "a\nb\nc")
    }

    @Test func insertionUsesTheFileLineEndingAndKeepsAMissingFinalNewline() throws {
        let lines = try SourceLines(bytes: Array("x\r\ny".utf8), file: "f.nn")
        let edited = lines.edited(dropping: [], inserting: [1: ["#> 1"], -1: ["top"]])
        #expect(String(decoding: edited.bytes, as: UTF8.self) == "top\r\nx\r\ny\r\n#> 1")
        // Dropping the last line of a file without a final newline: the new last line loses its
        // newline, so the file still ends without one.
        let dropped = try SourceLines(bytes: Array("x\n#> old".utf8), file: "f.nn").edited(dropping: [1], inserting: [:])
        #expect(String(decoding: dropped.bytes, as: UTF8.self) == "x")
    }

    @Test func invalidUTF8NamesTheLine() {
        #expect(throws: NotebookError.notUTF8(file: "f.nn", line: 2)) {
            _ = try SourceLines(bytes: Array("ok\n".utf8) + [0xFF, 0x0A], file: "f.nn")
        }
    }
}
