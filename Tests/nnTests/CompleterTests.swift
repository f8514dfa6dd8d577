import Foundation
import NNLang
import Testing
@testable import nn

/// Tab completion: where the cursor is (code, string, comment, command), which path precedes
/// a dot, and the candidates. Expected candidate spellings follow CPython's rlcompleter
/// (`math.fa` → `fabs(`, `factorial(`; `pri` → `print(`; `whi` → `while `), checked with
/// `rlcompleter.Completer({'math': math}).complete(...)` on CPython 3.12.
@Suite struct CompleterTests {
    /// A session with a small model-like class, containers and a class whose attribute
    /// access has visible side effects.
    static func session() -> (Interpreter, CapturedOutput) {
        let out = CapturedOutput()
        let nn = Interpreter(output: out)
        let setup = """
            class Model:
                def __init__(self):
                    self.weight = 1
                def parameters(self):
                    return [self.weight]
            model = Model()
            layers = [Model()]
            cfg = {"net": Model()}
            class Noisy:
                def __getattr__(self, name):
                    print("getattr ran")
                    return 1
                @property
                def loud(self):
                    print("property ran")
                    return Model()
            noisy = Noisy()
            """
        let result = nn.run(setup, file: "setup.nn")
        #expect(result.error == nil && result.syntaxErrors.isEmpty)
        return (nn, out)
    }

    func complete(_ line: String, _ completer: Completer) -> [String] {
        let bytes = Array(line.utf8)
        // Where readline would start the word, given the break characters for this line.
        let breaks = Set(Completer.wordBreaks(for: bytes).utf8)
        var start = bytes.count
        while start > 0, !breaks.contains(bytes[start - 1]) { start -= 1 }
        return completer.candidates(prefix: bytes, start: start)
    }

    @Test(arguments: [
        ("open(\"da", Completer.Context.string(contentStart: 6)),
        ("x = '''doc", .string(contentStart: 7)),
        ("s = \"a\\\"b", .string(contentStart: 5)),
        ("\"done\" + x", .code),
        ("x = 1  # note", .none),
        ("s = '#' + na", .code),
        (":lo", .commandName),
        (":load da", .commandFile(argumentStart: 6)),
        (":time np.li", .code),
        (":vars x", .none),
        ("?np.lin", .code),
    ])
    func context(_ line: String, _ expected: Completer.Context) {
        #expect(Completer.context(of: Array(line.utf8)) == expected)
    }

    @Test(arguments: [
        ("model.fc1.", "model.fc1"),
        ("x = layers[0].", "layers[0]"),
        ("cfg[\"net\"].", "cfg[\"net\"]"),
        ("print(model.", "model"),
    ])
    func pathBeforeTheDot(_ line: String, _ path: String) {
        let bytes = Array(line.utf8)
        #expect(Completer.path(before: bytes.count - 1, in: bytes) == path)
    }

    @Test(arguments: ["f().", "1.", "a.b(c).d.", "(x).", "'s'."])
    func nothingThatNeedsEvaluatingIsAPath(_ line: String) {
        let bytes = Array(line.utf8)
        #expect(Completer.path(before: bytes.count - 1, in: bytes) == nil)
    }

    @Test func namesKeywordsAndModuleMembers() {
        let (nn, _) = CompleterTests.session()
        let c = Completer(interpreter: nn)
        #expect(complete("math.fa", c) == ["fabs(", "factorial("])
        #expect(complete("x = math.sq", c) == ["sqrt("])
        #expect(complete("pri", c) == ["print("])
        #expect(complete("whi", c) == ["while "])
        #expect(complete("if x: pa", c) == ["pass"])
        #expect(complete("mod", c) == ["model"])
        #expect(complete("Mode", c) == ["Model("])
        #expect(complete("Mod", c) == ["Model(", "ModuleNotFoundError("])
        #expect(complete("x = 3.1", c).isEmpty)
    }

    @Test func membersOfTheValueBeforeTheDot() {
        let (nn, _) = CompleterTests.session()
        let c = Completer(interpreter: nn)
        #expect(complete("model.pa", c) == ["parameters("])
        #expect(complete("model.we", c) == ["weight"])
        #expect(complete("layers[0].pa", c) == ["parameters("])
        #expect(complete("cfg[\"net\"].we", c) == ["weight"])
        #expect(complete("layers.app", c) == ["append("])
        #expect(complete("model.__in", c) == ["__init__("])
        #expect(!complete("model.", c).contains { $0.hasPrefix("_") })
        #expect(complete("Model().pa", c).isEmpty, "a call is never evaluated")
    }

    @Test func completionRunsNoNNCode() {
        let (nn, out) = CompleterTests.session()
        let c = Completer(interpreter: nn)
        _ = out.take()
        #expect(complete("noisy.lo", c) == ["loud"])
        #expect(complete("noisy.loud.we", c).isEmpty)
        #expect(complete("noisy.anything.x", c).isEmpty)
        #expect(out.take() == "", "neither the property nor __getattr__ may run")
    }

    @Test func fileNamesInStringsAndCommandArguments() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nn-complete-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("docs"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["data.csv", "docs/lesson 1.nn", ".hidden"] {
            try Data().write(to: dir.appendingPathComponent(name))
        }
        let (nn, _) = CompleterTests.session()
        var c = Completer(interpreter: nn)
        c.directory = dir.path
        #expect(complete("np.loadtxt(\"d", c) == ["data.csv", "docs/"])
        #expect(complete("open('docs/le", c) == ["lesson 1.nn"])
        #expect(complete("open(\".h", c) == [".hidden"])
        #expect(complete("open(\"", c) == ["data.csv", "docs/"])
        #expect(complete(":load da", c) == ["data.csv"])
        #expect(complete(":save docs/", c) == ["lesson 1.nn"])
        #expect(complete("p = \"\(dir.path)/da", c) == ["data.csv"])
    }

    @Test func commandNames() {
        let (nn, _) = CompleterTests.session()
        let c = Completer(interpreter: nn)
        #expect(complete(":l", c) == ["load "])
        #expect(complete(":", c) == Completer.commands)
        #expect(complete(":vars mo", c).isEmpty)
    }
}
