import Foundation
import Testing

/// `nn update`, `nn check` and `nn export` as processes: files written, exit codes, reports.
@Suite(.serialized)
struct NotebookCLITests {
    struct Outcome {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs the built nn with `arguments` in `cwd`, sending SIGINT after `interruptAfter` seconds.
    func nn(_ arguments: [String], cwd: URL, interruptAfter: Double? = nil) throws -> Outcome {
        let binary = try #require(CLITests.binary, "nn binary not found next to the tests")
        let p = Process()
        p.executableURL = binary
        p.arguments = arguments
        p.currentDirectoryURL = cwd
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        if let delay = interruptAfter {
            Thread.sleep(forTimeInterval: delay)
            kill(p.processIdentifier, SIGINT)
            let pid = p.processIdentifier
            DispatchQueue.global().asyncAfter(deadline: .now() + 10) { kill(pid, SIGKILL) }
        }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Outcome(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    /// A fresh directory with the given files.
    func directory(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nn-notebook-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files {
            let url = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return dir
    }

    func read(_ dir: URL, _ name: String) throws -> String {
        try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func updateWritesOutputsKeepsPermissionsAndLeavesNoTemporaryFile() throws {
        let dir = try directory(["lesson.nn": "print('hi')\n"])
        let path = dir.appendingPathComponent("lesson.nn").path
        chmod(path, 0o640)
        let r = try nn(["update", "lesson.nn"], cwd: dir)
        #expect(r.status == 0)
        #expect(r.stderr == "lesson.nn: updated\n")
        #expect(try read(dir, "lesson.nn") == "print('hi')\n#> hi\n")
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["lesson.nn"])
        let again = try nn(["update", "lesson.nn"], cwd: dir)
        #expect(again.status == 0 && again.stderr == "lesson.nn: unchanged\n")
    }

    @Test func updateRecordsAnErrorAndSaysWhereItStopped() throws {
        let dir = try directory(["e.nn": "print(1)\nboom\nprint(2)\n"])
        let r = try nn(["update", "e.nn"], cwd: dir)
        #expect(r.status == 0)
        #expect(r.stderr == "e.nn: updated (stopped with NameError at line 3)\n")
        #expect(try read(dir, "e.nn").contains("#! e.nn:3:1: NameError: name 'boom' is not defined"))
    }

    @Test func controlCDuringUpdateLeavesTheFileAsItWas() throws {
        let source = "print('start')\n#> old\nwhile True:\n    pass\n"
        let dir = try directory(["loop.nn": source])
        let r = try nn(["update", "loop.nn"], cwd: dir, interruptAfter: 0.7)
        #expect(r.status == 130)
        #expect(r.stderr.contains("loop.nn: interrupted; the file was left as it was"))
        #expect(try read(dir, "loop.nn") == source)
    }

    @Test func checkPassesFailsWithADiffAndCountsFiles() throws {
        let dir = try directory([
            "good.nn": "print(1)\n#> 1\n",
            "bad.nn": "print(2)\n#> 3\n",
        ])
        let pass = try nn(["check", "good.nn"], cwd: dir)
        #expect(pass.status == 0)
        #expect(pass.stdout == "1 passed, 0 failed\n")
        let both = try nn(["check", "good.nn", "bad.nn", "missing.nn"], cwd: dir)
        #expect(both.status == 1)
        #expect(both.stdout == """
            bad.nn:2: the output of the statement at line 1 differs from the recorded lines
            --- bad.nn:2 (recorded)
            +++ bad.nn:2 (this run)
            @@ -2,1 +2,1 @@ print(2)
            -#> 3
            +#> 2
            FAILED bad.nn
            missing.nn:1: cannot read the file: no such file
            FAILED missing.nn
            1 passed, 2 failed

            """)
    }

    @Test func checkTakesDirectoriesAndMarkdown() throws {
        let dir = try directory([
            "notes/a.nn": "print('a')\n#> a\n",
            "notes/sub/b.nn": "print('b')\n#> b\n",
            "notes/README.md": "not checked: directories stand for .nn files\n",
            "course.md": "```nn\nprint('m')\n```\n```output\nm\n```\n",
        ])
        let r = try nn(["check", "-v", "notes", "course.md"], cwd: dir)
        #expect(r.status == 0)
        #expect(r.stdout == "ok notes/a.nn\nok notes/sub/b.nn\nok course.md\n3 passed, 0 failed\n")
    }

    @Test func exportWritesEachFormat() throws {
        let dir = try directory(["lesson.nn": "# %% [markdown]\n# # Title\n# %%\nprint(1)\n"])
        let ipynb = try nn(["export", "lesson.nn", "--to", "ipynb"], cwd: dir)
        #expect(ipynb.status == 0)
        #expect(try read(dir, "lesson.ipynb").contains("\"nbformat_minor\": 5"))
        let html = try nn(["export", "lesson.nn", "-o", "page.html"], cwd: dir)
        #expect(html.status == 0)
        #expect(try read(dir, "page.html").hasPrefix("<!DOCTYPE html>"))
        let md = try nn(["export", "lesson.nn", "--to", "md", "-o", "-"], cwd: dir)
        #expect(md.status == 0)
        #expect(md.stdout == "# Title\n\n```nn\nprint(1)\n```\n```output\n1\n```\n")
        // The source was not touched.
        #expect(try read(dir, "lesson.nn") == "# %% [markdown]\n# # Title\n# %%\nprint(1)\n")
    }

    @Test func exportUsageErrorsExitWith2() throws {
        let dir = try directory(["c.md": "```nn\nprint(1)\n```\n", "l.nn": "print(1)\n"])
        #expect(try nn(["export", "l.nn"], cwd: dir).status == 2)                   // no format
        #expect(try nn(["export", "l.nn", "--to", "pdf"], cwd: dir).status == 2)     // unknown format
        #expect(try nn(["export", "c.md", "--to", "md"], cwd: dir).status == 2)      // would replace itself
        #expect(try nn(["update"], cwd: dir).status == 2)                            // no file
        #expect(try read(dir, "c.md") == "```nn\nprint(1)\n```\n")
    }
}

extension NotebookCLITests {
    @Test func controlCDuringCheckStopsWith130() throws {
        let dir = try directory(["loop.nn": "while True:\n    pass\n", "later.nn": "print(1)\n#> 1\n"])
        let r = try nn(["check", "loop.nn", "later.nn"], cwd: dir, interruptAfter: 0.7)
        #expect(r.status == 130)
        // The interrupted file failed (its KeyboardInterrupt is not recorded); the next one never ran.
        #expect(r.stdout.hasSuffix("0 passed, 1 failed\n"))
    }
}
