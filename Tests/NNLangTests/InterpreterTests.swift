import Foundation
import Testing
@testable import NNLang

/// The embedding API: parsing into statements with ranges, running them one at a time with
/// per-statement output, completeness checks for the REPL, completion and help look-ups,
/// interrupts, exit requests and reset.
@Suite(.serialized)
struct InterpreterTests {
    @Test func statementsCarryTheirSourceRanges() {
        let nn = Interpreter(output: CapturedOutput())
        let text = "x = 1\nfor i in range(2):\n    x += i\n\nprint(x); y = 2\n"
        let p = nn.parse(text, file: "ranges.nn")
        #expect(p.syntaxErrors.isEmpty)
        #expect(p.statements.map(\.firstLine) == [1, 2, 5, 5])
        #expect(p.statements.map(\.lastLine) == [1, 3, 5, 5])
        let bytes = Array(text.utf8)
        let second = p.statements[1]
        #expect(String(decoding: bytes[second.startOffset..<second.endOffset], as: UTF8.self) == "for i in range(2):\n    x += i")
        #expect(p.statements.map(\.showsValue) == [false, false, true, false])
    }

    @Test func eachStatementRunsWithItsOwnOutputSink() {
        let nn = Interpreter(output: CapturedOutput())
        let p = nn.parse("print('a')\n2 + 3\nprint('b')\n", file: "sinks.nn")
        var captured: [String] = []
        var shown: [Value?] = []
        for s in p.statements {
            let sink = CapturedOutput()
            nn.output = sink
            let r = nn.execute(s)
            #expect(r.succeeded)
            captured.append(sink.text)
            shown.append(r.shown)
        }
        #expect(captured == ["a\n", "5\n", "b\n"])
        if case .int(5)? = shown[1] {} else { Issue.record("expected 5 to be shown, got \(String(describing: shown[1]))") }
        #expect(shown[0] == nil && shown[2] == nil)
    }

    @Test func everySyntaxErrorIsListedInOrder() {
        let nn = Interpreter(output: CapturedOutput())
        let p = nn.parse("x = (\ny = 1\n", file: "a.nn")
        #expect(p.syntaxErrors.count == 1)
        let q = nn.parse("if x\n    pass\nreturn 3\ndef f(:\n", file: "b.nn")
        #expect(q.syntaxErrors.map(\.line) == [1, 3, 4])
        #expect(q.statements.isEmpty)
    }

    @Test(arguments: [
        ("x = 1", InputStatus.complete),
        ("if x > 1:", .incomplete),
        ("def f(a,", .incomplete),
        ("s = '''first line", .incomplete),
        ("total = (1 +", .incomplete),
        ("for i in range(3):\n    print(i)", .complete),
        ("x = 1 +)", .invalid),
        ("return return", .invalid),
        ("1 +", .invalid),
    ])
    func inputCompleteness(_ text: String, _ status: InputStatus) {
        #expect(Interpreter.inputStatus(text) == status, "\(text)")
    }

    @Test func completionAndHelp() {
        let nn = Interpreter(output: CapturedOutput())
        _ = nn.run("""
            class Model:
                '''A tiny model.'''
                def forward(self, x, scale=2):
                    '''Scale x.'''
                    return x * scale
            model = Model()
            model.weights = [1, 2]
            learning_rate = 0.1
            """, file: "c.nn")
        let names = nn.globalNames
        #expect(names.prefix(3) == ["Model", "model", "learning_rate"])
        #expect(names.contains("print") && names.contains("math"))
        let attrs = nn.attributeNames(of: "model")
        #expect(attrs.contains("weights") && attrs.contains("forward"))
        #expect(nn.attributeNames(of: "model.weights").contains("append"))
        #expect(nn.help(for: "model.forward") == "Model.forward(self, x, scale=2)\n    Scale x.")
        #expect(nn.help(for: "len") == "len(obj, /)\n    Return the number of items in a container.")
        #expect(nn.help(for: "math.sqrt")?.hasPrefix("sqrt(x, /)") == true)
        #expect(nn.help(for: "nothing_here") == nil)
    }

    @Test func interruptStopsARunawayLoop() {
        let nn = Interpreter(output: CapturedOutput())
        let p = nn.parse("n = 0\nwhile True:\n    n += 1\n", file: "loop.nn")
        #expect(nn.execute(p.statements[0]).succeeded)
        let trigger = DispatchSemaphore(value: 0)
        let box = InterpreterBox(nn)
        DispatchQueue.global().async {
            trigger.wait()
            Thread.sleep(forTimeInterval: 0.2)
            box.interpreter.interrupt()   // from another thread, as a SIGINT handler would
        }
        trigger.signal()
        let r = nn.execute(p.statements[1])
        #expect(r.interrupted)
        #expect(r.error?.render().hasPrefix("loop.nn:2:1: KeyboardInterrupt") == true, "\(r.error?.render() ?? "")")
        // The session keeps working afterwards.
        let again = nn.parse("n > 0\n", file: "after.nn")
        let sink = CapturedOutput()
        nn.output = sink
        #expect(nn.execute(again.statements[0]).succeeded)
        #expect(sink.text == "True\n")
    }

    @Test func libraryCodeBecomesBuiltins() {
        let out = CapturedOutput()
        let nn = Interpreter(output: out)
        nn.load(library: "def twice(x):\n    return helper(x) * 2\ndef helper(x):\n    return x + 1\n", name: "<lib>")
        #expect(!nn.runtime.globalNames.contains("twice"))   // not a user global
        _ = nn.run("print(twice(3))\ntwice = 'shadowed'\nprint(twice)\ndel twice\nprint(twice(0))", file: "lib.nn")
        #expect(out.text == "8\nshadowed\n2\n")
    }

    @Test func exitRequestsAreNotErrors() {
        let nn = Interpreter(output: CapturedOutput())
        #expect(nn.run("exit(3)", file: "e.nn").exitCode == 3)
        #expect(nn.run("import sys\nsys.exit()", file: "e.nn").exitCode == 0)
        #expect(nn.run("x = 1/0", file: "e.nn").exitCode == 1)
        #expect(nn.run("x = (", file: "e.nn").exitCode == 1)
    }

    @Test func resetForgetsGlobals() {
        let nn = Interpreter(output: CapturedOutput())
        _ = nn.run("secret = 42", file: "r.nn")
        #expect(nn.lookup("secret") != nil)
        nn.reset()
        #expect(nn.lookup("secret") == nil)
        #expect(nn.run("secret", file: "r.nn").error?.kind == "NameError")
    }

    @Test func scriptArgumentsBecomeSysArgv() {
        let out = CapturedOutput()
        let nn = Interpreter(output: out, arguments: ["train.nn", "--epochs", "3"])
        _ = nn.run("import sys\nprint(sys.argv)", file: "train.nn")
        #expect(out.text == "['train.nn', '--epochs', '3']\n")
    }

    @Test func deepRecursionIsAnErrorNotACrash() {
        let nn = Interpreter(output: CapturedOutput())
        let r = nn.run("import sys\nsys.setrecursionlimit(15000)\ndef f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nf(14000)", file: "deep.nn")
        #expect(r.error == nil, "\(r.error?.render() ?? "")")
        let r2 = nn.run("def g(n):\n    return g(n + 1)\ng(0)", file: "deep.nn")
        #expect(r2.error?.kind == "RecursionError")
    }

    @Test func droppingDeeplyNestedDataDoesNotCrash() {
        let nn = Interpreter(output: CapturedOutput())
        #expect(nn.run("deep = []\nfor i in range(200000):\n    deep = [deep]\n", file: "d.nn").error == nil)
        nn.reset()   // releases the old runtime (and the 200,000-deep list) from this thread
        #expect(nn.run("x = 1", file: "d.nn").error == nil)
    }

    @Test func hugeAllocationsAreErrors() {
        let nn = Interpreter(output: CapturedOutput())
        #expect(nn.run("list(range(10**12))", file: "h.nn").error?.kind == "MemoryError")
        #expect(nn.run("[0] * 10**10", file: "h.nn").error?.kind == "MemoryError")
        #expect(nn.run("'ab' * 10**12", file: "h.nn").error?.kind == "MemoryError")
    }

    @Test func parserNestingIsBounded() {
        let nn = Interpreter(output: CapturedOutput())
        let parens = String(repeating: "(", count: 100_000)
        #expect(nn.parse("x = " + parens, file: "p.nn").syntaxErrors.first?.message == "too many nested parentheses")
        let minus = "x = " + String(repeating: "-", count: 100_000) + "1"
        #expect(nn.parse(minus, file: "m.nn").syntaxErrors.first?.message.hasPrefix("expression too deeply nested") == true)
    }

    @Test func diagnosticsRenderWithAndWithoutColour() {
        let d = Diagnostic(kind: "NameError", message: "name 'x' is not defined", file: "a.nn", line: 3, column: 5,
                           length: 1, sourceLine: "    x", frames: [TraceFrame(function: "f", file: "a.nn", line: 9)])
        #expect(d.render() == "a.nn:3:5: NameError: name 'x' is not defined\n   3 |     x\n     |     ^\n  in f (a.nn:9)")
        let coloured = d.render(color: true)
        #expect(coloured.contains("\u{1B}[") && coloured.replacingOccurrences(of: "\u{1B}[1;31m", with: "").contains("NameError"))
        let noPlace = Diagnostic(kind: "KeyboardInterrupt", message: "", file: nil, line: nil, column: nil, length: 0, sourceLine: nil)
        #expect(noPlace.render() == "KeyboardInterrupt")
    }

    @Test func longSourceLinesAreCutAroundTheCaret() {
        // 500 characters; the error sits at column 201 (0-based 200), 3 wide.
        let text = String(repeating: "a", count: 200) + "BAD" + String(repeating: "b", count: 297)
        let d = Diagnostic(kind: "NameError", message: "m", file: "a.nn", line: 1, column: 201, length: 3, sourceLine: text)
        let lines = d.render().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let shown = String(lines[1].dropFirst("   1 | ".count))
        let carets = String(lines[2].dropFirst("     | ".count))
        #expect(shown.hasPrefix("…") && shown.hasSuffix("…"))
        #expect(shown.count == Diagnostic.sourceWidth + 2)
        // The carets still point at BAD inside the window.
        let start = carets.count - 3
        #expect(carets.hasSuffix("^^^") && String(Array(shown)[start..<(start + 3)]) == "BAD")
        // A line within the width is shown whole.
        #expect(Diagnostic.window("short", column: 1, length: 2) == ("short", 1, 2))
    }
}

/// Hands an interpreter to another thread for `interrupt()`, which is thread-safe.
final class InterpreterBox: @unchecked Sendable {
    let interpreter: Interpreter
    init(_ interpreter: Interpreter) { self.interpreter = interpreter }
}
