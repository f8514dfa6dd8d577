/// The bytes of a file, decompressed on the fly when it is gzip'd.
///
/// A file whose first two bytes are gzip's magic (1f 8b) is inflated through zlib; any other
/// file is read as is. Either way the stream can say how many bytes it can produce at most,
/// so a reader can reject a header that declares more data than the file could ever hold
/// before it allocates anything.
final class ByteStream {
    /// The path as given.
    let path: String
    /// True when the file is gzip'd.
    let isGzip: Bool
    /// The open file.
    private let file: FileInput
    /// The inflater of a gzip'd file.
    private let inflater: GzipInflater?
    /// Bytes of a raw file read while sniffing for the gzip magic, not yet handed out.
    private var pending: [UInt8]
    /// Bytes of a raw file handed out so far.
    private var produced = 0

    /// Opens `path` and sniffs its first two bytes.
    init(path: String) throws {
        self.path = path
        let file = try FileInput(path: path)
        self.file = file
        var head = [UInt8](repeating: 0, count: 2)
        let n = try head.withUnsafeMutableBytes { try file.read(into: $0) }
        head.removeLast(2 - n)
        if n == 2 && head[0] == 0x1F && head[1] == 0x8B {
            isGzip = true
            inflater = try GzipInflater(file: file, prefix: head)
            pending = []
        } else {
            isGzip = false
            inflater = nil
            pending = head
        }
    }

    /// Fills `buffer` until it is full or the data ends; returns how many bytes were written.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if let inflater { return try inflater.read(into: buffer) }
        var done = 0
        if !pending.isEmpty {
            done = min(pending.count, buffer.count)
            pending.withUnsafeBytes { src in
                buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: src[0..<done]))
            }
            pending.removeFirst(done)
        }
        if done < buffer.count {
            done += try file.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[done...]))
        }
        produced += done
        return done
    }

    /// The exact number of bytes left in a raw regular file; nil for gzip'd or special files.
    var exactRemaining: Int? {
        guard !isGzip, let size = file.size else { return nil }
        return max(0, size - produced)
    }

    /// An upper bound of the bytes the stream can still produce; nil when unknown.
    var maximumRemaining: Int? {
        if let inflater {
            guard let c = inflater.compressedRemaining else { return nil }
            let (bound, overflow) = c.multipliedReportingOverflow(by: GzipInflater.maximumRatio)
            return overflow ? Int.max : bound
        }
        return exactRemaining
    }
}
