import NNTensor

/// An image classification dataset read from a pair of IDX files: MNIST, FashionMNIST or any
/// other set in their format (torchvision's `datasets.MNIST` and `datasets.FashionMNIST`).
///
/// The images stay bytes in an `ImageStore`; the labels are an int64 tensor. A sample is
/// `(image, label)` with the transform applied to the image; a batch of a transform that
/// starts with `ToTensor` (then any `Normalize` steps) is filled in one pass from the bytes
/// into a float32 tensor `[B, 1, H, W]`, reusing the buffer of an earlier batch when nobody
/// holds it any more.
public final class IDXImageDataset: Dataset {
    /// The dataset's name ("MNIST", "FashionMNIST").
    public let name: String
    /// Class names in label order.
    public let classes: [String]
    /// The images file read.
    public let imagesPath: String
    /// The labels file read.
    public let labelsPath: String
    /// The images, as bytes.
    public let images: ImageStore
    /// The labels, int64 `[count]` (torchvision's `.targets`).
    public let targets: Tensor
    /// The transform applied to each image.
    public private(set) var transform: Transform?
    /// The transform compiled for the byte store.
    private(set) var plan: BytePlan

    /// Loads the training (`train`) or test split of the dataset `spec` from `root`, looking
    /// in `root`, `root/<name>/raw/` and the spec's system folders, gzip'd or not.
    public convenience init(_ spec: IDXDatasetSpec, root: String, train: Bool = true, transform: Transform? = nil) throws {
        let files = spec.files(train: train)
        try self.init(imagesPath: try spec.locate(files.images, root: root),
                      labelsPath: try spec.locate(files.labels, root: root),
                      name: spec.name, classes: spec.classes, transform: transform)
    }

    /// `MNIST(root, train, transform)`.
    public static func mnist(root: String, train: Bool = true, transform: Transform? = nil) throws -> IDXImageDataset {
        try IDXImageDataset(.mnist, root: root, train: train, transform: transform)
    }

    /// `FashionMNIST(root, train, transform)`; falls back to Debian's installation.
    public static func fashionMNIST(root: String, train: Bool = true, transform: Transform? = nil) throws -> IDXImageDataset {
        try IDXImageDataset(.fashionMNIST, root: root, train: train, transform: transform)
    }

    /// Loads an images file and a labels file given by path. Labels must lie in
    /// `0..<classes.count` and the two files must hold the same number of samples.
    public init(imagesPath: String, labelsPath: String, name: String, classes: [String], transform: Transform? = nil) throws {
        let imageData = try IDXReader.read(path: imagesPath, kind: .images)
        let labelData = try IDXReader.read(path: labelsPath, kind: .labels)
        if imageData.dims[0] != labelData.dims[0] {
            throw DataError.idxCountMismatch(images: imagesPath, imageCount: imageData.dims[0],
                                             labels: labelsPath, labelCount: labelData.dims[0])
        }
        if let bad = labelData.bytes.firstIndex(where: { Int($0) >= classes.count }) {
            throw DataError.idxLabelRange(path: labelsPath, index: bad, value: Int(labelData.bytes[bad]), classes: classes.count)
        }
        self.name = name
        self.classes = classes
        self.imagesPath = imagesPath
        self.labelsPath = labelsPath
        self.images = ImageStore(imageData)
        self.targets = Tensor(labelData.bytes.map { Int64($0) })
        self.transform = transform
        self.plan = try BytePlan(transform, channels: 1)
    }

    /// Number of samples.
    public var count: Int { images.count }

    /// Replaces the transform (checked now, so a misordered chain fails here, not mid-epoch).
    public func setTransform(_ transform: Transform?) throws {
        plan = try BytePlan(transform, channels: 1)
        self.transform = transform
    }

    /// Every image as int64 `[count, height, width]` (torchvision's `.data`, which is uint8
    /// there; 8 bytes per pixel here, so it is built only when asked for).
    public func data() throws -> Tensor { try images.allImages() }

    /// `(image, label)` with the transform applied to the image.
    public func sample(at index: Int) throws -> [SampleField] {
        if index < 0 || index >= count { throw DataError.indexOutOfRange(index: index, count: count) }
        let label = targets.int64Element(at: index)
        return [.tensor(try image(at: index)), .scalar(.int(label))]
    }

    /// The transformed image `index`: the fused prefix, then the remaining steps.
    private func image(at index: Int) throws -> Tensor {
        var x: Tensor
        if let table = plan.tables?.first {
            x = try Tensor(shape: [1, images.height, images.width], as: Float.self) { out in
                images.convert([index], through: table, into: out)
            }
        } else {
            x = try images.image(at: index)
        }
        for step in plan.rest { x = try step.apply(x) }
        return x
    }
}
