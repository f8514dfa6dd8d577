import Foundation

/// Reading notebook files and replacing them atomically.
public enum FileAccess {
    /// The bytes of the file at `path`.
    public static func read(_ path: String) throws(NotebookError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(file: path, reason: "no such file")
        }
        if isDirectory.boolValue { throw .unreadable(file: path, reason: "it is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(file: path, reason: "permission denied or not a regular file")
        }
        return [UInt8](data)
    }

    /// Replaces the file at `path` with `bytes`: writes a temporary file in the same
    /// directory, gives it the original's permission bits, flushes it to disk and renames it
    /// over the original, so a reader (or an interrupted run) sees either the old file or the
    /// new one, never half of one. A symbolic link is followed: its target is replaced.
    public static func replace(_ path: String, with bytes: [UInt8]) throws(NotebookError) {
        let target = resolvedPath(path)
        let directory = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        var template = Array(((directory.isEmpty ? "." : directory) + "/.\(name).nn-update-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard fd >= 0 else { throw .writeFailed(file: path, reason: errnoText()) }
        let temporary = String(cString: template.map { UInt8(bitPattern: $0) })
        var ok = false
        defer {
            close(fd)
            if !ok { unlink(temporary) }
        }
        var info = stat()
        let mode: mode_t = stat(target, &info) == 0 ? info.st_mode & 0o7777 : newFileMode()
        guard fchmod(fd, mode) == 0 else { throw .writeFailed(file: path, reason: errnoText()) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .writeFailed(file: path, reason: errnoText())
            }
            offset += n
        }
        guard fsync(fd) == 0 else { throw .writeFailed(file: path, reason: errnoText()) }
        guard rename(temporary, target) == 0 else { throw .writeFailed(file: path, reason: errnoText()) }
        ok = true
    }

    /// Writes a file (exports) the same way; a new file gets the usual mode (0666 less the umask).
    public static func write(_ path: String, _ bytes: [UInt8]) throws(NotebookError) {
        try replace(path, with: bytes)
    }

    /// 0666 less the process's umask, as `open` would give a new file.
    static func newFileMode() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return 0o666 & ~mask
    }

    /// `path` with symbolic links resolved (the path itself when it cannot be resolved).
    static func resolvedPath(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }

    /// The text of the current `errno`.
    static func errnoText() -> String { String(cString: strerror(errno)) }
}
