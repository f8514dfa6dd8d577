import Foundation
import NNTensor
import Testing
@testable import NNData

/// The real FashionMNIST from Debian's `dataset-fashion-mnist`, when installed.
///
/// Expected values were read once from the same files with Python's gzip module
/// (`gzip.open(path).read()`): counts from the headers, labels and pixel sums from the bytes.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: "/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz")))
struct FashionMNISTTests {
    @Test func trainingSplitFromTheSystemFolder() throws {
        let ds = try IDXImageDataset.fashionMNIST(root: "/nonexistent-root", train: true)
        #expect(ds.imagesPath == "/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz")
        #expect(ds.count == 60000 && ds.images.height == 28 && ds.images.width == 28)
        #expect(ds.images.pixels.count == 47_040_000)
        #expect(try Array(ds.targets.scalars(as: Int64.self).prefix(20))
            == [9, 0, 0, 3, 0, 2, 7, 2, 5, 5, 0, 9, 5, 5, 7, 9, 1, 0, 6, 4])
        #expect(try ds.targets.scalars(as: Int64.self).reduce(0, +) == 270_000)  // 6000 per class
        #expect(ds.images.pixels.reduce(0) { $0 + Int($1) } == 3_431_114_169)
        let first = try ds.images.image(at: 0).scalars(as: Int64.self)
        #expect(first.reduce(0, +) == 76247)
        #expect(Array(first[(14 * 28)..<(15 * 28)]) == [0, 0, 1, 4, 6, 7, 2, 0, 0, 0, 0, 0, 237, 226, 217, 223, 222, 219,
                                                      222, 221, 216, 223, 229, 215, 218, 255, 77, 0])
    }

    @Test func testSplitAndANormalizedBatch() throws {
        let ds = try IDXImageDataset.fashionMNIST(
            root: "", train: false, transform: .compose([.toTensor, .normalize(mean: [0.2860], std: [0.3530])]))
        #expect(ds.count == 10000)
        #expect(try Array(ds.targets.scalars(as: Int64.self).prefix(20))
            == [9, 2, 1, 1, 6, 1, 4, 6, 5, 7, 4, 5, 7, 3, 4, 1, 2, 4, 8, 0])
        let batch = try ds.batch(at: Array(0..<128))
        #expect(batch[0].shape == [128, 1, 28, 28] && batch[1].shape == [128])
        // Image 0's bytes sum to 33456: undo the normalisation and compare.
        let values = try batch[0].scalars(as: Float.self)
        let restored = values[0..<784].reduce(0.0) { $0 + (Double($1) * 0.3530 + 0.2860) * 255 }
        #expect(abs(restored - 33456) < 0.5)
        #expect(ds.classes[9] == "Ankle boot")
    }
}
