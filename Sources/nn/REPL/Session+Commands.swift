import Foundation
import NNLang

/// REPL commands: `:help`, `?name`, `:time`, `:vars`, `:load`, `:save`, `:reset`, `:quit`.
extension Session {
    /// The text of `:help`.
    static let helpText = """
        Type nn code (Python syntax); a block ends on an empty line. An expression's value is
        shown; a trailing ';' hides it. Tab completes names, members after '.', and file names
        inside strings. Ctrl-C stops a running statement (the session keeps its variables) or
        clears the line; Ctrl-D or :quit leaves.

        Commands:
          ?NAME          signature and documentation of NAME (also help(obj))
          :help          this text
          :time STMT     run one statement and report its wall time
          :vars          your variables with type and shape
          :load FILE     run a .nn file in this session
          :save FILE     write this session's inputs and outputs as a .nn notebook
          :reset         forget all variables and the recorded inputs
          :quit          leave (also Ctrl-D, exit())
        """

    /// Carries out a command line (it starts with `:` or `?`).
    func command(_ line: String) {
        if line.hasPrefix("?") {
            showHelp(for: String(line.dropFirst()).trimmingCharacters(in: .whitespaces))
            return
        }
        let body = line.dropFirst()
        let name = String(body.prefix { $0 != " " })
        let argument = String(body.dropFirst(name.count)).trimmingCharacters(in: .whitespaces)
        switch name {
        case "help", "h", "?": output.writeUnrecorded(Session.helpText + "\n")
        case "quit", "q", "exit": exitStatus = 0
        case "reset":
            interpreter.reset()
            transcript.removeAll()
            output.writeUnrecorded(output.style.note("Session reset: variables and recorded inputs cleared.") + "\n")
        case "vars": output.writeUnrecorded(VariableTable(interpreter: interpreter).render())
        case "time": time(argument)
        case "load": load(argument)
        case "save": save(argument)
        default:
            let known = ["help", "quit", "reset", "vars", "time", "load", "save"]
            let close = known.first { $0.hasPrefix(name) && !name.isEmpty }
            complain("Unknown command ':\(name)'" + (close.map { " (did you mean ':\($0)'?)" } ?? "") + "; type :help for the list.")
        }
    }

    /// `?name`: the signature and documentation of a name or dotted path.
    func showHelp(for path: String) {
        if path.isEmpty {
            output.writeUnrecorded(Session.helpText + "\n")
            return
        }
        guard let value = interpreter.peek(path) else {
            complain("NameError: name '\(path)' is not defined")
            return
        }
        output.writeUnrecorded(interpreter.runtime.helpText(for: value) + "\n")
    }

    /// `:time STMT`: runs one complete input and prints its wall time.
    func time(_ code: String) {
        guard !code.isEmpty else {
            complain(":time needs a statement, as in :time train(model)")
            return
        }
        let start = DispatchTime.now().uptimeNanoseconds
        run(code + "\n", file: "<stdin>")
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        output.flush()
        output.finishLine()
        output.writeUnrecorded(output.style.note("Wall time: \(Session.formatDuration(elapsed))") + "\n")
    }

    /// A duration with a unit that keeps three or four significant digits.
    static func formatDuration(_ seconds: Double) -> String {
        if seconds >= 1 { return String(format: "%.3f s", seconds) }
        if seconds >= 1e-3 { return String(format: "%.2f ms", seconds * 1e3) }
        return String(format: "%.1f µs", seconds * 1e6)
    }

    /// `:load FILE`: runs a file in the session, stopping at its first error, as a script.
    func load(_ path: String) {
        guard !path.isEmpty else {
            complain(":load needs a file name, as in :load lesson.nn")
            return
        }
        let expanded = (path as NSString).expandingTildeInPath
        guard let data = FileManager.default.contents(atPath: expanded) else {
            complain("can't open file '\(path)': No such file or directory")
            return
        }
        guard let text = String(data: data, encoding: .utf8) else {
            complain("'\(path)' is not UTF-8 text")
            return
        }
        let before = transcript.entries.count
        run(text, file: path)
        // Mark where the file's statements start in the saved notebook.
        transcript.insertNote("# :load \(path)", at: before)
    }

    /// `:save FILE`: writes the transcript as a notebook (to a temporary file, then renamed).
    func save(_ path: String) {
        guard !path.isEmpty else {
            complain(":save needs a file name, as in :save session.nn")
            return
        }
        let expanded = (path as NSString).expandingTildeInPath
        let url = URL(fileURLWithPath: expanded)
        do {
            try Data(transcript.notebook.utf8).write(to: url, options: .atomic)
        } catch {
            complain("can't write '\(path)': \(error.localizedDescription)")
            return
        }
        let n = transcript.entries.count
        output.writeUnrecorded(output.style.note("Saved \(n) statement\(n == 1 ? "" : "s") to \(path)") + "\n")
    }
}
