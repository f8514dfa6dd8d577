import Foundation

/// One in-process benchmark: a closure timed over many repetitions.
struct Workload {
    /// Short name shown in the report, e.g. "tensor.add.1M.f32".
    let name: String
    /// What one repetition does, for the report.
    let detail: String
    /// Runs the body once; returns a value the optimiser cannot drop.
    let body: () -> Double
    /// Optional: converts seconds-per-repetition into a throughput figure (GFLOPS, GB/s).
    var throughput: ((Double) -> (value: Double, unit: String))? = nil
}

/// Times workloads: repeats each until a sample takes ≥ 20 ms, takes `samples` such samples,
/// and reports the median time per repetition (and the min and max).
enum Harness {
    /// Accumulates results so the optimiser keeps the work; only the main thread touches it.
    nonisolated(unsafe) static var sink = 0.0

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
    }

    static func measure(_ w: Workload, samples: Int) -> [Double] {
        // Calibrate the inner repetition count.
        var reps = 1
        while true {
            let t0 = now()
            for _ in 0..<reps { sink += w.body() }
            let dt = now() - t0
            if dt >= 0.02 || reps >= 1 << 24 { break }
            reps *= dt < 0.002 ? 10 : 2
        }
        var times: [Double] = []
        for _ in 0..<samples {
            let t0 = now()
            for _ in 0..<reps { sink += w.body() }
            times.append((now() - t0) / Double(reps))
        }
        return times.sorted()
    }

    static func format(seconds s: Double) -> String {
        if s < 1e-6 { return String(format: "%.3f µs", s * 1e6) }
        if s < 1e-3 { return String(format: "%.2f µs", s * 1e6) }
        if s < 1 { return String(format: "%.3f ms", s * 1e3) }
        return String(format: "%.3f s", s)
    }

    static func report(_ w: Workload, _ times: [Double]) {
        let median = times[times.count / 2]
        var line = "\(w.name.padding(toLength: 34, withPad: " ", startingAt: 0)) median \(format(seconds: median).padding(toLength: 11, withPad: " ", startingAt: 0))"
        line += " (min \(format(seconds: times[0])), max \(format(seconds: times[times.count - 1])))"
        if let tp = w.throughput {
            let (v, unit) = tp(median)
            line += String(format: "  %.1f %@", v, unit)
        }
        print(line + "  — " + w.detail)
    }
}
