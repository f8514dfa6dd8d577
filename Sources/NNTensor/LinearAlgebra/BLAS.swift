import CBLAS
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin, checked entry points to OpenBLAS's GEMM for kernels in other modules.
///
/// Matrices are row-major. `transA`/`transB` say the stored matrix is the transpose of the
/// operand: with `transA`, A is stored `k × m` with leading dimension `lda ≥ max(1, m)`.
/// `C = alpha · op(A) · op(B) + beta · C` with C `m × n`, `ldc ≥ max(1, n)`.
/// Returns false (doing nothing) when a size does not fit BLAS's 32-bit integers; callers
/// then fall back to `Tensor.matmul`'s loop.
public enum BLAS {
    /// The CPU kernel set OpenBLAS chose at load time (e.g. "Haswell", "SkylakeX"). "Prescott"
    /// on a modern CPU means its detection failed (common in VMs that mask the CPU model);
    /// setting `OPENBLAS_CORETYPE` before the process starts fixes it.
    public static var coreName: String {
        guard let p = openblas_get_corename() else { return "unknown" }
        return String(cString: p)
    }

    /// The `OPENBLAS_CORETYPE` value that would restore full speed when OpenBLAS fell back to
    /// its generic "Prescott" kernels on a CPU that has AVX2 or AVX-512 (read from
    /// /proc/cpuinfo), else nil. The variable only takes effect in a process started with it,
    /// so a launcher may set it and re-execute itself.
    public static var suggestedCoreType: String? {
        guard coreName == "Prescott" else { return nil }
        guard let f = fopen("/proc/cpuinfo", "r") else { return nil }
        defer { fclose(f) }
        var flags: Set<Substring> = []
        var line = [CChar](repeating: 0, count: 8192)
        while fgets(&line, Int32(line.count), f) != nil {
            let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if text.hasPrefix("flags") {
                flags = Set(text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }))
                break
            }
        }
        if flags.contains("avx512f") && flags.contains("avx512bw") && flags.contains("avx512vl") {
            return flags.contains("avx512_bf16") ? "Cooperlake" : "SkylakeX"
        }
        if flags.contains("avx2") && flags.contains("fma") { return "Haswell" }
        return nil
    }

    /// Single-precision GEMM.
    @discardableResult
    public static func sgemm(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Float,
                             a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
                             beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int) -> Bool {
        guard let m32 = blasint(exactly: m), let n32 = blasint(exactly: n), let k32 = blasint(exactly: k),
              let la = blasint(exactly: lda), let lb = blasint(exactly: ldb), let lc = blasint(exactly: ldc)
        else { return false }
        cblas_sgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
                    m32, n32, k32, alpha, a, la, b, lb, beta, c, lc)
        return true
    }

    /// Double-precision GEMM.
    @discardableResult
    public static func dgemm(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Double,
                             a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int,
                             beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int) -> Bool {
        guard let m32 = blasint(exactly: m), let n32 = blasint(exactly: n), let k32 = blasint(exactly: k),
              let la = blasint(exactly: lda), let lb = blasint(exactly: ldb), let lc = blasint(exactly: ldc)
        else { return false }
        cblas_dgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
                    m32, n32, k32, alpha, a, la, b, lb, beta, c, lc)
        return true
    }
}

/// How a 2-D strided operand can be handed to BLAS without a copy.
struct BLASOperand {
    /// The stored matrix is the operand's transpose (column-major operand).
    let transposed: Bool
    /// Leading dimension in elements.
    let ld: Int

    /// The layout of a `rows × cols` view with strides `(rs, cs)`, or nil when BLAS cannot read
    /// it directly (then the caller copies it contiguous).
    init?(rows: Int, cols: Int, rs: Int, cs: Int) {
        if cs == 1 || cols == 1 {
            if rows == 1 { transposed = false; ld = Swift.max(1, cols); return }
            if rs >= Swift.max(1, cols) { transposed = false; ld = rs; return }
        }
        if rs == 1 || rows == 1 {
            if cols == 1 { transposed = true; ld = Swift.max(1, rows); return }
            if cs >= Swift.max(1, rows) { transposed = true; ld = cs; return }
        }
        return nil
    }
}
