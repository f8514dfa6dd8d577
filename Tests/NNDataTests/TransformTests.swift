import NNTensor
import Testing
@testable import NNData

/// ToTensor, Normalize, Compose and user transforms, fused and per sample.
@Suite struct TransformTests {
    /// Byte values probed below.
    static let probes = [0, 1, 2, 17, 50, 100, 127, 128, 200, 254, 255]

    /// float32 bit patterns from PyTorch 2.15, reproducing torchvision's steps:
    /// `x = torch.arange(256, dtype=torch.uint8).view(1, 16, 16).to(torch.float32).div(255)`
    /// then `x.sub_(mean).div_(std)` with `mean`, `std` as float32 tensors viewed (-1, 1, 1).
    static let toTensorBits: [UInt32] = [
        0x0, 0x3B80_8081, 0x3C00_8081, 0x3D88_8889, 0x3E48_C8C9, 0x3EC8_C8C9, 0x3EFE_FEFF,
        0x3F00_8081, 0x3F48_C8C9, 0x3F7E_FEFF, 0x3F80_0000,
    ]
    /// Normalize((0.2860,), (0.3530,)), FashionMNIST's.
    static let fashionBits: [UInt32] = [
        0xBF4F_6929, 0xBF4C_911B, 0xBF49_B90C, 0xBF1F_1034, 0xBE82_6CAC, 0x3E99_F8F9, 0x3F19_C603,
        0x3F1C_9E13, 0x3FB4_B111, 0x4000_BD4C, 0x4001_734F,
    ]
    /// Normalize((0.1307,), (0.3081,)) then Normalize((0.5,), (0.25,)).
    static let twiceBits: [UInt32] = [
        0xC06C_9938, 0xC069_5710, 0xC066_14E8, 0xC035_348B, 0xBF93_5AB0, 0x3FB2_7D10, 0x4031_38C8,
        0x4034_7AF4, 0x40CF_8B26, 0x4113_C2B3, 0x4114_933D,
    ]

    @Test func fusedTablesMatchTorchvisionBitForBit() throws {
        let cases: [(Transform, [UInt32])] = [
            (.toTensor, Self.toTensorBits),
            (.compose([.toTensor, .normalize(mean: [0.2860], std: [0.3530])]), Self.fashionBits),
            (.compose([.toTensor, .compose([.normalize(mean: [0.1307], std: [0.3081])]),
                       .normalize(mean: [0.5], std: [0.25])]), Self.twiceBits),
        ]
        for (transform, bits) in cases {
            let plan = try BytePlan(transform, channels: 1)
            #expect(plan.isFused)
            let table = try #require(plan.tables?.first)
            #expect(Self.probes.map { table[$0].bitPattern } == bits)

            // The per-tensor path (ToTensor then Normalize as separate kernels) agrees too.
            let image = Tensor(Self.probes.map(Int64.init))
            let steps = try transform.apply(try image.reshape([1, Self.probes.count]))
            #expect(steps.shape == [1, 1, Self.probes.count])
            #expect(try steps.scalars(as: Float.self).map(\.bitPattern) == bits)
        }
    }

    @Test func normalizePerChannelOnFloatImages() throws {
        // Two channels of 2 pixels, and a batch of two such images; float64 stays float64.
        let x = try Tensor([1.0, 2, 3, 4], shape: [2, 1, 2])
        let y = try Transform.normalize(mean: [1, 2], std: [2, 4]).apply(x)
        #expect(try y.dtype == .float64 && y.scalars(as: Double.self) == [0, 0.5, 0.25, 0.5])
        let batch = try Tensor([1.0, 2, 3, 4, 5, 6, 7, 8], shape: [2, 2, 1, 2])
        let z = try Transform.normalize(mean: [1], std: [2]).apply(batch)
        #expect(try z.scalars(as: Double.self) == [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5])
        #expect(x.doubleElement(at: 0) == 1)  // the input is untouched
    }

    @Test func toTensorOfAColourImageMovesChannelsFirst() throws {
        let hwc = try Tensor([Int64(0), 255, 51, 102, 153, 204], shape: [1, 2, 3])
        let chw = try Transform.toTensor.apply(hwc)
        #expect(chw.shape == [3, 1, 2])
        #expect(try chw.scalars(as: Float.self) == [0, Float(102) / 255, 1, Float(153) / 255, Float(51) / 255, Float(204) / 255])
    }

    @Test func misuseIsATypedError() throws {
        #expect(throws: DataError.transformInput(transform: "Normalize", expected: "a float tensor image (put ToTensor() before it)", got: "a uint8 image")) {
            try BytePlan(.compose([.normalize(mean: [0.5], std: [0.5]), .toTensor]), channels: 1)
        }
        #expect(throws: DataError.normalizeChannels(mean: 3, std: 3, channels: 1)) {
            try BytePlan(.compose([.toTensor, .normalize(mean: [0.5, 0.5, 0.5], std: [0.2, 0.2, 0.2])]), channels: 1)
        }
        #expect(throws: DataError.normalizeZeroStd) {
            try BytePlan(.compose([.toTensor, .normalize(mean: [0.5], std: [1e-50])]), channels: 1)
        }
        #expect(throws: DataError.transformInput(transform: "ToTensor", expected: "an image of byte values (int64, H×W or H×W×C)", got: "a float32 tensor of shape [1, 2, 2]")) {
            try Transform.toTensor.apply(try Tensor.zeros([1, 2, 2], dtype: .float32))
        }
        #expect(throws: DataError.transformInput(transform: "Normalize", expected: "a float tensor image of shape (..., C, H, W)", got: "a float32 tensor of shape [4]")) {
            try Transform.normalize(mean: [0], std: [1]).apply(try Tensor.zeros([4], dtype: .float32))
        }
        #expect(DataError.normalizeZeroStd.message == "std evaluated to zero after conversion to torch.float32, leading to division by zero.")
    }

    @Test func reprIsTorchvisions() {
        let t = Transform.compose([.toTensor, .normalize(mean: [0.286], std: [0.353])])
        #expect(t.description == "Compose(\n    ToTensor()\n    Normalize(mean=(0.286,), std=(0.353,))\n)")
        #expect(Transform.normalize(mean: [0.5, 0.25], std: [1, 2]).description == "Normalize(mean=(0.5, 0.25), std=(1.0, 2.0))")
    }

    /// A user transform after ToTensor runs per sample; the loader collates the results.
    @Test func customStepRunsPerSample() throws {
        let root = try TestFiles.folder()
        try IDXDatasetTests.writeSplits(in: root, gzip: false)
        let flatten = Transform.custom(name: "flatten") { try $0.reshape([-1]) }
        let ds = try IDXImageDataset.mnist(root: root, transform: .compose([.toTensor, flatten, .custom(name: "double") { try $0 * 2 }]))
        #expect(!ds.plan.isFused)
        let batch = try ds.batch(at: [1, 3])
        #expect(batch[0].shape == [2, 6] && batch[0].dtype == .float32)
        let pixels = TestFiles.pixels(count: 5, h: 2, w: 3)
        #expect(try batch[0].scalars(as: Float.self) == (Array(pixels[6..<12]) + Array(pixels[18..<24])).map { 2 * (Float($0) / 255) })

        // Before ToTensor a user transform sees the byte image as int64 [H, W].
        var seen: [Int] = []
        try ds.setTransform(.compose([.custom(name: "peek") { seen = $0.shape; return $0 }, .toTensor]))
        guard case .tensor(let image) = try ds.item(0)[0] else { Issue.record("no tensor"); return }
        #expect(seen == [2, 3] && image.shape == [1, 2, 3])
    }
}
