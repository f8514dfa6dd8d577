#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The contents of one IDX file: its dimensions and its unsigned bytes in row-major order.
public struct IDXArray: Sendable {
    /// Sizes from the header, e.g. `[60000, 28, 28]`.
    public let dims: [Int]
    /// `dims.reduce(1, *)` bytes.
    public let bytes: [UInt8]
}

/// Reads IDX files, raw or gzip'd, and checks them against the format.
///
/// Checks, each with its own `DataError`: the file opens and is not a directory; a gzip'd
/// file inflates cleanly (CRC and length included) and has nothing after its last member;
/// the header is complete; the magic number matches the kind; the declared size does not
/// overflow and stays under `byteLimit`; the data is exactly as long as declared — no byte
/// missing, none extra. A header that declares more than the file could hold (a raw file
/// shorter than declared, or more than deflate's 1032:1 ratio allows for a gzip'd one) is
/// rejected before anything is allocated.
public enum IDXReader {
    /// The most data bytes one file may declare: 4 GiB or the machine's physical memory,
    /// whichever is smaller (the largest IDX datasets in use hold well under 1 GiB).
    public static let byteLimit: Int = {
        let pages = sysconf(Int32(_SC_PHYS_PAGES)), size = sysconf(Int32(_SC_PAGESIZE))
        let (physical, overflow) = pages.multipliedReportingOverflow(by: size)
        let memory = pages > 0 && size > 0 && !overflow ? physical : Int.max
        return min(1 << 32, memory)
    }()

    /// Reads the IDX file at `path`, which must be of `kind`.
    public static func read(path: String, kind: IDXKind) throws -> IDXArray {
        try read(path: path, kind: kind, limit: byteLimit)
    }

    /// Reads the IDX file at `path` with an explicit size limit (tests use small ones).
    static func read(path: String, kind: IDXKind, limit: Int) throws -> IDXArray {
        let stream = try ByteStream(path: path)
        let dims = try readHeader(stream, kind: kind)
        var declared = 1
        for d in dims {
            let (p, overflow) = declared.multipliedReportingOverflow(by: d)
            if overflow || p > limit { throw DataError.idxTooLarge(path: path, dims: dims, limit: limit) }
            declared = p
        }
        if let exact = stream.exactRemaining {
            if exact < declared {
                throw DataError.idxTruncated(path: path, dims: dims, expected: declared, found: exact)
            }
            if exact > declared {
                throw DataError.idxExtraData(path: path, dims: dims, extra: exact - declared, atLeast: false)
            }
        }
        // Never allocate more than the stream could possibly produce.
        let capacity = min(declared, stream.maximumRemaining ?? declared)
        let bytes = try [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            initialized = try stream.read(into: UnsafeMutableRawBufferPointer(buffer))
        }
        if bytes.count < declared {
            // Count what a capped buffer could not hold, so the message says what is there.
            let more = capacity < declared ? try drain(stream, upTo: declared - capacity).count : 0
            throw DataError.idxTruncated(path: path, dims: dims, expected: declared, found: bytes.count + more)
        }
        let extra = try drain(stream, upTo: 1 << 24)
        if extra.count > 0 {
            throw DataError.idxExtraData(path: path, dims: dims, extra: extra.count, atLeast: extra.more)
        }
        return IDXArray(dims: dims, bytes: bytes)
    }

    /// Reads and checks the magic number and the dimensions.
    private static func readHeader(_ stream: ByteStream, kind: IDXKind) throws -> [Int] {
        var magic = [UInt8](repeating: 0, count: 4)
        let got = try magic.withUnsafeMutableBytes { try stream.read(into: $0) }
        if got < 4 { throw DataError.idxHeaderTruncated(path: stream.path, bytes: got) }
        let value = magic.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        if magic[0] != 0 || magic[1] != 0 {
            throw DataError.idxMagic(path: stream.path, found: value, expected: kind.magic)
        }
        if magic[2] != 0x08 { throw DataError.idxElementType(path: stream.path, code: magic[2]) }
        if value != kind.magic { throw DataError.idxMagic(path: stream.path, found: value, expected: kind.magic) }
        var sizes = [UInt8](repeating: 0, count: 4 * kind.dimensionCount)
        let n = try sizes.withUnsafeMutableBytes { try stream.read(into: $0) }
        if n < sizes.count { throw DataError.idxHeaderTruncated(path: stream.path, bytes: 4 + n) }
        return (0..<kind.dimensionCount).map { k in
            sizes[(4 * k)..<(4 * k + 4)].reduce(0) { $0 << 8 | Int($1) }
        }
    }

    /// Reads and discards up to `limit` bytes; says how many there were and whether more
    /// remain after them.
    private static func drain(_ stream: ByteStream, upTo limit: Int) throws -> (count: Int, more: Bool) {
        var scratch = [UInt8](repeating: 0, count: 1 << 16)
        var total = 0
        while total < limit {
            let want = min(scratch.count, limit - total)
            let n = try scratch.withUnsafeMutableBytes {
                try stream.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[0..<want]))
            }
            total += n
            if n < want { return (total, false) }
        }
        var probe: UInt8 = 0
        let more = try withUnsafeMutableBytes(of: &probe) { try stream.read(into: $0) } > 0
        return (total, more)
    }
}
