import Foundation

/// Writes RGBA pixels as a PNG file: 8-bit RGBA, no filtering, and a zlib stream of stored
/// (uncompressed) deflate blocks, so no compression library is needed.
enum PNGEncoder {
    /// PNG bytes for `width` x `height` pixels given row by row, top row first.
    static func encode(width: Int, height: Int, pixels: [Color]) -> [UInt8] {
        var raw: [UInt8] = []
        raw.reserveCapacity(height * (width * 4 + 1))
        for y in 0..<height {
            raw.append(0)  // filter type: none
            for x in 0..<width {
                let i = y * width + x
                let c = i < pixels.count ? pixels[i] : .clear
                let (r, g, b) = c.bytes
                raw += [r, g, b, UInt8(clamping: Int((c.alpha * 255).rounded()))]
            }
        }
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header: [UInt8] = []
        header += bigEndian(UInt32(clamping: width))
        header += bigEndian(UInt32(clamping: height))
        header += [8, 6, 0, 0, 0]  // bit depth 8, colour type RGBA, deflate, no filter, no interlace
        png += chunk("IHDR", header)
        png += chunk("IDAT", zlibStored(raw))
        png += chunk("IEND", [])
        return png
    }

    /// A `data:` URI of the PNG, for an SVG `<image>`.
    static func dataURI(width: Int, height: Int, pixels: [Color]) -> String {
        "data:image/png;base64," + Data(encode(width: width, height: height, pixels: pixels)).base64EncodedString()
    }

    /// A zlib stream (RFC 1950) holding `data` in stored deflate blocks (RFC 1951).
    static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let count = min(65_535, data.count - offset)
            let final: UInt8 = offset + count >= data.count ? 1 : 0
            let length = UInt16(count)
            out += [final, UInt8(length & 0xff), UInt8(length >> 8), UInt8(~length & 0xff), UInt8(~length >> 8)]
            out += data[offset..<(offset + count)]
            offset += count
        } while offset < data.count
        out += bigEndian(adler32(data))
        return out
    }

    static func adler32(_ data: [UInt8]) -> UInt32 {
        var a: UInt32 = 1
        var b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return b << 16 | a
    }

    static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    private static func chunk(_ type: String, _ body: [UInt8]) -> [UInt8] {
        let typeBytes = Array(type.utf8)
        return bigEndian(UInt32(body.count)) + typeBytes + body + bigEndian(crc32(typeBytes + body))
    }

    private static func bigEndian(_ v: UInt32) -> [UInt8] {
        [UInt8(v >> 24), UInt8((v >> 16) & 0xff), UInt8((v >> 8) & 0xff), UInt8(v & 0xff)]
    }
}
