import NNTensor

/// The tensor kernels behind `ToTensor` and `Normalize` when they run on tensors (per sample,
/// after a user transform, or called directly).
enum ImageKernels {
    /// `ToTensor` of an int64 image: `[H, W]` → float32 `[1, H, W]`, `[H, W, C]` →
    /// `[C, H, W]`, each value divided by 255.
    static func toTensor(_ image: Tensor) throws -> Tensor {
        guard image.dtype == .int64, image.ndim == 2 || image.ndim == 3 else {
            throw DataError.transformInput(
                transform: "ToTensor", expected: "an image of byte values (int64, H×W or H×W×C)",
                got: "a \(image.dtype.numpyName) tensor of shape \(image.shape)")
        }
        let (h, w) = (image.shape[0], image.shape[1])
        let c = image.ndim == 3 ? image.shape[2] : 1
        return try image.withUnsafeBufferPointer(as: Int64.self) { src in
            try Tensor(shape: [c, h, w], as: Float.self) { out in
                let plane = h * w
                for p in 0..<plane {
                    for k in 0..<c { out[k * plane + p] = Float(src[p * c + k]) / 255 }
                }
            }
        }
    }

    /// `Normalize`: `(x - mean[c]) / std[c]` over channel dimension `-3` of a float tensor,
    /// in the tensor's own dtype. Returns a new tensor.
    static func normalize(_ image: Tensor, mean: [Double], std: [Double]) throws -> Tensor {
        guard image.dtype.isFloatingPoint, image.ndim >= 3 else {
            throw DataError.transformInput(
                transform: "Normalize", expected: "a float tensor image of shape (..., C, H, W)",
                got: "a \(image.dtype.numpyName) tensor of shape \(image.shape)")
        }
        let channels = image.shape[image.ndim - 3]
        let plane = image.shape[image.ndim - 2] * image.shape[image.ndim - 1]
        if image.dtype == .float32 {
            let (m, s) = try channelParameters(mean: mean, std: std, channels: channels, as: Float.self)
            return try normalize(image, m, s, plane: plane)
        }
        let (m, s) = try channelParameters(mean: mean, std: std, channels: channels, as: Double.self)
        return try normalize(image, m, s, plane: plane)
    }

    /// The typed loop of `normalize`.
    private static func normalize<T: TensorElement & BinaryFloatingPoint>(
        _ image: Tensor, _ mean: [T], _ std: [T], plane: Int
    ) throws -> Tensor {
        try image.withUnsafeBufferPointer(as: T.self) { src in
            try Tensor(shape: image.shape, as: T.self) { out in
                let channels = mean.count
                guard plane > 0, channels > 0 else { return }
                for block in 0..<(src.count / plane) {
                    let c = block % channels
                    let (m, s) = (mean[c], std[c])
                    let base = block * plane
                    for i in base..<(base + plane) { out[i] = (src[i] - m) / s }
                }
            }
        }
    }

    /// Per-channel float32 mean and std for `channels` channels (float32, as torchvision
    /// converts them to the image's dtype).
    static func channelParameters(mean: [Double], std: [Double], channels: Int) throws -> ([Float], [Float]) {
        try channelParameters(mean: mean, std: std, channels: channels, as: Float.self)
    }

    /// Mean and std expanded to one value per channel in `T`; a single value applies to all.
    /// Throws when a length is neither 1 nor `channels`, or a std is zero in `T`.
    static func channelParameters<T: BinaryFloatingPoint>(
        mean: [Double], std: [Double], channels: Int, as type: T.Type
    ) throws -> ([T], [T]) {
        func expand(_ values: [Double]) throws -> [T] {
            if values.count == channels { return values.map { T($0) } }
            if values.count == 1 { return Array(repeating: T(values[0]), count: channels) }
            throw DataError.normalizeChannels(mean: mean.count, std: std.count, channels: channels)
        }
        let m = try expand(mean), s = try expand(std)
        if s.contains(0) { throw DataError.normalizeZeroStd }
        return (m, s)
    }
}
