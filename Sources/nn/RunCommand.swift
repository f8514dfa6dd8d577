import ArgumentParser
import Foundation
import NNLang

/// `nn run FILE [ARGS...]`, `nn -c CODE`: runs a script and exits with its status.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run an nn script (the default: `nn FILE.nn` is `nn run FILE.nn`).",
        discussion: """
            Prints what the script prints; a top-level expression statement shows its value's repr \
            (a trailing ';' hides it). Syntax errors are all reported before anything runs; a runtime \
            error stops the script with the error's place and call frames. Use '-' as FILE to read \
            the script from standard input.
            """
    )

    @Option(name: .customShort("c"), parsing: .unconditional,
            help: ArgumentHelp("Run CODE instead of a file.", valueName: "code"))
    var code: String?

    @Argument(help: ArgumentHelp("The script to run ('-' reads standard input).", valueName: "file"))
    var file: String?

    @Argument(parsing: .captureForPassthrough, help: "Arguments for the script (sys.argv[1:]).")
    var arguments: [String] = []

    func run() throws {
        let source: String, name: String
        var argv: [String]
        if let code {
            source = code
            name = "<string>"
            argv = ["-c"] + (file.map { [$0] } ?? []) + arguments
        } else if let file, file != "-" {
            guard let data = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("nn: can't open file '\(file)': No such file or directory\n".utf8))
                throw ExitCode(2)
            }
            guard let text = String(data: data, encoding: .utf8) else {
                FileHandle.standardError.write(Data("nn: '\(file)' is not UTF-8 text\n".utf8))
                throw ExitCode(1)
            }
            source = text
            name = file
            argv = [file] + arguments
        } else {
            if file == nil {
                // No script: the REPL (interactive on a terminal, statement by statement from a pipe).
                let status = REPL.main()
                if status != 0 { throw ExitCode(status) }
                return
            }
            source = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            name = "<stdin>"
            argv = ["-"] + arguments
        }
        let status = ScriptRunner.run(source: source, name: name, arguments: argv)
        if status != 0 { throw ExitCode(status) }
    }
}

/// Runs a whole script with Ctrl-C wired to KeyboardInterrupt and errors on stderr.
enum ScriptRunner {
    static func run(source: String, name: String, arguments: [String]) -> Int32 {
        let interpreter = Interpreter(arguments: arguments)
        Interrupt.prepare()
        // A parent may start us with SIGINT blocked (the mask is inherited); unblock it so
        // Ctrl-C always reaches the handler. Threads started later inherit this mask.
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &mask, nil)
        signal(SIGINT) { _ in
            // A second Ctrl-C while the first is still pending ends the process at once.
            if Interrupt.isPending { _exit(130) }
            Interrupt.request()
        }
        let result = interpreter.run(source, file: name)
        interpreter.output.flush()
        let color = isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        var report = ""
        for d in result.syntaxErrors { report += d.render(color: color) + "\n" }
        if let e = result.error { report += e.render(color: color) + "\n" }
        if !report.isEmpty { FileHandle.standardError.write(Data(report.utf8)) }
        return result.exitCode
    }
}
