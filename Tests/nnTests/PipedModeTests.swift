import Foundation
import Testing

/// `nn` with standard input not a terminal: statements read without prompts or readline,
/// values shown, errors reported and the next statement run, exit status 1 if any failed.
/// Expected outputs are what CPython prints for the same statements.
@Suite(.serialized) struct PipedModeTests {
    @Test func printsWhatTheStatementsPrint() throws {
        let r = try NNProcess.run(stdin: "print(1+1)\n")
        #expect(r.status == 0)
        #expect(r.stdout == "2\n")
        #expect(r.stderr.isEmpty)
    }

    @Test func showsExpressionValuesWithoutPromptsOrColour() throws {
        let r = try NNProcess.run(stdin: "x = 5\nx\n'hi'\nNone\nx;\n[x] * 2", environment: ["TERM": "xterm-256color"])
        #expect(r.stdout == "5\n'hi'\n[5, 5]\n")
        #expect(!r.stdout.contains(">>>") && !r.stdout.contains("\u{1B}"))
    }

    @Test func anErrorIsReportedAndTheNextStatementRuns() throws {
        let r = try NNProcess.run(stdin: "print(1)\n1/0\nprint(2)\n")
        #expect(r.status == 1)
        #expect(r.stdout == "1\n2\n")
        #expect(r.stderr == """
            <stdin>:2:1: ZeroDivisionError: division by zero
               2 | 1/0
                 | ^^^

            """)
    }

    @Test func blocksMayContainEmptyLines() throws {
        let source = """
            class Counter:
                def __init__(self):
                    self.n = 0

                def tick(self):
                    self.n += 1
                    return self.n

            c = Counter()
            for _ in range(2):
                c.tick()
            else:
                print("ticked", c.n)
            c.tick()
            """
        let r = try NNProcess.run(stdin: source)
        #expect(r.stderr.isEmpty)
        #expect(r.stdout == "ticked 2\n3\n")
        #expect(r.status == 0)
    }

    @Test func exitEndsTheSessionWithItsStatus() throws {
        let r = try NNProcess.run(stdin: "print('a')\nexit(3)\nprint('b')\n")
        #expect(r.status == 3)
        #expect(r.stdout == "a\n")
    }

    @Test func commandsWorkFromAPipe() throws {
        let r = try NNProcess.run(stdin: "n = 1\n:vars\n?len\n")
        #expect(r.stdout == "Name  Type  Value\nn     int   1\nlen(obj, /)\n    Return the number of items in a container.\n")
    }

    @Test func dashStillRunsStandardInputAsOneScript() throws {
        // As `python3 - < file`: syntax is checked first, the first runtime error stops it.
        let r = try NNProcess.run(["-"], stdin: "print(1)\n1/0\nprint(2)\n")
        #expect(r.status == 1)
        #expect(r.stdout == "1\n")
    }

    @Test func controlCStopsTheSession() throws {
        let r = try NNProcess.run(stdin: "print('start', flush=True)\nwhile True:\n    pass\nprint('never')\n",
                                  interruptAfter: 0.5)
        #expect(r.status == 130)
        #expect(r.stdout == "start\n")
        #expect(r.stderr.hasPrefix("<stdin>:2:1: KeyboardInterrupt"), "\(r.stderr)")
    }
}
