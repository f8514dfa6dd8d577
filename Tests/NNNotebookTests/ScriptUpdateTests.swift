import Testing
@testable import NNNotebook

/// `nn update` on `.nn` scripts: placement, replacement, byte preservation, idempotence.
@Suite(.serialized)
struct ScriptUpdateTests {
    @Test func writesEachStatementsOutputRightAfterIt() throws {
        let source = """
            # %% [markdown]
            # # Loops
            # %%
            x = [1,
                 2]
            x
            # a comment stays where it is
            for i in x:
                if i > 1:
                    print('big', i)
                else:
                    print('small', i)

            print('a'); print('b')
            print('')
            y = 3

            """
        let expected = """
            # %% [markdown]
            # # Loops
            # %%
            x = [1,
                 2]
            x
            #> [1, 2]
            # a comment stays where it is
            for i in x:
                if i > 1:
                    print('big', i)
                else:
                    print('small', i)
            #> small 1
            #> big 2

            print('a'); print('b')
            #> a
            #> b
            print('')
            #>
            y = 3

            """
        let updated = try Notebooks.update(source)
        #expect(updated == expected)
        // Idempotent, and what update wrote passes check.
        #expect(try Notebooks.update(updated) == updated)
        #expect(try Notebooks.check(updated).passed)
    }

    @Test func replacesOldOutputWhereverItSitsInTheGap() throws {
        let source = """
            print(1)
            #> stale
            # note
            #> also stale
            print(2)
            #> 2

            """
        #expect(try Notebooks.update(source) == "print(1)\n#> 1\n# note\nprint(2)\n#> 2\n")
    }

    @Test func outputBeforeTheFirstStatementIsRemoved() throws {
        #expect(try Notebooks.update("# title\n#> orphan\nprint(1)\n") == "# title\nprint(1)\n#> 1\n")
    }

    /// Files whose every byte outside the output lines must survive, with their updated form.
    static let oddFiles: [(name: String, source: [UInt8], expected: [UInt8])] = [
        ("CRLF", Array("x = 1\r\nx\r\n#> old\r\nprint('ok')\r\n".utf8),
         Array("x = 1\r\nx\r\n#> 1\r\nprint('ok')\r\n#> ok\r\n".utf8)),
        ("no final newline", Array("print('a')\nprint('b')".utf8),
         Array("print('a')\n#> a\nprint('b')\n#> b".utf8)),
        ("no final newline after old output", Array("print('b')\n#> old".utf8),
         Array("print('b')\n#> b".utf8)),
        ("statement without output at the end, no final newline", Array("print(1)\n#> 1\nx = 2".utf8),
         Array("print(1)\n#> 1\nx = 2".utf8)),
        ("tabs and trailing spaces in comments and strings", Array("s = 'a\tb'   \n# note\t \ns\n".utf8),
         Array("s = 'a\tb'   \n# note\t \ns\n#> 'a\\tb'\n".utf8)),
        ("Cyrillic", Array("# Привет, мир\nprint('ёжик')\n".utf8),
         Array("# Привет, мир\nprint('ёжик')\n#> ёжик\n".utf8)),
        ("byte-order mark", [0xEF, 0xBB, 0xBF] + Array("print(1)\n".utf8),
         [0xEF, 0xBB, 0xBF] + Array("print(1)\n#> 1\n".utf8)),
        ("shebang", Array("#!/usr/bin/env nn\nprint(1)\n".utf8),
         Array("#!/usr/bin/env nn\nprint(1)\n#> 1\n".utf8)),
        ("output-looking lines inside a statement are code", Array("s = '''\n#> not output\n'''\nprint(len(s))\n".utf8),
         Array("s = '''\n#> not output\n'''\nprint(len(s))\n#> 15\n".utf8)),
        ("a column-0 comment inside a block", Array("for i in range(2):\n#> kept\n    print(i)\n".utf8),
         Array("for i in range(2):\n#> kept\n    print(i)\n#> 0\n#> 1\n".utf8)),
        ("empty file", [], []),
        ("only comments", Array("# nothing\n".utf8), Array("# nothing\n".utf8)),
    ]

    @Test(arguments: oddFiles.indices)
    func preservesBytes(_ k: Int) throws {
        let (name, source, expected) = Self.oddFiles[k]
        let updated = try Notebooks.update(bytes: source)
        #expect(updated == expected, "\(name): \(String(decoding: updated, as: UTF8.self).debugDescription)")
        #expect(try Notebooks.update(bytes: updated) == updated, "\(name) is not idempotent")
        #expect(try NotebookFile.checkedBytes(updated, path: "lesson.nn").passed, "\(name) does not pass check")
    }

    @Test func anErrorRecordsEverythingBeforeItAndClearsWhatFollows() throws {
        let source = """
            print('before')
            def f(n):
                return 10 / n
            f(0)
            #> stale
            print('after')
            #> after
            x = 1

            """
        let expected = """
            print('before')
            #> before
            def f(n):
                return 10 / n
            f(0)
            #! lesson.nn:4:12: ZeroDivisionError: division by zero
            #!    4 |     return 10 / n
            #!      |            ^^^^^^
            #!   in f (lesson.nn:5)
            print('after')
            x = 1

            """
        let updated = try Notebooks.update(source)
        #expect(updated == expected)
        #expect(try Notebooks.update(updated) == updated)
        #expect(try Notebooks.check(updated).passed)
    }

    @Test func errorLinesNameTheLinesOfTheWrittenFile() throws {
        // Three output lines appear above the failing statement, so its line moves from 2 to 5.
        let source = "print('a\\nb\\nc')\nundefined_name\n"
        let updated = try Notebooks.update(source)
        #expect(updated == """
            print('a\\nb\\nc')
            #> a
            #> b
            #> c
            undefined_name
            #! lesson.nn:5:1: NameError: name 'undefined_name' is not defined
            #!    5 | undefined_name
            #!      | ^^^^^^^^^^^^^^

            """)
    }

    @Test func syntaxErrorsGoAfterTheLastCodeLineAndNothingRuns() throws {
        let source = """
            print('never')
            #> old output
            a = $
            # trailing comment

            """
        let expected = """
            print('never')
            a = $
            #! lesson.nn:2:5: SyntaxError: invalid character '$' (U+0024)
            #!    2 | a = $
            #!      |     ^
            # trailing comment

            """
        let updated = try Notebooks.update(source)
        #expect(updated == expected)
        #expect(try Notebooks.update(updated) == updated)
        #expect(try Notebooks.check(updated).passed)
    }

    @Test func exitStopsTheRunWithoutAnErrorLine() throws {
        let updated = try Notebooks.update("print(1)\nexit(0)\nprint(2)\n#> 2\n")
        #expect(updated == "print(1)\n#> 1\nexit(0)\nprint(2)\n")
    }

    @Test func shownValuesAndHiddenOnes() throws {
        #expect(try Notebooks.update("1 + 1\n2 + 2;\nNone\n'x'\n") == "1 + 1\n#> 2\n2 + 2;\nNone\n'x'\n#> 'x'\n")
    }

    @Test func eachFileStartsFromTheSameRandomState() throws {
        let source = "import random\nrandom.random()\n"
        let first = try Notebooks.update(source)
        _ = try Notebooks.update("import random\nrandom.random()\nrandom.random()\n")
        #expect(try Notebooks.update(source) == first)
    }
}
