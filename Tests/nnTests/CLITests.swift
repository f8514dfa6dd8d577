import Foundation
import Testing

/// The `nn` tool as a process: running files, `-c`, standard input, exit codes, the error
/// format on stderr, script arguments, help, and Ctrl-C.
@Suite(.serialized)
struct CLITests {
    struct Outcome {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The built `nn` binary, next to the test bundle in the build products directory.
    static var binary: URL? {
        let start = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for dir in [start, start.deletingLastPathComponent(), start.deletingLastPathComponent().deletingLastPathComponent()] {
            let candidate = dir.appendingPathComponent("nn")
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDir), !isDir.boolValue { return candidate }
        }
        return nil
    }

    /// Runs nn with `arguments` (and `stdin` text), optionally sending SIGINT after a delay.
    func nn(_ arguments: [String], stdin: String? = nil, interruptAfter: Double? = nil, cwd: URL? = nil) throws -> Outcome {
        let binary = try #require(CLITests.binary, "nn binary not found next to the tests")
        let p = Process()
        p.executableURL = binary
        p.arguments = arguments
        if let cwd { p.currentDirectoryURL = cwd }
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        if let delay = interruptAfter {
            Thread.sleep(forTimeInterval: delay)
            kill(p.processIdentifier, SIGINT)
            // Never hang the suite: a process that ignores the interrupt is killed.
            let pid = p.processIdentifier
            DispatchQueue.global().asyncAfter(deadline: .now() + 10) { kill(pid, SIGKILL) }
        }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Outcome(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    /// A temporary directory holding one script.
    func script(_ name: String, _ text: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nn-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        return dir
    }

    @Test func runsCodeFromDashC() throws {
        let r = try nn(["-c", "print(1 + 1)\n[1, 2]"])
        #expect(r.status == 0)
        #expect(r.stdout == "2\n[1, 2]\n")
        #expect(r.stderr.isEmpty)
    }

    @Test func runsAFileAndPassesArguments() throws {
        let dir = try script("args.nn", "import sys\nprint(sys.argv)\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try nn(["args.nn", "a", "--flag"], cwd: dir)
        #expect(r.status == 0)
        #expect(r.stdout == "['args.nn', 'a', '--flag']\n")
        let explicit = try nn(["run", "args.nn", "x"], cwd: dir)
        #expect(explicit.stdout == "['args.nn', 'x']\n")
    }

    @Test func runtimeErrorsGoToStderrWithExitStatus1() throws {
        let dir = try script("bad.nn", "def f(x):\n    return x / 0\nprint('before')\nf(1)\nprint('after')\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try nn(["bad.nn"], cwd: dir)
        #expect(r.status == 1)
        #expect(r.stdout == "before\n")
        #expect(r.stderr == """
            bad.nn:2:12: ZeroDivisionError: division by zero
               2 |     return x / 0
                 |            ^^^^^
              in f (bad.nn:4)

            """)
    }

    @Test func syntaxErrorsAreAllReportedAndNothingRuns() throws {
        let dir = try script("syntax.nn", "print('never')\nif x\n    pass\ny = (1 +\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try nn(["syntax.nn"], cwd: dir)
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.components(separatedBy: "SyntaxError").count == 3)
        #expect(r.stderr.hasPrefix("syntax.nn:2:5: SyntaxError: expected ':'"))
    }

    @Test func usageErrorsExitWith2() throws {
        #expect(try nn(["--no-such-option"]).status == 2)
        let missing = try nn(["does-not-exist.nn"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("can't open file 'does-not-exist.nn'"))
    }

    @Test func readsTheScriptFromStandardInput() throws {
        let r = try nn([], stdin: "x = 21\nprint(x * 2)\n")
        #expect(r.status == 0 && r.stdout == "42\n")
        let dash = try nn(["-"], stdin: "print('dash')\n")
        #expect(dash.stdout == "dash\n")
    }

    @Test func exitSetsTheStatus() throws {
        #expect(try nn(["-c", "exit(7)"]).status == 7)
        #expect(try nn(["-c", "import sys\nsys.exit(0)\nprint('no')"]).stdout.isEmpty)
    }

    @Test func helpDescribesTheCommand() throws {
        let r = try nn(["--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("nn FILE.nn [ARGS...]"))
        #expect(r.stdout.contains("nn -c CODE"))
        #expect(r.stdout.contains("2 bad command-line usage"))
        let run = try nn(["run", "--help"])
        #expect(run.stdout.contains("-c <code>"))
    }

    @Test func controlCStopsARunawayLoop() throws {
        let r = try nn(["-c", "print('start', flush=True)\nwhile True:\n    pass\n"], interruptAfter: 0.5)
        #expect(r.status == 130)
        #expect(r.stdout == "start\n")
        #expect(r.stderr.hasPrefix("<string>:2:1: KeyboardInterrupt"), "\(r.stderr)")
    }

    /// Output to a pipe is block-buffered, but a line printed inside a long statement (a
    /// training loop) reaches the reader within a fraction of a second, not when the
    /// statement ends.
    @Test func aPipeGetsLinesWhileALoopRuns() throws {
        let binary = try #require(CLITests.binary, "nn binary not found next to the tests")
        let p = Process()
        p.executableURL = binary
        p.arguments = ["-c", "for i in range(2):\n    print('epoch', i)\n    time.sleep(3)\n"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        let started = Date()
        try p.run()
        let first = out.fileHandleForReading.availableData  // blocks until the first bytes come
        let waited = Date().timeIntervalSince(started)
        p.waitUntilExit()
        #expect(String(decoding: first, as: UTF8.self) == "epoch 0\n")
        #expect(waited < 2.5, "the first line came after \(waited) s, with the loop's end")
    }
}
