import NNTensor

/// A stack of 8-bit grey images kept as bytes: 60,000 FashionMNIST images cost 47 MB here,
/// against 188 MB as float32. Batches are converted when they are asked for.
public struct ImageStore: Sendable {
    /// Number of images.
    public let count: Int
    /// Rows per image.
    public let height: Int
    /// Columns per image.
    public let width: Int
    /// `count × height × width` bytes, image after image, row-major.
    public let pixels: [UInt8]

    /// Wraps the contents of an IDX images file (three dimensions).
    init(_ idx: IDXArray) {
        count = idx.dims[0]
        height = idx.dims[1]
        width = idx.dims[2]
        pixels = idx.bytes
    }

    /// Bytes per image.
    public var pixelsPerImage: Int { height * width }

    /// Image `index` (in `0..<count`) as an int64 tensor `[height, width]` of values 0...255.
    public func image(at index: Int) throws -> Tensor {
        if index < 0 || index >= count { throw DataError.indexOutOfRange(index: index, count: count) }
        return try gather([index], shape: [height, width])
    }

    /// Every image as an int64 tensor `[count, height, width]` (8 bytes per pixel: build it
    /// only when asked for, as torchvision's `.data`).
    public func allImages() throws -> Tensor {
        try gather(Array(0..<count), shape: [count, height, width])
    }

    /// Images `indices` (each in `0..<count`) as int64 values in a tensor of `shape`.
    func gather(_ indices: [Int], shape: [Int]) throws -> Tensor {
        let n = pixelsPerImage
        return try Tensor(shape: shape, as: Int64.self) { out in
            pixels.withUnsafeBufferPointer { src in
                for (b, i) in indices.enumerated() {
                    for j in 0..<n { out[b * n + j] = Int64(src[i * n + j]) }
                }
            }
        }
    }

    /// Writes images `indices` (each in `0..<count`) into `out` through `table` (256 floats
    /// per byte value): the fused `ToTensor` + `Normalize` pass.
    func convert(_ indices: [Int], through table: [Float], into out: UnsafeMutableBufferPointer<Float>) {
        let n = pixelsPerImage
        guard table.count == 256, out.count >= indices.count * n,
              let dst = out.baseAddress else { return }
        pixels.withUnsafeBufferPointer { src in
            table.withUnsafeBufferPointer { lut in
                guard let bytes = src.baseAddress, let t = lut.baseAddress else { return }
                for (b, i) in indices.enumerated() {
                    let from = bytes + i * n, to = dst + b * n
                    for j in 0..<n { to[j] = t[Int(from[j])] }
                }
            }
        }
    }
}
