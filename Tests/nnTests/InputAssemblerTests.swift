import Testing
@testable import nn

/// How REPL input lines group into statements. The expected groupings are CPython's
/// interactive behaviour (`codeop`: an input runs once it compiles, an open bracket or block
/// asks for more, a typed block ends on an empty line), plus the piped/pasted rule that a
/// block ends at the next column-0 line.
@Suite struct InputAssemblerTests {
    /// Feeds `lines` and returns the events after each line.
    func feed(_ lines: [String], typed: Bool) -> [[InputAssembler.Event]] {
        var a = InputAssembler()
        return lines.map { a.add($0, blankEndsBlock: typed) }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let lines: [String]
        let typed: Bool
        /// Index of the line after which each event appears, with the event.
        let expected: [(Int, InputAssembler.Event)]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a simple statement runs at once", lines: ["x = 1"], typed: true,
             expected: [(0, .code("x = 1\n", firstLine: 1))]),
        Case(name: "an open bracket asks for more", lines: ["x = (1,", "     2)"], typed: true,
             expected: [(1, .code("x = (1,\n     2)\n", firstLine: 1))]),
        Case(name: "an empty line inside brackets continues", lines: ["x = [1,", "", "2]"], typed: true,
             expected: [(2, .code("x = [1,\n\n2]\n", firstLine: 1))]),
        Case(name: "a typed block ends on an empty line", lines: ["def f():", "    return 1", ""], typed: true,
             expected: [(2, .code("def f():\n    return 1\n", firstLine: 1))]),
        Case(name: "a one-line block also waits for the empty line", lines: ["if True: x = 1", ""], typed: true,
             expected: [(1, .code("if True: x = 1\n", firstLine: 1))]),
        Case(name: "a header without a body ends on an empty line (to report the error)",
             lines: ["for i in range(3):", ""], typed: true,
             expected: [(1, .code("for i in range(3):\n", firstLine: 1))]),
        Case(name: "a typed syntax error is reported at once", lines: ["def f():", "    x = )"], typed: true,
             expected: [(1, .code("def f():\n    x = )\n", firstLine: 1))]),
        Case(name: "an unterminated triple-quoted string asks for more", lines: ["s = '''a", "", "b'''"], typed: true,
             expected: [(2, .code("s = '''a\n\nb'''\n", firstLine: 1))]),
        Case(name: "commands only when nothing is pending", lines: [":vars", "  ?len", "x = (", ":", ")"], typed: true,
             expected: [(0, .command(":vars")), (1, .command("?len")), (4, .code("x = (\n:\n)\n", firstLine: 3))]),
        Case(name: "blank and comment lines alone are skipped but numbered", lines: ["", "# note", "y = 2"], typed: true,
             expected: [(2, .code("y = 2\n", firstLine: 3))]),
        Case(name: "piped: empty lines inside a class are kept",
             lines: ["class A:", "    def a(self):", "        return 1", "", "    def b(self):", "        return 2", "", "print(A().b())"],
             typed: false,
             expected: [(7, .code("class A:\n    def a(self):\n        return 1\n\n    def b(self):\n        return 2\n", firstLine: 1)),
                        (7, .code("print(A().b())\n", firstLine: 8))]),
        Case(name: "piped: else at column 0 continues the statement",
             lines: ["if x:", "    y = 1", "else:", "    y = 2", "z = 3"], typed: false,
             expected: [(4, .code("if x:\n    y = 1\nelse:\n    y = 2\n", firstLine: 1)), (4, .code("z = 3\n", firstLine: 5))]),
        Case(name: "piped: column-0 text inside a triple-quoted string stays in the block",
             lines: ["def f():", "    s = \"\"\"", "text", "\"\"\"", "    return s", "f()"], typed: false,
             expected: [(5, .code("def f():\n    s = \"\"\"\ntext\n\"\"\"\n    return s\n", firstLine: 1)), (5, .code("f()\n", firstLine: 6))]),
        Case(name: "piped: a syntax error in a block is reported when the block ends",
             lines: ["def f():", "    x = )", "    return 1", "g = 2"], typed: false,
             expected: [(3, .code("def f():\n    x = )\n    return 1\n", firstLine: 1)), (3, .code("g = 2\n", firstLine: 4))]),
        Case(name: "typed: a column-0 line after a block runs the block first",
             lines: ["for i in range(2):", "    pass", "print(i)"], typed: true,
             expected: [(2, .code("for i in range(2):\n    pass\n", firstLine: 1)), (2, .code("print(i)\n", firstLine: 3))]),
    ]

    @Test(arguments: cases)
    func grouping(_ c: Case) {
        let got = feed(c.lines, typed: c.typed)
        var expected = Array(repeating: [InputAssembler.Event](), count: c.lines.count)
        for (i, e) in c.expected { expected[i].append(e) }
        #expect(got == expected)
    }

    @Test func endOfInputRunsThePendingBlock() {
        var a = InputAssembler()
        #expect(a.add("while False:", blankEndsBlock: false).isEmpty)
        #expect(a.add("    pass", blankEndsBlock: false).isEmpty)
        #expect(a.add("", blankEndsBlock: false).isEmpty)
        #expect(a.finish() == [.code("while False:\n    pass\n", firstLine: 1)])
        #expect(a.finish().isEmpty)
    }

    @Test func discardDropsThePendingLinesButKeepsNumbering() {
        var a = InputAssembler()
        _ = a.add("def f():", blankEndsBlock: true)
        #expect(a.isPending)
        a.discard()
        #expect(!a.isPending)
        #expect(a.add("1 + 1", blankEndsBlock: true) == [.code("1 + 1\n", firstLine: 2)])
    }
}
