import Foundation
import NNTensor

/// Tensor engine micro-benchmarks: GEMM throughput, elementwise and reduction bandwidth, and
/// the per-call overhead of small tensor expressions.
func tensorWorkloads() -> [Workload] {
    var out: [Workload] = []

    // The layer-sized GEMM of the lectures: 128x784 @ 784x512 float32, straight to sgemm.
    let (gm, gk, gn) = (128, 784, 512)
    let flops = 2.0 * Double(gm * gk * gn)
    let x = try! Tensor((0..<(gm * gk)).map { Float($0 % 17) * 0.01 }, shape: [gm, gk])
    let wx = try! Tensor((0..<(gk * gn)).map { Float($0 % 13) * 0.02 - 0.1 }, shape: [gk, gn])
    out.append(Workload(
        name: "tensor.sgemm.128x784x512",
        detail: "x.matmul(w) float32, fresh output each time (OpenBLAS core \(BLAS.coreName))",
        body: { let y = try! x.matmul(wx, flavor: .torch); return Double(y.count) },
        throughput: { s in (flops / s / 1e9, "GFLOPS") }))
    let wt = try! wx.T.copy()
    out.append(Workload(
        name: "tensor.sgemm.128x784x512.transB", detail: "x.matmul(wt.T): the transposed operand is read in place",
        body: { let y = try! x.matmul(wt.T, flavor: .torch); return Double(y.count) },
        throughput: { s in (flops / s / 1e9, "GFLOPS") }))

    // 1M-element float32 add against a memcpy of the same bytes (read 8 MB, write 4 MB vs
    // read 4 MB, write 4 MB: GB/s counts the bytes each moves).
    let n = 1_000_000
    let a = try! Tensor((0..<n).map { Float($0 % 1000) * 0.001 }, shape: [n])
    let b = try! Tensor((0..<n).map { Float($0 % 777) * 0.002 }, shape: [n])
    out.append(Workload(
        name: "tensor.add.1M.f32", detail: "a + b, two contiguous 1,000,000-element float32 tensors",
        body: { let c = try! a + b; return Double(c.count) },
        throughput: { s in (Double(3 * 4 * n) / s / 1e9, "GB/s") }))
    let src = UnsafeMutableRawPointer.allocate(byteCount: 4 * n, alignment: 64)
    let dst = UnsafeMutableRawPointer.allocate(byteCount: 4 * n, alignment: 64)
    memset(src, 1, 4 * n)
    out.append(Workload(
        name: "tensor.memcpy.4MB", detail: "memcpy of 4,000,000 bytes into a fresh buffer (the add's ceiling)",
        body: {
            let d = malloc(4 * n)!
            memcpy(d, src, 4 * n)
            let v = Double(d.load(as: UInt8.self))
            free(d)
            return v
        },
        throughput: { s in (Double(2 * 4 * n) / s / 1e9, "GB/s") }))
    out.append(Workload(
        name: "tensor.memcpy.4MB.warm", detail: "memcpy of 4,000,000 bytes into a reused buffer",
        body: { memcpy(dst, src, 4 * n); return Double(dst.load(as: UInt8.self)) },
        throughput: { s in (Double(2 * 4 * n) / s / 1e9, "GB/s") }))

    // The optimizer-style update on tiny tensors: per-call overhead.
    let w = try! Tensor([Float(0.5), -0.25, 1.0], shape: [3])
    let g = try! Tensor([Float(0.1), 0.2, -0.3], shape: [3])
    out.append(Workload(
        name: "tensor.small.w-0.1*g", detail: "w - 0.1 * g on 3-element float32 tensors",
        body: { let r = try! w - 0.1 * g; return Double(r.count) }))

    // Reductions: sum of 1M float32 (pairwise, SIMD blocks) and column sums of a matrix.
    out.append(Workload(
        name: "tensor.sum.1M.f32", detail: "a.sum() over 1,000,000 contiguous float32",
        body: { try! a.sum().doubleElement(at: 0) },
        throughput: { s in (Double(4 * n) / s / 1e9, "GB/s") }))
    let mat = try! a.reshape([1000, 1000])
    out.append(Workload(
        name: "tensor.sum.axis0.1000x1000.f32", detail: "mat.sum(axis: 0): column sums, row-wise vector adds",
        body: { try! mat.sum(axis: 0).doubleElement(at: 0) },
        throughput: { s in (Double(4 * n) / s / 1e9, "GB/s") }))

    return out
}
