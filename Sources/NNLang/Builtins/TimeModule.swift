import Foundation

/// The `time` module.
enum TimeModule {
    @Sendable static func register(_ m: ModuleObject, _ rt: Runtime) throws {
        m.fn("time", "", doc: "Seconds since the Unix epoch.") { _, _ in .float(Date().timeIntervalSince1970) }
        m.fn("perf_counter", "", doc: "A high-resolution clock for timing, in seconds.") { _, _ in
            .float(Double(DispatchTime.now().uptimeNanoseconds) / 1e9)
        }
        m.define("monotonic", m.attribute("perf_counter") ?? .none)
        m.fn("process_time", "", doc: "CPU time of the process, in seconds.") { _, _ in .float(Double(clock()) / Double(CLOCKS_PER_SEC)) }
        m.fn("sleep", "secs, /", doc: "Wait for the given number of seconds (Ctrl-C interrupts).") { a, rt in
            var remaining = try a.double(0)
            if remaining < 0 { throw ScriptError.valueError("sleep length must be non-negative") }
            while remaining > 0 {
                let step = min(remaining, 0.05)
                usleep(UInt32(step * 1e6))
                remaining -= step
                try rt.checkInterrupt()
            }
            return .none
        }
    }
}
