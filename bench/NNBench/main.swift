import Foundation
import NNTensor

// nn-bench: in-process micro-benchmarks for what a whole-process timing cannot resolve
// (sub-microsecond tensor calls, GEMM throughput). bench/run builds and runs it.
// Usage: nn-bench [--samples N] [name-substring ...]

// Same kernels as the nn tool: fix OpenBLAS's CPU detection before anything runs.
BLAS.restartWithTunedKernelsIfNeeded()

var samples = 9
var filters: [String] = []
var args = CommandLine.arguments.dropFirst()
while let a = args.first {
    args = args.dropFirst()
    if a == "--blas-core" {
        // The OpenBLAS kernel set in use, so bench/run can give the C program the same one.
        print(BLAS.coreName)
        exit(0)
    } else if a == "--samples", let n = args.first.flatMap({ Int($0) }) {
        samples = max(1, n); args = args.dropFirst()
    } else {
        filters.append(a)
    }
}

/// Every workload group, in report order. Each group lives in its own file.
let groups: [() -> [Workload]] = [
    tensorWorkloads,
    nnWorkloads,
    dataWorkloads,
]

for make in groups {
    for w in make() where filters.isEmpty || filters.contains(where: { w.name.contains($0) }) {
        Harness.report(w, Harness.measure(w, samples: samples))
    }
}
