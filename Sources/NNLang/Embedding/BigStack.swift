import Foundation

/// Runs work on a thread with a large stack, so deep nn recursion (up to the recursion limit)
/// and deeply nested data never overflow the Swift stack of the caller's thread.
enum BigStack {
    /// The stack size of the evaluator thread (virtual memory; pages are committed on use).
    static let size = 1 << 30

    /// A closure handed to the new thread. The caller blocks in `pthread_join` until the
    /// thread is done, so the closure and what it captures are never used concurrently.
    private final class Job: @unchecked Sendable {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    /// Runs `body` on a fresh big-stack thread and waits for it; falls back to the current
    /// thread if a thread cannot be created.
    static func run<T>(_ body: () -> T) -> T {
        withoutActuallyEscaping(body) { escapable in
            var result: T?
            let job = Job { result = escapable() }
            var attr = pthread_attr_t()
            pthread_attr_init(&attr)
            defer { pthread_attr_destroy(&attr) }
            pthread_attr_setstacksize(&attr, size)
            #if os(Linux)
            var thread = pthread_t()
            #else
            var thread: pthread_t?
            #endif
            let context = Unmanaged.passRetained(job).toOpaque()
            let created = pthread_create(&thread, &attr, { raw in
                guard let raw else { return nil }
                let job = Unmanaged<Job>.fromOpaque(raw).takeRetainedValue()
                job.body()
                return nil
            }, context)
            if created != 0 {
                Unmanaged<Job>.fromOpaque(context).release()
                return escapable()
            }
            #if os(Linux)
            pthread_join(thread, nil)
            #else
            if let thread { pthread_join(thread, nil) }
            #endif
            return result ?? escapable()
        }
    }
}
