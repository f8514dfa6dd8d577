import ArgumentParser
import Foundation
import NNLang
import NNNotebook

/// `nn update FILE...`: runs notebooks and writes their outputs back under the code.
struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Run notebooks and write every output under the statement that made it.",
        discussion: """
            For an nn script, each top-level statement's output is written right after it as '#> ' \
            lines, and the error that stops the run as '#! ' lines; old output lines are replaced and \
            every other byte of the file stays as it was. For Markdown (.md), each ```nn block's output \
            goes into an ```output block right after it. Statements after an error get no output. \
            The file is replaced atomically and only when it changed; Ctrl-C leaves it untouched. \
            A directory stands for the .nn files under it.

            Exit status: 0 when every file was updated (a script that stops on an error is recorded, \
            not a failure), 1 when a file could not be read or written, 130 on Ctrl-C.
            """
    )

    @Argument(help: ArgumentHelp("Notebook files (.nn or .md) or directories.", valueName: "file"))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("Missing expected argument '<file> ...'") }
    }

    func run() throws {
        NotebookInterrupts.install()
        var failed = false
        for path in NotebookPaths.expand(files) {
            do {
                let outcome = try NotebookFile.update(path)
                var note = outcome.changed ? "updated" : "unchanged"
                if case .error(let kind)? = outcome.stop {
                    note += " (stopped with \(kind)" + (outcome.stopLine.map { " at line \($0)" } ?? "") + ")"
                } else if case .exit(let status)? = outcome.stop {
                    note += " (the script exited with status \(status)" + (outcome.stopLine.map { " at line \($0)" } ?? "") + ")"
                }
                Console.error("\(path): \(note)")
            } catch .interrupted(let file) {
                Console.error("\(file): interrupted; the file was left as it was")
                throw ExitCode(130)
            } catch {
                Console.error(error.description)
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}

/// Ctrl-C during a notebook run stops the running statement with KeyboardInterrupt; a second
/// Ctrl-C while the first is pending ends the process at once.
enum NotebookInterrupts {
    static func install() {
        Interrupt.prepare()
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &mask, nil)
        signal(SIGINT) { _ in
            if Interrupt.isPending { _exit(130) }
            Interrupt.request()
        }
    }
}

/// Messages on standard error.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
