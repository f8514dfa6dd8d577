import NNData
import NNTensor

/// The modules `torchvision`, `torchvision.datasets` (`datasets`: MNIST, FashionMNIST, and
/// nn's 2-D teaching sets) and `torchvision.transforms` (`transforms`).
enum VisionModule {
    @Sendable static func registerPackage(_ m: ModuleObject, _ rt: Runtime) throws {
        m.constant("__version__", .string("0.30.0+nn"))
    }

    /// `torchvision.datasets.MNIST`.
    nonisolated(unsafe) static let mnist: ClassObject = imageDataset("MNIST", base: DataModule.dataset, spec: .mnist)

    /// `torchvision.datasets.FashionMNIST` (a subclass of MNIST, as in torchvision).
    nonisolated(unsafe) static let fashionMNIST: ClassObject = imageDataset("FashionMNIST", base: mnist, spec: .fashionMNIST)

    private static func imageDataset(_ name: String, base: ClassObject, spec: IDXDatasetSpec) -> ClassObject {
        let c = ClassObject.native(name, module: "torchvision.datasets.mnist", base: base,
                                   doc: "\(name) images (28×28, 10 classes) read from IDX files in root, gzip'd or not.")
        c.subclassable = false
        c.constructor = BuiltinFunction("\(name).__init__", "root, train=True, transform=None, target_transform=None, download=False",
                                        doc: c.doc ?? "") { a, rt in
            if !a.isNone(3) {
                throw ScriptError.notImplemented("nn's \(name) takes no target_transform; map the labels in the training loop")
            }
            let root = try a.string(0)
            let transform = try TransformObject.transform(from: a[2], rt)
            let images: IDXImageDataset
            do {
                images = try IDXImageDataset(spec, root: root, train: try a.bool(1), transform: transform)
            } catch let error as DataError {
                let e = error.scriptError
                if try a.bool(4), case .datasetFileMissing = error, case .str(let text)? = e.args.first {
                    // nn reads local files only; say so where the user asked for a download.
                    throw ScriptError(e.type, text.value + "\n(nn does not download datasets: download=True is accepted but reads local files only)")
                }
                throw e
            }
            let object = DatasetObject(images, cls: c)
            object.transformValue = a[2]
            object.info = ["root": .string(root), "train": .bool(try a.bool(1))]
            return .native(object)
        }
        return c
    }

    @Sendable static func registerDatasets(_ m: ModuleObject, _ rt: Runtime) throws {
        m.type(mnist)
        m.type(fashionMNIST)
        TeachingSets.register(m)
    }

    @Sendable static func registerTransforms(_ m: ModuleObject, _ rt: Runtime) throws {
        for c in TransformClasses.all { m.type(c) }
    }
}
