import Testing
@testable import NNNotebook

/// `nn check` on `.nn` scripts: drift found on the right line with a diff, tolerances,
/// wildcards and directives.
@Suite(.serialized)
struct ScriptCheckTests {
    static let recorded = """
        print('header')
        #> header
        for i in range(3):
            print(i / 3)
        #> 0.0
        #> 0.3333333333333333
        #> 0.6666666666666666
        print('end')
        #> end

        """

    @Test func recordedFilePasses() throws {
        let report = try Notebooks.check(Self.recorded)
        #expect(report.passed, "\(report.rendered)")
        #expect(report.compared == 3)
    }

    @Test func anEditedOutputFailsOnTheRightLineWithADiff() throws {
        let edited = Self.recorded.replacingOccurrences(of: "#> 0.6666666666666666", with: "#> 0.7")
        let report = try Notebooks.check(edited)
        #expect(!report.passed)
        #expect(report.problems.count == 1)
        // The edited line is line 7.
        #expect(report.problems.first?.line == 7)
        #expect(report.rendered == """
            lesson.nn:7: the output of the statement at line 3 differs from the recorded lines
            --- lesson.nn:5 (recorded)
            +++ lesson.nn:5 (this run)
            @@ -5,3 +5,3 @@ for i in range(3):
             #> 0.0
             #> 0.3333333333333333
            -#> 0.7
            +#> 0.6666666666666666

            """)
    }

    @Test func numbersWithinTheDefaultToleranceMatch() throws {
        let drifted = Self.recorded.replacingOccurrences(of: "#> 0.3333333333333333", with: "#> 0.33333334")
        #expect(try Notebooks.check(drifted).passed)
        let far = Self.recorded.replacingOccurrences(of: "#> 0.3333333333333333", with: "#> 0.3334")
        #expect(try !Notebooks.check(far).passed)
    }

    @Test func toleranceDirectiveAboveAStatement() throws {
        let source = """
            # nn: tolerance=1e-2
            print(1 / 3)
            #> 0.334
            print(2 / 3)
            #> 0.667

            """
        let report = try Notebooks.check(source)
        #expect(report.problems.map(\.line) == [5])
    }

    @Test func skipCheckDirective() throws {
        let source = """
            # timing varies
            # nn: skip-check
            print('anything')
            #> something else
            print('x')
            #> x

            """
        #expect(try Notebooks.check(source).passed)
        // A blank line between the directive and the statement detaches it.
        let detached = source.replacingOccurrences(of: "# nn: skip-check\n", with: "# nn: skip-check\n\n")
        #expect(try Notebooks.check(detached).problems.map(\.line) == [5])
    }

    @Test func fileWideDirective() throws {
        let source = """
            # nn: file tolerance=1e-2

            print(1 / 3)
            #> 0.334
            # nn: tolerance=1e-9
            print(2 / 3)
            #> 0.667

            """
        #expect(try Notebooks.check(source).problems.map(\.line) == [7])
    }

    @Test func badDirectivesAreReported() throws {
        let report = try Notebooks.check("# nn: tolerence=1e-2\nprint(1)\n#> 1\nx = 1\n# nn: file skip-check\ny = 2\n")
        #expect(report.problems.map(\.line) == [1, 5])
        #expect(report.problems.first?.message.contains("unknown directive 'tolerence=1e-2'") == true)
        #expect(report.problems.last?.message == "a file-wide directive must come before the first statement")
    }

    @Test func wildcardMatchesAnyRunOfLines() throws {
        let source = """
            for i in range(5):
                print('epoch', i)
            #> epoch 0
            #> ...
            #> epoch 4
            print('done')
            #> done

            """
        let report = try Notebooks.check(source)
        #expect(report.passed, "\(report.rendered)")
        let wrongEnd = source.replacingOccurrences(of: "#> epoch 4", with: "#> epoch 9")
        let failed = try Notebooks.check(wrongEnd)
        #expect(failed.problems.map(\.line) == [5])
        #expect(failed.problems.first?.diff == """
            --- lesson.nn:3 (recorded)
            +++ lesson.nn:3 (this run)
            @@ -3,3 +3,3 @@ for i in range(5):
             #> epoch 0
             #> ...
            -#> epoch 9
            +#> epoch 4

            """)
    }

    @Test func emptyOutputLinesMatchWithOrWithoutATrailingSpace() throws {
        #expect(try Notebooks.check("print('a\\n\\nb')\n#> a\n#>\n#> b\n").passed)
        #expect(try Notebooks.check("print('a\\n\\nb')\n#> a\n#> \n#> b\n").passed)
    }

    @Test func anUnrecordedErrorFails() throws {
        let report = try Notebooks.check("print(1)\n#> 1\nundefined_name\nprint(2)\n#> 2\n")
        #expect(report.problems.count == 2)
        #expect(report.problems[0].line == 4)
        #expect(report.problems[0].message == "the statement at line 3 raised an error that is not recorded")
        #expect(report.problems[0].diff?.contains("+#! lesson.nn:3:1: NameError: name 'undefined_name' is not defined") == true)
        #expect(report.problems[1].line == 5)
        #expect(report.problems[1].message.contains("which did not run (the run stopped at line 3)"))
    }

    @Test func aRecordedErrorPasses() throws {
        let source = "x = 1\nx.nope\n#! lesson.nn:2:1: AttributeError: 'int' object has no attribute 'nope'\n#!    2 | x.nope\n#!      | ^^^^^^\n"
        let report = try Notebooks.check(source)
        #expect(report.passed, "\(report.rendered)")
    }

    @Test func missingOutputIsReportedAfterTheStatement() throws {
        let report = try Notebooks.check("x = 1\nprint(x)\ny = 2\n")
        #expect(report.problems.map(\.line) == [3])
        #expect(report.problems.first?.diff == """
            --- lesson.nn:3 (recorded)
            +++ lesson.nn:3 (this run)
            @@ -2,0 +3,1 @@ print(x)
            +#> 1

            """)
    }

    @Test func outputBeforeTheFirstStatementFails() throws {
        #expect(try Notebooks.check("#> orphan\nprint(1)\n#> 1\n").problems.map(\.line) == [1])
    }

    @Test func syntaxErrorsAreComparedAsAWhole() throws {
        let good = "a = $\n#! lesson.nn:1:5: SyntaxError: invalid character '$' (U+0024)\n#!    1 | a = $\n#!      |     ^\n"
        #expect(try Notebooks.check(good).passed)
        #expect(try !Notebooks.check("a = $\n").passed)
    }

    @Test func driftInALongOutputIsReportedAtItsLineWithASmallHunk() throws {
        let updated = try Notebooks.update("for i in range(20000):\n    print(i)\n")
        #expect(try Notebooks.check(updated).passed)
        // Output line k (from 0) sits on file line k + 3.
        let edited = updated.replacingOccurrences(of: "\n#> 12345\n", with: "\n#> 12346\n")
        let report = try Notebooks.check(edited)
        #expect(report.problems.map(\.line) == [12348])
        #expect(report.problems.first?.diff?.contains("@@ -12345,7 +12345,7 @@ for i in range(20000):\n #> 12342\n") == true)
        #expect(report.problems.first?.diff?.split(separator: "\n").count == 3 + 7 + 1)
    }
}
