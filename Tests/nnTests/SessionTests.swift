import Foundation
import NNLang
import Testing
@testable import nn

/// A REPL session in process: shown values, errors that keep the session, the transcript
/// `:save` writes, and the commands. Outputs expected here are what CPython prints for the
/// same statements (`42`, `ZeroDivisionError: division by zero`).
@Suite struct SessionTests {
    /// A session whose standard output goes to a temporary file and whose errors are kept.
    final class Harness {
        let url: URL
        let fd: Int32
        let session: Session
        var errors = ""

        init(style: Style = Style(enabled: false)) {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("nn-session-\(UUID().uuidString)")
            fd = open(url.path, O_CREAT | O_RDWR | O_TRUNC, 0o600)
            session = Session(output: SessionOutput(fd: fd, style: style), errorStyle: Style(enabled: false))
            session.writeError = { [unowned self] in self.errors += $0 }
        }

        deinit {
            close(fd)
            try? FileManager.default.removeItem(at: url)
        }

        /// Feeds typed lines (a final empty line ends an open block).
        func type(_ lines: String...) {
            var assembler = InputAssembler()
            for line in lines {
                for event in assembler.add(line, blankEndsBlock: true) { session.handle(event) }
            }
            for event in assembler.finish() { session.handle(event) }
        }

        /// Everything written to standard output so far.
        var stdout: String {
            session.output.flush()
            return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        }
    }

    @Test func showsValuesAndRecordsTheNotebook() {
        let h = Harness()
        h.type("x = 2", "x * 21", "print('a', end='')", "'s'", "None", "x;")
        // As in CPython's REPL, a value shown after unfinished output follows it on its line.
        #expect(h.stdout == "42\na's'\n")
        #expect(h.session.transcript.notebook == """
            x = 2
            x * 21
            #> 42
            print('a', end='')
            #> a
            's'
            #> 's'
            None
            x;

            """)
    }

    @Test func anErrorKeepsTheSessionAndIsRecorded() {
        let h = Harness()
        h.type("y = 5", "def f():", "    return 1 / 0", "", "f()", "print(y)")
        #expect(h.stdout == "5\n")
        #expect(h.errors.hasPrefix("<stdin>:3:12: ZeroDivisionError: division by zero\n"))
        #expect(h.session.hadError)
        #expect(h.session.transcript.notebook.contains("f()\n#! <stdin>:3:12: ZeroDivisionError: division by zero\n"))
    }

    @Test func inputsWithSyntaxErrorsAreReportedButNotSaved() {
        let h = Harness()
        h.type("x = (1 +", "", ")", "z = 1")
        #expect(h.errors.contains("SyntaxError"))
        #expect(h.session.transcript.notebook == "z = 1\n")
    }

    @Test func saveThenLoadReproducesTheSession() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nn-save-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("s.nn").path
        let first = Harness()
        first.type("w = [1, 2]", "for v in w:", "    print(v)", "", "len(w)", ":save \(file)")
        let saved = try String(contentsOfFile: file, encoding: .utf8)
        #expect(saved == """
            w = [1, 2]
            for v in w:
                print(v)
            #> 1
            #> 2
            len(w)
            #> 2

            """)
        let second = Harness()
        second.type(":load \(file)", "w")
        #expect(second.stdout == "1\n2\n2\n[1, 2]\n")
        // The old #> lines are not code: the new transcript holds each output once.
        #expect(second.session.transcript.notebook == "# :load \(file)\n" + saved + "w\n#> [1, 2]\n")
    }

    @Test func loadStopsAtTheFirstErrorLikeAScript() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("nn-load-\(UUID().uuidString).nn")
        try "a = 1\nb = a / 0\nc = 3\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let h = Harness()
        h.type(":load \(file.path)", "print(a)", "c")
        #expect(h.errors.contains("\(file.path):2:5: ZeroDivisionError: division by zero"))
        #expect(h.errors.contains("NameError: name 'c' is not defined"))
        #expect(h.stdout == "1\n")
    }

    @Test func resetForgetsVariablesAndTheTranscript() {
        let h = Harness()
        h.type("q = 1", ":reset", "q")
        #expect(h.errors.contains("NameError: name 'q' is not defined"))
        #expect(h.session.transcript.notebook == "q\n#! <stdin>:3:1: NameError: name 'q' is not defined\n#!    3 | q\n#!      | ^\n")
    }

    @Test func timeRunsTheStatementAndReportsWallTime() {
        let h = Harness()
        h.type(":time sum(range(10))")
        let out = h.stdout
        #expect(out.hasPrefix("45\nWall time: "))
        #expect(out.hasSuffix(" µs\n") || out.hasSuffix(" ms\n") || out.hasSuffix(" s\n"))
        #expect(h.session.transcript.notebook == "sum(range(10))\n#> 45\n")
    }

    @Test(arguments: [(2.5, "2.500 s"), (0.01234, "12.34 ms"), (0.0000456, "45.6 µs")])
    func durations(_ seconds: Double, _ text: String) {
        #expect(Session.formatDuration(seconds) == text)
    }

    @Test func varsListsUserVariablesWithTypes() {
        let h = Harness()
        h.type("import math", "n = 3", "name = 'nn'", "xs = [1, 2, 3]", "def area(r, pi=3.14):", "    return pi * r * r", "")
        #expect(VariableTable(interpreter: h.session.interpreter).render() == """
            Name  Type      Value
            n     int       3
            name  str       'nn'
            xs    list      len 3
            area  function  area(r, pi=3.14)

            """)
    }

    @Test func helpForANameAndUnknownCommands() {
        let h = Harness()
        h.type("?len", ":nope", ":sa")
        // CPython: help(len) shows the signature `len(obj, /)`.
        #expect(h.stdout.hasPrefix("len(obj, /)\n"))
        #expect(h.errors.contains("Unknown command ':nope'; type :help for the list."))
        #expect(h.errors.contains("Unknown command ':sa' (did you mean ':save'?)"))
    }

    @Test func exitAndQuitEndTheSession() {
        let h = Harness()
        h.type("exit(4)")
        #expect(h.session.exitStatus == 4)
        let q = Harness()
        q.type(":quit")
        #expect(q.session.exitStatus == 0)
    }

    @Test func shownValuesAreStyledOnlyWhenColourIsOn() {
        let h = Harness(style: Style(enabled: true))
        h.type("print('p')", "[1]")
        #expect(h.stdout == "p\n\u{1B}[36m[1]\u{1B}[0m\n")
    }

    @Test(arguments: [
        (["TERM": "xterm-256color"], true),
        (["TERM": "xterm-256color", "NO_COLOR": ""], false),
        (["TERM": "xterm", "NO_COLOR": "1"], false),
        (["TERM": "dumb"], false),
    ])
    func colourPolicy(_ environment: [String: String], _ allowed: Bool) {
        #expect(Style.allowsColor(environment) == allowed)
    }

    @Test func neverColourWhenNotATerminal() throws {
        var fds: [Int32] = [-1, -1]
        #expect(pipe(&fds) == 0)
        defer { close(fds[0]); close(fds[1]) }
        #expect(!Style(fd: fds[1], environment: ["TERM": "xterm-256color"]).enabled)
    }
}
