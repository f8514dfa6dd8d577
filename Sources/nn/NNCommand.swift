import ArgumentParser
import Foundation
import NNLang
import NNTensor

/// The `nn` command: subcommands, with `run` as the default so `nn FILE.nn` and
/// `nn -c CODE` work directly.
struct NNCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nn",
        abstract: "A notebook-style scripting REPL for learning neural networks.",
        discussion: """
            Running scripts:
              nn FILE.nn [ARGS...]   run FILE.nn; ARGS become sys.argv[1:]
              nn -c CODE [ARGS...]   run CODE
              nn                     the interactive session (docs/repl.md)
              nn - < FILE.nn         run the script read from standard input

            Notebooks (.nn scripts and Markdown files with ```nn blocks):
              nn update FILE...      run and write each statement's output under it
              nn check FILE...       re-run and fail when the output drifted
              nn export FILE --to ipynb|html|md

            Exit status: 0 success, 1 error in the script, 2 bad command-line usage,
            130 interrupted (Ctrl-C).
            """,
        version: NNLangLibrary.version,
        subcommands: [RunCommand.self, UpdateCommand.self, CheckCommand.self, ExportCommand.self],
        defaultSubcommand: RunCommand.self
    )
}

/// Entry point: parses the command line, maps usage errors to exit status 2.
@main
enum NNMain {
    static func main() {
        // OpenBLAS picks its kernels at load time and misdetects some virtual CPUs; restart
        // with the right kernel set before doing anything else.
        BLAS.restartWithTunedKernelsIfNeeded()
        do {
            var command = try NNCommand.parseAsRoot()
            try command.run()
        } catch {
            let code = NNCommand.exitCode(for: error)
            if code == .validationFailure {
                let message = NNCommand.fullMessage(for: error)
                FileHandle.standardError.write(Data((message + "\n").utf8))
                FileHandle.standardError.write(Data("Run 'nn --help' for usage.\n".utf8))
                exit(2)
            }
            NNCommand.exit(withError: error)
        }
    }
}
