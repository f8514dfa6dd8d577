import Foundation
import NNData
import NNTensor

/// Dataset benchmarks on the real FashionMNIST (Debian's `dataset-fashion-mnist`): loading
/// the 60,000 gzip'd training images and labels, and one shuffled epoch of batches of 128
/// through ToTensor + Normalize (the fused byte-table pass). Skipped when the files are absent.
func dataWorkloads() -> [Workload] {
    let folder = "/usr/share/datasets/fashion-mnist"
    guard FileManager.default.fileExists(atPath: folder + "/train-images-idx3-ubyte.gz") else {
        print("data.*: skipped, \(folder) not installed (apt-get install dataset-fashion-mnist)")
        return []
    }
    var out: [Workload] = []
    out.append(Workload(
        name: "data.fashion.load.train",
        detail: "FashionMNIST(train=True): inflate + check 60,000 images (47 MB as bytes) and labels",
        body: {
            let ds = try! IDXImageDataset.fashionMNIST(root: folder, train: true)
            return Double(ds.count)
        },
        throughput: { s in (47_040_016 / s / 1e6, "MB/s") }))

    let transform = Transform.compose([.toTensor, .normalize(mean: [0.2860], std: [0.3530])])
    let train = try! IDXImageDataset.fashionMNIST(root: folder, train: true, transform: transform)
    let loader = try! DataLoader(train, batchSize: 128, shuffle: true)
    out.append(Workload(
        name: "data.fashion.epoch.128",
        detail: "one shuffled epoch, 469 batches of 128 through ToTensor+Normalize into float32 [128,1,28,28]",
        body: {
            var epoch = loader.makeEpoch()
            var sum = 0.0
            while let batch = try! epoch.next() { sum += Double(batch[0].floatElement(at: 0)) }
            return sum
        },
        throughput: { s in (Double(train.count) / s / 1e6, "M images/s") }))
    return out
}
