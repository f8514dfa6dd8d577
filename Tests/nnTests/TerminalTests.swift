import Foundation
import Testing

/// The interactive session on a real pseudo-terminal (tmux): prompts and continuation lines,
/// Tab completion, Ctrl-C during a loop and at the prompt, Ctrl-D, the history file, colour.
/// The screens expected are CPython's REPL habits (`>>> `, `... `, values shown).
@Suite(.serialized, .enabled(if: TmuxTerminal.isAvailable, "tmux is not installed"))
struct TerminalTests {
    @Test func promptsContinuationLinesAndShownValues() throws {
        let t = try TmuxTerminal(TmuxTerminal.nnCommand())
        try t.waitFor(">>>")
        try t.enter("def double(n):")
        try t.enter("    return n * 2")
        try t.enter("")
        try t.enter("double(21)")
        let screen = try t.screen()
        #expect(screen.contains(">>> def double(n):\n...     return n * 2\n...\n>>> double(21)\n42\n>>>"))
    }

    @Test func tabCompletesModuleMembersAndAttributes() throws {
        let t = try TmuxTerminal(TmuxTerminal.nnCommand())
        try t.waitFor(">>>")
        try t.type("x = math.fact")
        try t.press("Tab")
        try t.waitFor(">>> x = math.factorial(")
        try t.enter("5)")
        try t.enter("class Model:")
        try t.enter("    def parameters(self):")
        try t.enter("        return [1]")
        try t.enter("")
        try t.enter("model = Model()")
        try t.type("model.pa")
        try t.press("Tab")
        try t.waitFor(">>> model.parameters(")
        try t.line(")")
        try t.waitFor("[1]\n>>>")
        try t.line("x")
        try t.waitFor("120\n>>>")
    }

    @Test(.enabled(if: (try? NNProcess.run(stdin: "np.linspace\n").status) == 0, "the numpy binding is not registered"))
    func tabCompletesNumpy() throws {
        let t = try TmuxTerminal(TmuxTerminal.nnCommand())
        try t.waitFor(">>>")
        try t.type("np.linsp")
        try t.press("Tab")
        try t.waitFor(">>> np.linspace(")
    }

    @Test func controlCStopsALoopAndTheSessionKeepsItsVariables() throws {
        let t = try TmuxTerminal(TmuxTerminal.nnCommand())
        try t.waitFor(">>>")
        try t.enter("kept = 7")
        try t.enter("i = 0")
        try t.enter("while True:")
        try t.enter("    i += 1")
        try t.enter("    if i == 1: print('looping')")
        try t.line("")
        try t.waitFor("looping")
        try t.press("C-c")
        try t.waitFor("KeyboardInterrupt")
        try t.enter("kept * 6")
        #expect(try t.screen().contains("\n42\n>>>"))
    }

    @Test func controlCAtThePromptClearsTheLine() throws {
        let t = try TmuxTerminal(TmuxTerminal.nnCommand())
        try t.waitFor(">>>")
        try t.type("this is not finished")
        try t.press("C-c")
        try t.line("1 + 1")
        let screen = try t.waitFor("2\n>>>")
        #expect(!screen.contains("Error"))
        // A pending block is dropped too.
        try t.line("for i in range(3):")
        try t.press("C-c")
        try t.line("'fresh'")
        try t.waitFor("'fresh'\n>>>")
    }

    @Test func controlDLeavesWithStatus0() throws {
        let t = try TmuxTerminal(TmuxTerminal.nnCommand())
        try t.waitFor(">>>")
        try t.line("1/0")
        try t.waitFor("ZeroDivisionError")
        try t.press("C-d")
        try t.waitFor("[exit 0]")
    }

    @Test func historyIsWrittenAndReloaded() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nn-history-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            let t = try TmuxTerminal(TmuxTerminal.nnCommand(history: path))
            try t.waitFor(">>>")
            try t.enter("marker = 'from the first session'")
            try t.enter("")
            try t.enter("marker")
            try t.waitFor("'from the first session'\n>>>")
            // Appended per input: the file has the lines before the session ends.
            let written = try String(contentsOfFile: path, encoding: .utf8)
            #expect(written == "marker = 'from the first session'\nmarker\n")
            try t.press("C-d")
            try t.waitFor("[exit 0]")
        }
        let t = try TmuxTerminal(TmuxTerminal.nnCommand(history: path))
        try t.waitFor(">>>")
        try t.press("Up", "Up")
        try t.waitFor(">>> marker = 'from the first session'")
        try t.press("Enter")
        try t.line("marker.upper()")
        try t.waitFor("'FROM THE FIRST SESSION'\n>>>")
    }

    @Test func valuesAreColouredUnlessNoColorIsSet() throws {
        let coloured = try TmuxTerminal(TmuxTerminal.nnCommand())
        try coloured.waitFor(">>>")
        try coloured.line("[10, 20]")
        // The input line, then the shown value: two occurrences.
        let screen = try coloured.waitFor("the shown value", escapes: true) { $0.components(separatedBy: "[10, 20]").count >= 3 }
        #expect(screen.contains("\u{1B}[36m[10, 20]"))

        let plain = try TmuxTerminal(TmuxTerminal.nnCommand(environment: ["NO_COLOR": "1"]))
        try plain.waitFor(">>>")
        try plain.line("[10, 20]")
        try plain.waitFor("[10, 20]\n>>>")
        #expect(!(try plain.screen(escapes: true)).contains("\u{1B}"))
    }
}
