import ArgumentParser
import Foundation
import NNLang
import NNNotebook

/// `nn check FILE...`: re-runs notebooks and compares their output with the recorded lines.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Re-run notebooks and fail when their output drifted from the recorded lines.",
        discussion: """
            Text must match exactly; numbers may differ within a relative tolerance (1e-6 by default); \
            a '#> ...' line matches any run of lines. A comment '# nn: tolerance=1e-2' or \
            '# nn: skip-check' directly above a statement changes its rule; '# nn: file tolerance=1e-4' \
            before the first statement changes the whole file's. Drift is shown as a unified diff with \
            file:line headers. A directory stands for the .nn files under it.

            Prints 'N passed, N failed' (files) at the end. Exit status: 0 when every file passed, \
            1 otherwise.
            """
    )

    @Argument(help: ArgumentHelp("Notebook files (.nn or .md) or directories.", valueName: "file"))
    var files: [String]

    @Flag(name: .shortAndLong, help: "Also name each file that passed.")
    var verbose = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("Missing expected argument '<file> ...'") }
    }

    func run() throws {
        NotebookInterrupts.install()
        var passed = 0, failed = 0, interrupted = false
        for path in NotebookPaths.expand(files) {
            let report = NotebookFile.check(path)
            if report.passed {
                passed += 1
                if verbose { Console.out("ok \(path)\n") }
            } else {
                failed += 1
                Console.out(report.rendered + "FAILED \(path)\n")
            }
            if report.interrupted { interrupted = true; break }
        }
        Console.out("\(passed) passed, \(failed) failed\n")
        if interrupted { throw ExitCode(130) }
        if failed > 0 { throw ExitCode(1) }
    }
}
