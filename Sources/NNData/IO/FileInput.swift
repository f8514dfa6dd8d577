#if canImport(Glibc)
import Glibc
/// read(2), named apart from `FileInput.read(into:)`.
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
/// read(2), named apart from `FileInput.read(into:)`.
private let systemRead = Darwin.read
#endif

/// A file opened for reading with POSIX calls; closed when the object is released.
///
/// Every failure becomes a `DataError` naming the path: a missing file, a directory, a
/// permission problem or any other error of the operating system (with its `strerror` text).
final class FileInput {
    /// The path as given.
    let path: String
    /// Size in bytes for a regular file; nil for pipes and other special files.
    let size: Int?
    /// The open descriptor.
    private let fd: Int32

    /// Opens `path` for reading.
    init(path: String) throws {
        self.path = path
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw FileInput.error(errno, path: path) }
        var info = stat()
        if fstat(fd, &info) != 0 {
            let code = errno
            close(fd)
            throw FileInput.error(code, path: path)
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw DataError.isDirectory(path: path)
        }
        self.fd = fd
        self.size = (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : nil
    }

    deinit { close(fd) }

    /// Reads until `buffer` is full or the file ends; returns how many bytes were read.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var done = 0
        while done < buffer.count {
            // Large reads in pieces of at most 1 GiB (some systems reject larger counts).
            let want = min(buffer.count - done, 1 << 30)
            let n = systemRead(fd, base + done, want)
            if n > 0 {
                done += n
            } else if n == 0 {
                break
            } else if errno != EINTR {
                throw FileInput.error(errno, path: path)
            }
        }
        return done
    }

    /// Reads the whole remaining file into an array; a file larger than `limit` bytes is an
    /// error rather than an allocation that cannot succeed.
    func readAll(limit: Int = IDXReader.byteLimit) throws -> [UInt8] {
        if let size, size > limit { throw DataError.io(path: path, reason: "file too large (\(size) bytes)") }
        var out: [UInt8] = []
        // One read of size + 1 bytes finds the end of a regular file; others grow by 1 MiB.
        var chunk = (size ?? 65_535) + 1
        while true {
            let start = out.count
            out.append(contentsOf: repeatElement(0, count: chunk))
            let n = try out.withUnsafeMutableBytes { raw in
                try read(into: UnsafeMutableRawBufferPointer(rebasing: raw[start...]))
            }
            out.removeLast(chunk - n)
            if n < chunk { return out }
            if out.count > limit { throw DataError.io(path: path, reason: "file too large (over \(limit) bytes)") }
            chunk = 1 << 20
        }
    }

    /// The `DataError` for an `errno` value.
    static func error(_ code: Int32, path: String) -> DataError {
        switch code {
        case ENOENT, ENOTDIR: return .fileNotFound(path: path)
        case EACCES, EPERM: return .permissionDenied(path: path)
        case EISDIR: return .isDirectory(path: path)
        default: return .io(path: path, reason: String(cString: strerror(code)))
        }
    }
}
