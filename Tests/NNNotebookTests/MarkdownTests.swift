import Testing
@testable import NNNotebook

/// Markdown notebooks: ```nn blocks run in one session, ```output blocks after them.
@Suite(.serialized)
struct MarkdownTests {
    static let course = """
        # Course

        Text with `code` and a fence of another language:

        ```python
        print("not run")
        ```

        ```nn
        x = 20
        x + 1
        ```

        ```output
        stale
        ```

        Between blocks.

        ```nn
        for i in range(2):
            print(i)
        print('x')
        ```
        More text right after.

        ```nn
        y = x * 2
        ```

        ```output
        y had output once
        ```

        ```nn
        undefined_name
        ```

        ```nn
        print('never runs')
        ```

        ```output
        stale too
        ```

        The end.
        """

    static let updated = """
        # Course

        Text with `code` and a fence of another language:

        ```python
        print("not run")
        ```

        ```nn
        x = 20
        x + 1
        ```

        ```output
        21
        ```

        Between blocks.

        ```nn
        for i in range(2):
            print(i)
        print('x')
        ```
        ```output
        0
        1
        x
        ```
        More text right after.

        ```nn
        y = x * 2
        ```


        ```nn
        undefined_name
        ```
        ```output
        course.md:38:1: NameError: name 'undefined_name' is not defined
           38 | undefined_name
              | ^^^^^^^^^^^^^^
        ```

        ```nn
        print('never runs')
        ```


        The end.
        """

    @Test func updateCreatesReplacesAndRemovesOutputBlocks() throws {
        let result = try Notebooks.update(Self.course, name: "course.md")
        #expect(result == Self.updated)
        #expect(try Notebooks.update(result, name: "course.md") == result)
        let report = try Notebooks.check(result, name: "course.md")
        #expect(report.passed, "\(report.rendered)")
        #expect(report.compared == 4)
    }

    @Test func checkFindsDriftInABlock() throws {
        let edited = Self.updated.replacingOccurrences(of: "```output\n0\n1\nx\n```", with: "```output\n0\n2\nx\n```")
        let report = try Notebooks.check(edited, name: "course.md")
        #expect(report.problems.map(\.line) == [27])
        #expect(report.problems.first?.message == "the output of the block at line 20 differs from its output block")
        #expect(report.problems.first?.diff == """
            --- course.md:26 (recorded)
            +++ course.md:26 (this run)
            @@ -26,3 +26,3 @@ ```nn block at line 20
             0
            -2
            +1
             x

            """)
    }

    @Test func checkReportsStaleOutputAfterTheError() throws {
        let stale = Self.updated.replacingOccurrences(of: "print('never runs')\n```\n", with: "print('never runs')\n```\n```output\nnever runs\n```\n")
        let report = try Notebooks.check(stale, name: "course.md")
        #expect(report.problems.count == 1)
        #expect(report.problems.first?.message.contains("which did not run") == true)
    }

    @Test func blocksShareOneSessionAndRunInOrder() throws {
        let text = "```nn\na = 1\n```\n\ntext\n\n```nn\na + 1\n```\n"
        #expect(try Notebooks.update(text, name: "m.md") == "```nn\na = 1\n```\n\ntext\n\n```nn\na + 1\n```\n```output\n2\n```\n")
    }

    @Test func indentedFencesKeepTheirIndentation() throws {
        let text = "- item\n\n  ```nn\n  print('in a list')\n  ```\n"
        let expected = "- item\n\n  ```nn\n  print('in a list')\n  ```\n  ```output\n  in a list\n  ```\n"
        let result = try Notebooks.update(text, name: "m.md")
        #expect(result == expected)
        #expect(try Notebooks.check(result, name: "m.md").passed)
    }

    @Test func outputWithBackticksGetsALongerFence() throws {
        let text = "```nn\nprint('```')\n```\n"
        let result = try Notebooks.update(text, name: "m.md")
        #expect(result == "```nn\nprint('```')\n```\n````output\n```\n````\n")
        #expect(try Notebooks.check(result, name: "m.md").passed)
    }

    @Test func crlfAndNoFinalNewline() throws {
        let text = "Привет\r\n```nn\r\nprint(1)\r\n```"
        let result = try Notebooks.update(text, name: "m.md")
        #expect(result == "Привет\r\n```nn\r\nprint(1)\r\n```\r\n```output\r\n1\r\n```")
    }

    @Test func syntaxErrorInABlockStopsTheRun() throws {
        let text = "```nn\nprint(1)\n```\n\n```nn\nx = (\n```\n\n```nn\nprint(2)\n```\n"
        let result = try Notebooks.update(text, name: "m.md")
        #expect(result.contains("```output\n1\n```"))
        #expect(result.contains("SyntaxError"))
        #expect(!result.contains("```output\n2\n```"))
        #expect(try Notebooks.check(result, name: "m.md").passed)
    }

    @Test func directivesAtTheTopOfABlock() throws {
        let text = "```nn\n# nn: tolerance=1e-2\nprint(1 / 3)\n```\n```output\n0.334\n```\n"
        #expect(try Notebooks.check(text, name: "m.md").passed)
        let strict = text.replacingOccurrences(of: "# nn: tolerance=1e-2\n", with: "")
        #expect(try !Notebooks.check(strict, name: "m.md").passed)
    }

    @Test func unclosedBlocksAreErrors() {
        #expect(throws: NotebookError.unclosedFence(file: "m.md", line: 2, info: "nn")) {
            _ = try Notebooks.update("text\n```nn\nprint(1)\n", name: "m.md")
        }
        #expect(throws: NotebookError.unclosedFence(file: "m.md", line: 4, info: "output")) {
            _ = try Notebooks.update("```nn\nprint(1)\n```\n```output\n1\n", name: "m.md")
        }
    }

    @Test func aFileWithoutBlocksIsUntouched() throws {
        let text = "# Just text\n\n```\ncode\n```\n"
        #expect(try Notebooks.update(text, name: "m.md") == text)
        #expect(try Notebooks.check(text, name: "m.md").passed)
    }
}
