import Foundation
import Testing

/// Runs the built `nn` tool as a child process (for the piped-mode and terminal tests).
enum NNProcess {
    /// The `nn` binary in the build products directory, beside the test bundle.
    static var binary: URL? {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = dir.appendingPathComponent("nn")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }

    /// What a run produced.
    struct Outcome {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs nn with `arguments`, `stdin` written to a pipe and closed; `environment` is added
    /// to a minimal environment (history off). `interruptAfter` sends SIGINT after a delay.
    static func run(_ arguments: [String] = [], stdin: String, environment: [String: String] = [:],
                    interruptAfter: Double? = nil) throws -> Outcome {
        let binary = try #require(binary, "nn binary not found next to the tests")
        let p = Process()
        p.executableURL = binary
        p.arguments = arguments
        p.environment = ["PATH": "/usr/bin:/bin", "NN_HISTORY": "", "HOME": NSTemporaryDirectory()]
            .merging(environment) { _, new in new }
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let pid = p.processIdentifier
        if let delay = interruptAfter {
            Thread.sleep(forTimeInterval: delay)
            kill(pid, SIGINT)
        }
        // Never hang the suite: a run still going after 30 s is killed.
        let watchdog = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + 30, execute: watchdog)
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        watchdog.cancel()
        return Outcome(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                       stderr: String(decoding: e, as: UTF8.self))
    }
}
