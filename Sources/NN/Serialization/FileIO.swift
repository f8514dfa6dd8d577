#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file reads and atomic writes with POSIX calls; failures become `SafeTensorsError`s
/// naming the file.
enum FileIO {
    private static func failure(_ path: String, _ operation: String) -> SafeTensorsError {
        let code = errno
        return SafeTensorsError(path: path, problem: .system(operation: operation, code: code, text: String(cString: strerror(code))))
    }

    /// The bytes of the file at `path`.
    static func readFile(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw failure(path, "open") }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw failure(path, "stat") }
        if (st.st_mode & S_IFMT) == S_IFDIR {
            errno = EISDIR
            throw failure(path, "read")
        }
        var out: [UInt8] = []
        out.reserveCapacity(Int(Swift.max(st.st_size, 0)))
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure(path, "read")
            }
            if n == 0 { break }
            out.append(contentsOf: chunk[0..<n])
        }
        return out
    }

    /// Writes `bytes` to a temporary file beside `path`, then renames it over `path`, so an
    /// interrupted save never leaves a half-written file.
    static func writeFileAtomically(_ bytes: [UInt8], to path: String) throws {
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw failure(path, "open") }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return write(fd, base + written, bytes.count - written)
            }
            if n < 0 {
                if errno == EINTR { continue }
                let e = failure(path, "write")
                close(fd)
                unlink(temporary)
                throw e
            }
            written += n
        }
        if fsync(fd) != 0 || close(fd) != 0 {
            let e = failure(path, "write")
            unlink(temporary)
            throw e
        }
        if rename(temporary, path) != 0 {
            let e = failure(path, "rename")
            unlink(temporary)
            throw e
        }
    }
}
