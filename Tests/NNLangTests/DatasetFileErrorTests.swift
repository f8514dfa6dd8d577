import Foundation
import Testing
@testable import NNLang

/// Damaged MNIST files reached through the language: `torchvision.datasets.MNIST` on a
/// folder the test writes itself must stop the script with a typed nn error that names the
/// file, never trap or hand back garbage.
@Suite struct DatasetFileErrorTests {
    /// The four files of a valid 3-image, 2×2 split (IDX format: big-endian magic 0x00000803 /
    /// 0x00000801, then the dimensions, then the bytes).
    static func validFiles() -> [String: [UInt8]] {
        func be(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8(v >> 16 & 0xff), UInt8(v >> 8 & 0xff), UInt8(v & 0xff)] }
        let images = be(0x0803) + be(3) + be(2) + be(2) + Array(0..<12).map { UInt8($0 * 20) }
        let labels = be(0x0801) + be(3) + [4, 0, 9]
        return ["train-images-idx3-ubyte": images, "train-labels-idx1-ubyte": labels,
                "t10k-images-idx3-ubyte": images, "t10k-labels-idx1-ubyte": labels]
    }

    /// A fresh folder holding `files`.
    static func folder(_ files: [String: [UInt8]]) throws -> String {
        let dir = NSTemporaryDirectory() + "nn-dataset-errors-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (name, bytes) in files { try Data(bytes).write(to: URL(fileURLWithPath: dir + "/" + name)) }
        return dir
    }

    /// Runs `datasets.MNIST(root)` then prints the first label; returns the error or the output.
    static func load(_ root: String) -> (error: Diagnostic?, output: String) {
        let out = CapturedOutput()
        let nn = Interpreter(output: out)
        let r = nn.run("import torchvision\nds = torchvision.datasets.MNIST(root='\(root)', train=True)\nprint(ds[0][1])",
                       file: "load.nn")
        return (r.error, out.text)
    }

    @Test func validFilesLoad() throws {
        let root = try Self.folder(Self.validFiles())
        defer { try? FileManager.default.removeItem(atPath: root) }
        let r = Self.load(root)
        #expect(r.error == nil)
        #expect(r.output == "4\n")
    }

    /// Each damage, the exception it raises, and words its message must contain.
    @Test(arguments: [
        ("cut inside the pixels", "ValueError", ["is truncated", "3 × 2 × 2 = 12 bytes", "holds 7"]),
        ("cut inside the header", "ValueError", ["too short for an IDX header"]),
        ("empty", "ValueError", ["is empty"]),
        ("labels magic as images", "ValueError", ["not an IDX", "magic number"]),
        ("extra bytes", "ValueError", ["after the"]),
        ("label out of range", "ValueError", ["label 12 at index 1"]),
        ("counts disagree", "ValueError", ["holds 3 images", "2 labels"]),
    ])
    func damagedFilesAreNNErrors(damage: String, kind: String, words: [String]) throws {
        var files = Self.validFiles()
        let imagesName = "train-images-idx3-ubyte", labelsName = "train-labels-idx1-ubyte"
        let images = files[imagesName] ?? [], labels = files[labelsName] ?? []
        switch damage {
        case "cut inside the pixels": files[imagesName] = Array(images.prefix(16 + 7))
        case "cut inside the header": files[imagesName] = Array(images.prefix(10))
        case "empty": files[imagesName] = []
        case "labels magic as images": files[imagesName] = labels
        case "extra bytes": files[imagesName] = images + [1, 2, 3]
        case "label out of range": files[labelsName] = Array(labels.prefix(8)) + [4, 12, 9]
        default: files[labelsName] = [0, 0, 8, 1, 0, 0, 0, 2, 4, 0]
        }
        let root = try Self.folder(files)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let r = Self.load(root)
        let error = try #require(r.error, "\(damage): no error")
        #expect(error.kind == kind, "\(damage): \(error.kind): \(error.message)")
        #expect(error.message.contains(root), "\(damage): the message names no file: \(error.message)")
        for w in words { #expect(error.message.contains(w), "\(damage): \(error.message)") }
        #expect(error.line == 2)
        #expect(r.output.isEmpty)
    }
}
