import Foundation
import NNTensor
import Testing
@testable import NNData

/// MNIST-style datasets: where the files are looked for, what a sample and a batch hold.
@Suite struct IDXDatasetTests {
    /// Writes a 5-image training split (2 × 3 pixels, labels 7 3 0 9 3) and a 2-image test
    /// split into `dir`, gzip'd or raw.
    static func writeSplits(in dir: String, gzip: Bool) throws {
        let suffix = gzip ? ".gz" : ""
        func put(_ bytes: [UInt8], _ name: String) throws {
            try TestFiles.write(gzip ? TestFiles.gzip(bytes) : bytes, to: dir + "/" + name + suffix)
        }
        try put(TestFiles.images(count: 5, h: 2, w: 3), "train-images-idx3-ubyte")
        try put(TestFiles.labels([7, 3, 0, 9, 3]), "train-labels-idx1-ubyte")
        try put(TestFiles.images(count: 2, h: 2, w: 3), "t10k-images-idx3-ubyte")
        try put(TestFiles.labels([1, 2]), "t10k-labels-idx1-ubyte")
    }

    @Test(arguments: [false, true])
    func readsRootAndTorchvisionLayout(gzip: Bool) throws {
        let root = try TestFiles.folder()
        try Self.writeSplits(in: root + "/MNIST/raw", gzip: gzip)
        let train = try IDXImageDataset.mnist(root: root, train: true)
        #expect(train.count == 5)
        #expect(train.imagesPath == root + "/MNIST/raw/train-images-idx3-ubyte" + (gzip ? ".gz" : ""))
        #expect(try train.targets.scalars(as: Int64.self) == [7, 3, 0, 9, 3])
        #expect(train.classes.count == 10 && train.classes[0] == "0 - zero")
        let test = try IDXImageDataset.mnist(root: root + "/", train: false)
        #expect(try test.count == 2 && test.targets.scalars(as: Int64.self) == [1, 2])

        // Files directly in root win over the torchvision layout.
        try Self.writeSplits(in: root, gzip: !gzip)
        #expect(try IDXImageDataset.mnist(root: root).imagesPath.hasPrefix(root + "/train-images"))
    }

    @Test func missingFilesNameEveryPathTriedAndHowToGetThem() throws {
        let root = try TestFiles.folder()
        let tried = [
            root + "/train-images-idx3-ubyte", root + "/train-images-idx3-ubyte.gz",
            root + "/MNIST/raw/train-images-idx3-ubyte", root + "/MNIST/raw/train-images-idx3-ubyte.gz",
        ]
        let expected = DataError.datasetFileMissing(dataset: "MNIST", file: "train-images-idx3-ubyte",
                                                    tried: tried, help: IDXDatasetSpec.mnist.instructions)
        #expect(throws: expected) { try IDXImageDataset.mnist(root: root) }
        #expect(expected.message.contains("  " + root + "/MNIST/raw/train-images-idx3-ubyte.gz\n"))
        #expect(expected.message.contains("t10k-labels-idx1-ubyte.gz"))

        // FashionMNIST also tries its system folders and says how to install the package.
        let spec = IDXDatasetSpec(name: "FashionMNIST", classes: IDXDatasetSpec.fashionMNIST.classes,
                                  systemDirectories: [root + "/system"], instructions: IDXDatasetSpec.fashionMNIST.instructions)
        do {
            _ = try IDXImageDataset(spec, root: root, train: false)
            Issue.record("expected a missing-file error")
        } catch let error as DataError {
            guard case .datasetFileMissing(_, let file, let paths, let help) = error else {
                Issue.record("wrong error \(error)"); return
            }
            #expect(file == "t10k-images-idx3-ubyte")
            #expect(paths.last == root + "/system/t10k-images-idx3-ubyte.gz" && paths.count == 6)
            #expect(help.contains("apt-get install dataset-fashion-mnist"))
            #expect(error.exceptionName == "FileNotFoundError")
        }
    }

    @Test func fashionMNISTClassesAreTorchvisions() {
        #expect(IDXDatasetSpec.fashionMNIST.classes == ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                                                         "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"])
        #expect(IDXDatasetSpec.fashionMNIST.searchDirectories(root: "./data")
            == ["./data", "./data/FashionMNIST/raw", "/usr/share/datasets/fashion-mnist"])
    }

    @Test func imageAndLabelFilesMustAgree() throws {
        let dir = try TestFiles.folder()
        try TestFiles.write(TestFiles.images(count: 3, h: 2, w: 2), to: dir + "/i")
        try TestFiles.write(TestFiles.labels([1, 2]), to: dir + "/l")
        try TestFiles.write(TestFiles.labels([1, 2, 10]), to: dir + "/l10")
        let classes = IDXDatasetSpec.mnist.classes
        #expect(throws: DataError.idxCountMismatch(images: dir + "/i", imageCount: 3, labels: dir + "/l", labelCount: 2)) {
            try IDXImageDataset(imagesPath: dir + "/i", labelsPath: dir + "/l", name: "MNIST", classes: classes)
        }
        #expect(throws: DataError.idxLabelRange(path: dir + "/l10", index: 2, value: 10, classes: 10)) {
            try IDXImageDataset(imagesPath: dir + "/i", labelsPath: dir + "/l10", name: "MNIST", classes: classes)
        }
        // A labels file where the images file should be.
        #expect(throws: DataError.idxMagic(path: dir + "/l", found: 0x801, expected: 0x803)) {
            try IDXImageDataset(imagesPath: dir + "/l", labelsPath: dir + "/l", name: "MNIST", classes: classes)
        }
    }

    @Test func samplesWithoutTransformAreByteImages() throws {
        let root = try TestFiles.folder()
        try Self.writeSplits(in: root, gzip: false)
        let ds = try IDXImageDataset.mnist(root: root)
        let sample = try ds.item(1)
        guard case .tensor(let image) = sample[0], case .scalar(let label) = sample[1] else {
            Issue.record("expected (tensor, label)"); return
        }
        #expect(image.shape == [2, 3] && image.dtype == .int64)
        // pixel k of image 1 is (37 + 11k) % 256
        #expect(try image.scalars(as: Int64.self) == [37, 48, 59, 70, 81, 92])
        #expect(label == .int(3))
        #expect(try ds.item(-1).count == 2)
        #expect(throws: DataError.indexOutOfRange(index: 5, count: 5)) { try ds.item(5) }
        #expect(throws: DataError.indexOutOfRange(index: -6, count: 5)) { try ds.item(-6) }
        #expect(throws: DataError.indexOutOfRange(index: 5, count: 5)) { try ds.images.image(at: 5) }

        let data = try ds.data()
        #expect(data.shape == [5, 2, 3])
        #expect(try data.scalars(as: Int64.self) == TestFiles.pixels(count: 5, h: 2, w: 3).map(Int64.init))

        let batch = try ds.batch(at: [4, 0])
        #expect(batch[0].shape == [2, 2, 3] && batch[0].dtype == .int64)
        #expect(try batch[1].scalars(as: Int64.self) == [3, 7])
    }

    @Test func toTensorSampleAndBatch() throws {
        let root = try TestFiles.folder()
        try Self.writeSplits(in: root, gzip: true)
        let ds = try IDXImageDataset.mnist(root: root, transform: .toTensor)
        guard case .tensor(let image) = try ds.item(2)[0] else { Issue.record("no tensor"); return }
        #expect(image.shape == [1, 2, 3] && image.dtype == .float32)
        let bytes = TestFiles.pixels(count: 5, h: 2, w: 3)[12..<18]
        #expect(try image.scalars(as: Float.self) == bytes.map { Float($0) / 255 })

        let batch = try ds.batch(at: [2, 2, 0])
        #expect(batch[0].shape == [3, 1, 2, 3] && batch[0].dtype == .float32)
        #expect(try batch[1].dtype == .int64 && batch[1].scalars(as: Int64.self) == [0, 0, 7])
        let values = try batch[0].scalars(as: Float.self)
        #expect(Array(values[0..<6]) == bytes.map { Float($0) / 255 })
        #expect(throws: DataError.indexOutOfRange(index: 9, count: 5)) { try ds.batch(at: [0, 9]) }
    }
}
