import Foundation
import Testing
@testable import NNLang

/// The REPL's side of the embedding API: looking at values without running nn code
/// (completion, `?name`, `:vars`), whether an input opened a block, and which output is a
/// shown value. `Interrupt.cancel` changes the process-wide flag, so it is tested through the
/// REPL in a terminal (nnTests), not beside other tests running in this process. Expected
/// completions follow CPython's rlcompleter (`math.fa` → `math.fabs(`, `math.factorial(`;
/// `whi` → `while `; `try` → `try:`; `els` → `else`).
@Suite(.serialized)
struct InspectionTests {
    /// A session with a class, containers, and attribute access that prints when it runs.
    static func session() -> (Interpreter, CapturedOutput) {
        let out = CapturedOutput()
        let nn = Interpreter(output: out)
        let r = nn.run("""
            class Layer:
                def __init__(self):
                    self.size = 3
                def forward(self, x):
                    return x
            class Noisy:
                def __getattr__(self, name):
                    print("getattr ran")
                    return Layer()
                @property
                def loud(self):
                    print("property ran")
                    return Layer()
                def __getitem__(self, i):
                    print("getitem ran")
                    return Layer()
            layers = [Layer(), Layer()]
            cfg = {"first": Layer(), 2: "two"}
            noisy = Noisy()
            """, file: "setup.nn")
        #expect(r.error == nil && r.syntaxErrors.isEmpty)
        return (nn, out)
    }

    @Test(arguments: [
        ("layers[0].size", "3"), ("layers[-1].size", "3"), ("cfg['first'].size", "3"), ("cfg[2]", "'two'"),
        ("cfg[\"first\"]", "<__main__.Layer object>"), ("math.pi", "3.141592653589793"), ("layers [ 1 ] . size", "3"),
    ])
    func peekFollowsAttributesAndLiteralSubscripts(_ path: String, _ repr: String) throws {
        let (nn, _) = InspectionTests.session()
        let v = try #require(nn.peek(path))
        #expect(try nn.runtime.repr(v) == repr)
    }

    @Test(arguments: ["layers[5]", "layers[0].missing", "Layer().size", "layers[i]", "cfg['x", "nosuch",
                      "noisy.loud", "noisy.anything", "noisy[0]", "layers[0]."])
    func peekRefusesWhatWouldRunCodeOrIsMissing(_ path: String) {
        let (nn, out) = InspectionTests.session()
        _ = out.take()
        #expect(nn.peek(path) == nil)
        #expect(out.take() == "", "no nn code may run")
    }

    @Test func memberCompletionsMarkCallables() {
        let (nn, _) = InspectionTests.session()
        #expect(nn.memberCompletions(of: "math", prefix: "fa") == ["fabs(", "factorial("])
        #expect(nn.memberCompletions(of: "layers[0]", prefix: "") == ["forward(", "size"])
        #expect(nn.memberCompletions(of: "layers[0]", prefix: "__ini") == ["__init__("])
        #expect(nn.memberCompletions(of: "Layer", prefix: "f") == ["forward("])
        #expect(nn.memberCompletions(of: "noisy", prefix: "lo") == ["loud"])
        #expect(nn.memberCompletions(of: "nosuch", prefix: "").isEmpty)
    }

    @Test func nameCompletionsIncludeGlobalsBuiltinsAndKeywords() {
        let (nn, _) = InspectionTests.session()
        #expect(nn.nameCompletions(prefix: "lay") == ["layers"])
        #expect(nn.nameCompletions(prefix: "La") == ["Layer("])
        #expect(nn.nameCompletions(prefix: "whi") == ["while "])
        #expect(nn.nameCompletions(prefix: "tr") == ["transforms", "try:"])
        #expect(nn.nameCompletions(prefix: "els") == ["else"])
        #expect(nn.nameCompletions(prefix: "Tr") == ["True"])
        #expect(nn.nameCompletions(prefix: "le") == ["len("])
        #expect(nn.nameCompletions(prefix: "mat") == ["math"])
        // LANGUAGE.md, "Lexical structure": Python's keywords without async, await and yield.
        #expect(Interpreter.keywords == ["False", "None", "True", "and", "as", "assert", "break", "class", "continue",
                                         "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
                                         "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass",
                                         "raise", "return", "try", "while", "with"])
    }

    @Test(arguments: [
        ("x = 1\n", false), ("def f():\n    pass\n", true), ("if x: y = 1\n", true),
        ("for i in r:\n    pass\n", true), ("class A:\n    pass\n", true), ("x = 1; y = 2\n", false),
        ("with a:\n    pass\n", true), ("try:\n    pass\nexcept E:\n    pass\n", true),
        ("while x:\n    pass\n", true), ("d = {1:\n 2}\n", false),
    ])
    func opensBlock(_ text: String, _ expected: Bool) {
        #expect(Interpreter.opensBlock(text) == expected)
    }

    /// Records, for each write, whether the interpreter said a value was being shown.
    final class FlagSink: OutputSink {
        var writes: [(String, Bool)] = []
        var interpreter: Interpreter?
        let isTerminal = false
        func write(_ text: String) { writes.append((text, interpreter?.isShowingValue ?? false)) }
        func flush() {}
    }

    @Test func onlyTheShownValueIsFlaggedAsShown() {
        let sink = FlagSink()
        let nn = Interpreter(output: sink)
        sink.interpreter = nn
        let p = nn.parse("def f():\n    print('inside')\n    return 5\nf()\nprint('after')\n", file: "show.nn")
        for s in p.statements { _ = nn.execute(s) }
        #expect(sink.writes.map(\.0).joined() == "inside\n5\nafter\n")
        #expect(sink.writes.filter(\.1).map(\.0) == ["5\n"])
    }
}
