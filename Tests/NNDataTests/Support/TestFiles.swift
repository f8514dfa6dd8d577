import Foundation

/// Small files the tests write for themselves: IDX headers and payloads, gzip streams (stored
/// deflate blocks, with a hand-computed CRC-32), a fresh temporary folder per test.
enum TestFiles {
    /// A new empty folder under the system's temporary directory.
    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "nndata-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Writes `bytes` to `path`, creating parent folders.
    static func write(_ bytes: [UInt8], to path: String) throws {
        let dir = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// Writes `text` to `path` as UTF-8.
    static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    /// An IDX file: the magic (0, 0, type, dims.count unless given), big-endian sizes, payload.
    static func idx(dims: [Int], payload: [UInt8], type: UInt8 = 0x08, magic: [UInt8]? = nil) -> [UInt8] {
        var out = magic ?? [0, 0, type, UInt8(dims.count)]
        for d in dims {
            let v = UInt32(truncatingIfNeeded: d)
            out += [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)]
        }
        return out + payload
    }

    /// An images file of `count` images `h × w` whose pixel k of image i is `(i * 37 + k * 11) % 256`.
    static func images(count: Int, h: Int, w: Int) -> [UInt8] {
        idx(dims: [count, h, w], payload: pixels(count: count, h: h, w: w))
    }

    /// The payload of `images(count:h:w:)`.
    static func pixels(count: Int, h: Int, w: Int) -> [UInt8] {
        (0..<(count * h * w)).map { n in
            let (i, k) = (n / (h * w), n % (h * w))
            return UInt8((i * 37 + k * 11) % 256)
        }
    }

    /// A labels file.
    static func labels(_ values: [UInt8]) -> [UInt8] { idx(dims: [values.count], payload: values) }

    /// A gzip member holding `data` in stored (uncompressed) deflate blocks.
    static func gzip(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF]
        var start = 0
        repeat {
            let n = min(65_535, data.count - start)
            let final: UInt8 = start + n == data.count ? 1 : 0
            out += [final, UInt8(n & 0xFF), UInt8(n >> 8), UInt8(~n & 0xFF), UInt8((~n >> 8) & 0xFF)]
            out += data[start..<(start + n)]
            start += n
        } while start < data.count
        return out + le32(crc32(data)) + le32(UInt32(truncatingIfNeeded: data.count))
    }

    /// CRC-32 (IEEE 802.3, reflected, as gzip uses).
    static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    /// Little-endian bytes of a 32-bit value.
    static func le32(_ v: UInt32) -> [UInt8] {
        [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24)]
    }

    /// True when the process runs as root (which reads files whatever their permissions).
    static var isRoot: Bool { geteuid() == 0 }
}
