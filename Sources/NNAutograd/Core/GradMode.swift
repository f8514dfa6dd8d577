#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether operations record the graph for backward (PyTorch's grad mode).
///
/// Grad mode is a no-grad depth counter: `withNoGrad { }` (and the language's
/// `with torch.no_grad():`) raises it for the duration of a block, and recording happens only
/// at depth 0. `enter(enabled:)` / `exit(_:)` are the two halves for callers whose block is not
/// a Swift closure; `exit` restores exactly the state `enter` replaced, so nesting and early
/// exits (exceptions) compose.
///
/// The counter is per thread (a pthread key, no global mutable state): the interpreter runs on
/// one thread, and tests running concurrently on other threads never see each other's mode.
public enum GradMode {
    /// The state `enter(enabled:)` replaced; give it back to `exit(_:)`.
    public struct Saved: Sendable, Equatable {
        fileprivate let depth: Int
    }

    /// The thread-local slot holding the no-grad depth (stored in the pointer value itself).
    private static let key: pthread_key_t = {
        var k = pthread_key_t()
        pthread_key_create(&k, nil)
        return k
    }()

    /// The current thread's no-grad depth (0: recording).
    public static var noGradDepth: Int {
        Int(bitPattern: pthread_getspecific(key))
    }

    private static func setDepth(_ depth: Int) {
        pthread_setspecific(key, UnsafeRawPointer(bitPattern: depth))
    }

    /// True when operations record the graph (no `no_grad` block is active).
    @inline(__always)
    public static var isEnabled: Bool { pthread_getspecific(key) == nil }

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
