/// Whether operations record the graph for backward (PyTorch's grad mode).
///
/// Grad mode is a no-grad depth counter: `withNoGrad { }` (and the language's
/// `with torch.no_grad():`) raises it for the duration of a block, and recording happens only
/// at depth 0. `enter(enabled:)` / `exit(_:)` are the two halves for callers whose block is not
/// a Swift closure; `exit` restores exactly the state `enter` replaced, so nesting and early
/// exits (exceptions) compose.
///
/// The counter is process-wide: the interpreter runs one statement at a time, each possibly on
/// a fresh big-stack thread, and `torch.set_grad_enabled(False)` at top level must still hold
/// for the next statement. nn never evaluates on two threads at once, so a plain global is
/// sound; the unit tests run serially for the same reason (`make test`).
public enum GradMode {
    /// The state `enter(enabled:)` replaced; give it back to `exit(_:)`.
    public struct Saved: Sendable, Equatable {
        fileprivate let depth: Int
    }

    /// The no-grad depth (0: recording). See the type's note on why a global is sound.
    nonisolated(unsafe) private static var depth = 0

    /// The current no-grad depth (0: recording).
    public static var noGradDepth: Int { depth }

    private static func setDepth(_ newDepth: Int) { depth = newDepth }

    /// True when operations record the graph (no `no_grad` block is active).
    @inline(__always)
    public static var isEnabled: Bool { depth == 0 }

    /// Enters a block with grad mode off (`enabled: false`, one level deeper) or on
    /// (`enabled: true`, PyTorch's `enable_grad`), returning the state to restore.
    public static func enter(enabled: Bool) -> Saved {
        let old = noGradDepth
        setDepth(enabled ? 0 : (old == Int.max ? old : old + 1))
        return Saved(depth: old)
    }

    /// Leaves a block entered with `enter(enabled:)`.
    public static func exit(_ saved: Saved) {
        setDepth(saved.depth)
    }

    /// Runs `body` without recording the graph (`with torch.no_grad():`).
    public static func withNoGrad<R>(_ body: () throws -> R) rethrows -> R {
        let saved = enter(enabled: false)
        defer { exit(saved) }
        return try body()
    }

    /// Runs `body` with recording switched on or off (`torch.set_grad_enabled(flag)`).
    public static func withGrad<R>(enabled: Bool, _ body: () throws -> R) rethrows -> R {
        let saved = enter(enabled: enabled)
        defer { exit(saved) }
        return try body()
    }
}
