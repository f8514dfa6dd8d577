#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What distinguishes one IDX image dataset from another: its name, its class names, where
/// its files may already be installed and how to get them.
public struct IDXDatasetSpec: Sendable {
    /// The torchvision class name: "MNIST", "FashionMNIST". Also the folder of torchvision's
    /// layout, `root/<name>/raw/`.
    public let name: String
    /// Class names, in label order, as torchvision lists them.
    public let classes: [String]
    /// Folders searched after `root` and `root/<name>/raw` (a system-wide installation).
    public let systemDirectories: [String]
    /// How to get the files, for the message when they are missing.
    public let instructions: String

    /// Makes a spec.
    public init(name: String, classes: [String], systemDirectories: [String], instructions: String) {
        self.name = name
        self.classes = classes
        self.systemDirectories = systemDirectories
        self.instructions = instructions
    }

    /// The four standard file names, without `.gz`.
    static let fileNames = [
        "train-images-idx3-ubyte", "train-labels-idx1-ubyte",
        "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte",
    ]

    /// LeCun's handwritten digits. No package ships them; a user points `root` at them.
    public static let mnist = IDXDatasetSpec(
        name: "MNIST",
        classes: ["0 - zero", "1 - one", "2 - two", "3 - three", "4 - four",
                  "5 - five", "6 - six", "7 - seven", "8 - eight", "9 - nine"],
        systemDirectories: [],
        instructions: "Put MNIST's four files (\(fileNames.map { $0 + ".gz" }.joined(separator: ", ")); "
            + "gzip'd or not) in the root folder or in <root>/MNIST/raw/; torchvision's mirror is "
            + "https://ossci-datasets.s3.amazonaws.com/mnist/")

    /// Zalando's FashionMNIST, installed on Debian by `dataset-fashion-mnist`.
    public static let fashionMNIST = IDXDatasetSpec(
        name: "FashionMNIST",
        classes: ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                  "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"],
        systemDirectories: ["/usr/share/datasets/fashion-mnist"],
        instructions: "Install it with `apt-get install dataset-fashion-mnist` (it goes to "
            + "/usr/share/datasets/fashion-mnist), or put its four files (\(fileNames.map { $0 + ".gz" }.joined(separator: ", ")); "
            + "gzip'd or not) in the root folder or in <root>/FashionMNIST/raw/")

    /// The image and label file names of the training or the test split.
    public func files(train: Bool) -> (images: String, labels: String) {
        train ? (Self.fileNames[0], Self.fileNames[1]) : (Self.fileNames[2], Self.fileNames[3])
    }

    /// The folders searched, in order: `root`, `root/<name>/raw`, then the system folders.
    public func searchDirectories(root: String) -> [String] {
        [root, join(join(root, name), "raw")] + systemDirectories
    }

    /// The first existing path of `file` (plain, then `.gz`) in the search folders; throws
    /// `datasetFileMissing` naming every path tried.
    public func locate(_ file: String, root: String) throws -> String {
        var tried: [String] = []
        for dir in searchDirectories(root: root) {
            for candidate in [join(dir, file), join(dir, file + ".gz")] {
                var info = stat()
                if stat(candidate, &info) == 0 { return candidate }
                tried.append(candidate)
            }
        }
        throw DataError.datasetFileMissing(dataset: name, file: file, tried: tried, help: instructions)
    }

    /// `dir/name`, without doubling a slash; an empty `dir` means the current folder.
    private func join(_ dir: String, _ name: String) -> String {
        if dir.isEmpty { return name }
        return dir.hasSuffix("/") ? dir + name : dir + "/" + name
    }
}
