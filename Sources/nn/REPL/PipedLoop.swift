import Foundation
import NNLang

/// The session fed from a pipe or a file (standard input is not a terminal): no prompts, no
/// line editing. Statements run as soon as they are complete, values are shown as in the
/// interactive session, and an error is reported and the next statement runs (as typed
/// input would). The exit status is 1 if any statement failed, 130 after Ctrl-C (which ends
/// the session), or the status `exit(n)` asked for.
enum PipedLoop {
    /// Runs every statement read from standard input.
    static func run() -> Int32 {
        let output = SessionOutput(style: Style(fd: STDOUT_FILENO))
        let session = Session(output: output, errorStyle: Style(fd: STDERR_FILENO))
        InterruptSignal.install()
        var reader = LineReader(fd: STDIN_FILENO)
        var assembler = InputAssembler()
        while true {
            let next = reader.next()
            let events: [InputAssembler.Event]
            switch next {
            case .line(let line): events = assembler.add(line, blankEndsBlock: false)
            case .end: events = assembler.finish()
            case .interrupt:
                output.flush()
                session.complain("KeyboardInterrupt")
                return 130
            }
            for event in events {
                session.handle(event)
                output.flush()
                if let status = session.exitStatus { return status }
                if session.wasInterrupted { return 130 }
            }
            if next == .end { break }
        }
        output.flush()
        return session.hadError ? 1 : 0
    }
}

/// Reads lines from a file descriptor, waking up for SIGINT while waiting.
struct LineReader {
    /// What the next read produced.
    enum Result: Equatable {
        /// A line without its newline (and without a `\r` before it).
        case line(String)
        /// The end of input.
        case end
        /// Ctrl-C while waiting for input.
        case interrupt
    }

    private let fd: Int32
    private var buffer: [UInt8] = []
    private var scanned = 0
    private var atEnd = false

    /// A reader of `fd`.
    init(fd: Int32) { self.fd = fd }

    /// The next line, the end of input, or an interrupt.
    mutating func next() -> Result {
        while true {
            if let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                var end = newline
                if end > 0 && buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = String(decoding: buffer[..<end], as: UTF8.self)
                buffer.removeSubrange(...newline)
                scanned = 0
                return .line(line)
            }
            scanned = buffer.count
            if atEnd {
                guard !buffer.isEmpty else { return .end }
                let line = String(decoding: buffer, as: UTF8.self)
                buffer.removeAll()
                scanned = 0
                return .line(line)
            }
            guard InterruptSignal.waitForInput(on: fd) else { return .interrupt }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let n = read(fd, &chunk, chunk.count)
            if n > 0 {
                buffer.append(contentsOf: chunk[..<n])
            } else if n == 0 || (errno != EINTR && errno != EAGAIN) {
                atEnd = true
            }
        }
    }
}
