import Foundation
import NNLang

/// SIGINT for a REPL session: the handler asks the running statement to stop
/// (`Interrupt.request()`, which the interpreter polls at loop back-edges and calls) and
/// writes a byte to a pipe, so a loop waiting for input in `poll` wakes up at once (the
/// self-pipe trick: no race between checking a flag and starting to wait).
enum InterruptSignal {
    /// The pipe's write end, read by the handler. Set once in `install()` before the handler
    /// is installed and never changed, so the handler reads a stable, initialised value.
    nonisolated(unsafe) private static var wakeWrite: Int32 = -1
    /// The pipe's read end: readable after a SIGINT (set once in `install()`).
    nonisolated(unsafe) private(set) static var wakeRead: Int32 = -1

    /// Creates the pipe and installs the handler (SIGINT unblocked, even if the parent
    /// started us with it blocked).
    static func install() {
        Interrupt.prepare()
        var fds: [Int32] = [-1, -1]
        if pipe(&fds) == 0 {
            for fd in fds {
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            }
            wakeRead = fds[0]
            wakeWrite = fds[1]
        }
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &mask, nil)
        var action = sigaction()
        #if os(Linux)
        action.__sigaction_handler.sa_handler = { _ in InterruptSignal.handle() }
        #else
        action.__sigaction_u.__sa_handler = { _ in InterruptSignal.handle() }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = Int32(SA_RESTART)
        sigaction(SIGINT, &action, nil)
    }

    /// The handler body: async-signal-safe (an atomic store and `write`).
    private static func handle() {
        Interrupt.request()
        var byte: UInt8 = 1
        if wakeWrite >= 0 { _ = write(wakeWrite, &byte, 1) }
    }

    /// Empties the pipe and withdraws a pending interrupt (one that arrived while no
    /// statement ran), before waiting for new input.
    static func reset() {
        drain()
        Interrupt.cancel()
    }

    /// Empties the pipe.
    static func drain() {
        guard wakeRead >= 0 else { return }
        var scratch = [UInt8](repeating: 0, count: 64)
        while read(wakeRead, &scratch, scratch.count) > 0 {}
    }

    /// Waits until `fd` is readable or a SIGINT arrives; returns false for the interrupt.
    static func waitForInput(on fd: Int32) -> Bool {
        while true {
            var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, wakeRead >= 0 ? 2 : 1, -1)
            if ready < 0 {
                if errno == EINTR { continue }
                return true   // let the caller's read report the problem
            }
            if wakeRead >= 0 && fds[1].revents != 0 {
                drain()
                if Interrupt.isPending { return false }
            }
            if fds[0].revents != 0 { return true }
        }
    }
}
