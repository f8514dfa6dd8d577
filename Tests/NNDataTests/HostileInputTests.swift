import Foundation
import NNTensor
import Testing
@testable import NNData

/// Damaged files, made with a seeded generator: every read either succeeds with data of the
/// declared size or throws a `DataError` — never traps, never returns short data.
@Suite struct HostileInputTests {
    /// Reads `bytes` written to a file as `kind`; checks the outcome is one of the two allowed.
    func readDamaged(_ bytes: [UInt8], kind: IDXKind, at path: String) throws {
        try TestFiles.write(bytes, to: path)
        do {
            let a = try IDXReader.read(path: path, kind: kind, limit: 1 << 26)
            #expect(a.bytes.count == a.dims.reduce(1, *))
        } catch is DataError {
            // expected for most damage
        }
    }

    /// Sources to damage: a stored-block gzip, Python's deflated images, and FashionMNIST's
    /// test labels when installed (real dynamic-Huffman data).
    func originals() -> [(IDXKind, [UInt8])] {
        var out: [(IDXKind, [UInt8])] = [
            (.images, TestFiles.images(count: 3, h: 4, w: 5)),
            (.images, TestFiles.gzip(TestFiles.images(count: 3, h: 4, w: 5))),
            (.images, [31, 139, 8, 0, 0, 0, 0, 0, 2, 3, 99, 96, 224, 96, 102, 96, 96, 96, 2, 98, 16, 205,
                       194, 192, 37, 34, 167, 97, 100, 227, 22, 16, 149, 146, 87, 209, 212, 51, 109, 193,
                       170, 45, 251, 78, 92, 186, 243, 12, 0, 204, 101, 41, 210, 40, 0, 0, 0]),
        ]
        if let data = FileManager.default.contents(atPath: "/usr/share/datasets/fashion-mnist/t10k-labels-idx1-ubyte.gz") {
            out.append((.labels, Array(data)))
        }
        return out
    }

    @Test func flippedBytesAndCutFiles() throws {
        let dir = try TestFiles.folder()
        var g = RandomGenerator(seed: 2024)
        for (k, (kind, original)) in originals().enumerated() {
            for trial in 0..<150 {
                var bytes = original
                for _ in 0...Int(g.next(below: 3)) {
                    let i = Int(g.next(below: UInt64(bytes.count)))
                    bytes[i] ^= UInt8(truncatingIfNeeded: 1 + g.next(below: 255))
                }
                try readDamaged(bytes, kind: kind, at: dir + "/flip-\(k)-\(trial)")
                let cut = Int(g.next(below: UInt64(original.count)))
                try readDamaged(Array(original[..<cut]), kind: kind, at: dir + "/cut-\(k)-\(trial)")
            }
        }
    }

    @Test func randomTextNeverTraps() throws {
        var g = RandomGenerator(seed: 99)
        let alphabet = Array("0123456789.,;-+eE \t\n\r#\"abcnaif".utf8)
        for _ in 0..<300 {
            let n = Int(g.next(below: 80))
            let text = String(decoding: (0..<n).map { _ in alphabet[Int(g.next(below: UInt64(alphabet.count)))] }, as: UTF8.self)
            for delimiter in [nil, ","] as [String?] {
                do { _ = try TextTable.loadtxt(.text(text), delimiter: delimiter) } catch is DataError {}
                do { _ = try TextTable.genfromtxt(.text(text), delimiter: delimiter, usecols: [0, -1]) } catch is DataError {}
            }
        }
    }
}
