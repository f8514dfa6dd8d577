#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension BLAS {
    /// Restarts the current process with `OPENBLAS_CORETYPE` set when OpenBLAS failed to
    /// detect this CPU and fell back to its generic kernels (see `suggestedCoreType`).
    ///
    /// OpenBLAS picks its kernels when the library loads, before `main` runs, so the only way
    /// to correct a failed detection is to start again with the variable set. Executables call
    /// this first thing in `main`. It does nothing when the variable is already set (by the
    /// user or by an earlier restart), when detection worked, or when re-executing fails (the
    /// process then just runs on the slower kernels).
    public static func restartWithTunedKernelsIfNeeded() {
        guard getenv("OPENBLAS_CORETYPE") == nil, let core = suggestedCoreType else { return }
        setenv("OPENBLAS_CORETYPE", core, 1)
        var argv: [UnsafeMutablePointer<CChar>?] = CommandLine.arguments.map { strdup($0) }
        argv.append(nil)
        execv("/proc/self/exe", &argv)
        // execv returned: it failed. Carry on with the generic kernels.
        for p in argv { free(p) }
    }
}
