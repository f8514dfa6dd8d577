import CZlib

/// Streams the decompressed bytes of a gzip file through zlib, in pieces of any size.
///
/// The output size written in the gzip trailer is never trusted: the caller asks for as many
/// bytes as it expects and learns how many the stream really produced. zlib checks each
/// member's CRC-32 and length when the member ends. Concatenated members (as `cat a.gz b.gz`
/// makes) are read one after the other; anything else after the last member is an error.
final class GzipInflater {
    /// The compressed file.
    private let file: FileInput
    /// zlib's state, at a fixed address (zlib keeps a pointer back to it).
    private let stream: UnsafeMutablePointer<z_stream>
    /// Compressed input read from the file and not yet consumed.
    private let input: UnsafeMutableRawBufferPointer
    /// True once the file has no more bytes.
    private var inputEnded = false
    /// True once the last member ended at the end of the file.
    private var finished = false
    /// True right after a member ended and the next one started: a header error then means
    /// trailing data that is not gzip.
    private var atMemberStart = false
    /// Compressed bytes read from the file so far.
    private(set) var compressedRead = 0

    /// The largest expansion deflate can achieve (1032:1), with a margin: a stream can never
    /// produce more than this many bytes per compressed byte.
    static let maximumRatio = 1040

    /// Starts inflating `file`, whose first bytes `prefix` have already been read from it.
    init(file: FileInput, prefix: [UInt8]) throws {
        self.file = file
        input = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // 15 window bits + 16: expect a gzip header and trailer.
        let status = inflateInit2_(stream, 15 + 16, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        if status != Z_OK {
            stream.deinitialize(count: 1)
            stream.deallocate()
            input.deallocate()
            throw DataError.io(path: file.path, reason: "zlib could not start (status \(status))")
        }
        prefix.withUnsafeBytes { src in input.copyMemory(from: src) }
        compressedRead = prefix.count
        setInput(count: prefix.count)
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
        input.deallocate()
    }

    /// Compressed bytes in the file not read yet (nil when the file size is unknown).
    var compressedRemaining: Int? {
        file.size.map { max(0, $0 - compressedRead) + Int(stream.pointee.avail_in) }
    }

    /// Fills `buffer` with decompressed bytes until it is full or the stream ends; returns
    /// how many bytes were written.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var produced = 0
        while produced < buffer.count && !finished {
            if stream.pointee.avail_in == 0 && !inputEnded { try refill() }
            let room = min(buffer.count - produced, 1 << 30)
            stream.pointee.next_out = (base + produced).assumingMemoryBound(to: Bytef.self)
            stream.pointee.avail_out = uInt(room)
            let status = inflate(stream, Z_NO_FLUSH)
            let made = room - Int(stream.pointee.avail_out)
            produced += made
            if made > 0 { atMemberStart = false }
            switch status {
            case Z_OK:
                continue
            case Z_STREAM_END:
                try nextMember()
            case Z_BUF_ERROR:
                // No progress: more input is needed and there is none.
                if inputEnded && stream.pointee.avail_in == 0 { throw DataError.gzipTruncated(path: file.path) }
            case Z_DATA_ERROR:
                if atMemberStart { throw DataError.gzipTrailingData(path: file.path) }
                throw DataError.gzipCorrupt(path: file.path, reason: zlibMessage ?? "invalid compressed data")
            case Z_MEM_ERROR:
                throw DataError.io(path: file.path, reason: "out of memory while decompressing")
            case Z_NEED_DICT:
                throw DataError.gzipCorrupt(path: file.path, reason: "the stream needs a preset dictionary")
            default:
                throw DataError.gzipCorrupt(path: file.path, reason: zlibMessage ?? "zlib status \(status)")
            }
        }
        return produced
    }

    /// After a member's end: finish at the end of the file, or start the next member.
    private func nextMember() throws {
        if stream.pointee.avail_in == 0 && !inputEnded { try refill() }
        if stream.pointee.avail_in == 0 {
            finished = true
            return
        }
        if inflateReset(stream) != Z_OK {
            throw DataError.gzipCorrupt(path: file.path, reason: "could not start the next gzip member")
        }
        atMemberStart = true
    }

    /// Reads the next piece of compressed input.
    private func refill() throws {
        let n = try file.read(into: input)
        compressedRead += n
        if n < input.count { inputEnded = true }
        setInput(count: n)
    }

    /// Points zlib at the first `count` bytes of the input buffer.
    private func setInput(count: Int) {
        stream.pointee.next_in = input.baseAddress?.assumingMemoryBound(to: Bytef.self)
        stream.pointee.avail_in = uInt(count)
    }

    /// zlib's text for the last error, when it gave one.
    private var zlibMessage: String? {
        stream.pointee.msg.map { String(cString: $0) }
    }
}
