import Foundation
import NNLang

/// The interactive session: prompts `>>> ` and `... `, readline editing, history and
/// completion; Ctrl-C stops a running statement or clears the line, Ctrl-D leaves.
enum InteractiveLoop {
    /// Runs until Ctrl-D, `:quit` or `exit()`; returns the exit status (0 unless `exit(n)`).
    static func run() -> Int32 {
        let output = SessionOutput(style: Style(fd: STDOUT_FILENO))
        let session = Session(output: output, errorStyle: Style(fd: STDERR_FILENO))
        session.newlineBeforeInterrupt = true
        InterruptSignal.install()
        let completer = Completer(interpreter: session.interpreter)
        LineEditor.configure(
            completion: { prefix, start in completer.candidates(prefix: prefix, start: start) },
            wordBreaks: { prefix in Completer.wordBreaks(for: prefix) })
        let history = HistorySettings()
        if let path = history.path { LineEditor.loadHistory(path: path, limit: history.limit) }
        output.writeUnrecorded(output.style.note(
            "nn \(NNLangLibrary.version) — type :help for help, Ctrl-D to leave.") + "\n")

        var assembler = InputAssembler()
        loop: while session.exitStatus == nil {
            output.finishLine()
            InterruptSignal.reset()
            let prompt = output.style.prompt(assembler.isPending ? "... " : ">>> ")
            switch LineEditor.read(prompt: prompt, waitForInput: { InterruptSignal.waitForInput(on: STDIN_FILENO) }) {
            case .interrupt:
                assembler.discard()
            case .endOfInput:
                output.writeUnrecorded("\n")
                break loop
            case .line(let text):
                remember(text, history: history)
                // A bracketed paste arrives as one text with newlines: its lines are read as a
                // stream (empty lines inside blocks kept); the last one was ended by Enter.
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                for (i, line) in lines.enumerated() {
                    for event in assembler.add(String(line), blankEndsBlock: i == lines.count - 1) {
                        InterruptSignal.reset()
                        session.handle(event)
                        if session.exitStatus != nil { break loop }
                    }
                }
            }
        }
        output.flush()
        if let path = history.path { LineEditor.trimHistory(path: path, limit: history.limit) }
        return session.exitStatus ?? 0
    }

    /// Adds the non-empty lines of an input to the history and appends them to the file.
    private static func remember(_ text: String, history: HistorySettings) {
        for line in text.split(separator: "\n") where !InputAssembler.trimmed(String(line)).isEmpty {
            let entry = String(line)
            if LineEditor.lastHistoryEntry == entry { continue }
            LineEditor.addHistory(entry)
            if let path = history.path { LineEditor.appendHistory(path: path) }
        }
    }
}
