import Foundation
import Testing

/// A real pseudo-terminal for REPL tests: a private tmux server runs one command in a pane
/// of a fixed size; tests type keys and read the screen, waiting for text with a timeout
/// instead of sleeping fixed times.
final class TmuxTerminal {
    /// Whether tmux is installed.
    static let isAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")

    private let socket = "nn-test-\(UUID().uuidString.prefix(8))"

    /// Starts `command` (run by `sh -c`; `[exit N]` is printed when it ends) in a new pane.
    init(_ command: String, width: Int = 100, height: Int = 40) throws {
        let wrapped = "\(command); echo \"[exit $?]\"; sleep 60"
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "sh", "-c", wrapped])
    }

    deinit { try? tmux(["kill-server"]) }

    /// An `nn` session command with history in `history` (or off), no inputrc, and
    /// `environment` settings (`NO_COLOR` is removed unless given).
    static func nnCommand(history: String? = nil, environment: [String: String] = [:]) throws -> String {
        let binary = try #require(NNProcess.binary, "nn binary not found next to the tests")
        var settings = ["NN_HISTORY": history ?? "", "INPUTRC": "/dev/null", "TERM": "xterm-256color"]
        settings.merge(environment) { _, new in new }
        let assignments = settings.sorted { $0.key < $1.key }.map { "\($0.key)=\(quote($0.value))" }
        let unset = environment["NO_COLOR"] == nil ? "-u NO_COLOR " : ""
        return "env \(unset)\(assignments.joined(separator: " ")) \(quote(binary.path))"
    }

    /// Types text literally (no key names).
    func type(_ text: String) throws { try tmux(["send-keys", "-t", "0", "-l", text]) }

    /// Presses keys by tmux name: `Enter`, `Tab`, `C-c`, `C-d`, `Up`.
    func press(_ keys: String...) throws { try tmux(["send-keys", "-t", "0"] + keys) }

    /// Types a line and presses Enter.
    func line(_ text: String) throws {
        if !text.isEmpty { try type(text) }
        try press("Enter")
    }

    /// Types a line, presses Enter and waits for the next prompt (`>>>` or `...` at the start
    /// of a line), so the next keys are never typed ahead of the session.
    func enter(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = TmuxTerminal.prompts(in: try screen())
        try line(text)
        try waitFor("the prompt after '\(text)'", sourceLocation: sourceLocation) { TmuxTerminal.prompts(in: $0) > before }
    }

    /// How many lines of `screen` start with a prompt.
    static func prompts(in screen: String) -> Int {
        screen.split(separator: "\n", omittingEmptySubsequences: false).filter { $0.hasPrefix(">>>") || $0.hasPrefix("...") }.count
    }

    /// The screen as text (with escape sequences for colours when `escapes`).
    func screen(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", "0"] + (escapes ? ["-e"] : []))
    }

    /// Waits until the screen satisfies `condition` (checked every 50 ms), up to `timeout`
    /// seconds; returns the last screen, and records an issue when it never does.
    @discardableResult
    func waitFor(_ description: String, timeout: Double = 15, escapes: Bool = false,
                 sourceLocation: SourceLocation = #_sourceLocation, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var text = try screen(escapes: escapes)
        while !condition(text) {
            if Date() > deadline {
                Issue.record("timed out waiting for \(description); screen:\n\(text)", sourceLocation: sourceLocation)
                return text
            }
            Thread.sleep(forTimeInterval: 0.05)
            text = try screen(escapes: escapes)
        }
        return text
    }

    /// Waits until the screen contains `text`.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 15, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitFor("'\(text)'", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// Runs a tmux command on this test's server and returns its standard output.
    ///
    /// Spawned directly rather than with Foundation's `Process`: the first command forks
    /// the tmux server, which would inherit (and hold open) the descriptors `Process` uses
    /// to see its child exit. Here the child gets only /dev/null and, for `capture-pane`
    /// (a short-lived client), an output pipe; every other descriptor is closed.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let capture = arguments.contains("capture-pane")
        var fds: [Int32] = [-1, -1]
        if capture && pipe(&fds) != 0 { throw POSIXError(.EIO) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if capture {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        TmuxTerminal.closeFrom?(&actions, 3)
        let argv = ["/usr/bin/tmux", "-L", socket] + arguments
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { for a in cArgs { free(a) } }
        // The test thread may block signals (worker threads do), and a spawned child inherits
        // the mask: start tmux (and so the pane's processes) with none blocked and default
        // dispositions, or SIGHUP would not end the session when the server is killed.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), defaults = sigset_t()
        sigemptyset(&none)
        sigemptyset(&defaults)
        for signal in [SIGHUP, SIGINT, SIGTERM, SIGPIPE, SIGCHLD, SIGWINCH] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/usr/bin/tmux", &actions, &attributes, &cArgs, environ)
        var output = Data()
        if capture {
            close(fds[1])
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while spawned == 0 {
                let n = read(fds[0], &buffer, buffer.count)
                if n > 0 { output.append(contentsOf: buffer[..<n]) } else if n == 0 || errno != EINTR { break }
            }
            close(fds[0])
        }
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return String(decoding: output, as: UTF8.self)
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34+), which Swift's Glibc module
    /// does not declare: closes every descriptor from the given one up in the child, so the
    /// tmux server never holds a pipe another test is reading.
    private static let closeFrom: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
    }()

    /// A shell word for `text`.
    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
