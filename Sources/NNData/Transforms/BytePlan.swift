import NNTensor

/// A transform chain compiled for images stored as bytes: the fused prefix as look-up
/// tables, and the steps that must still run per sample.
///
/// `ToTensor` then `Normalize`… maps each byte value `v` through the same float32 operations
/// torchvision performs — `v / 255`, then `(x - mean) / std` for each normalisation — so a
/// 256-entry table per channel gives exactly the values the separate steps would, at the
/// cost of one look-up per pixel.
struct BytePlan {
    /// One table per channel when the chain starts with `ToTensor`; nil for raw bytes.
    let tables: [[Float]]?
    /// Steps after the fused prefix, applied per sample.
    let rest: [Transform]

    /// Compiles `transform` (nil: no transform) for images of `channels` channels.
    init(_ transform: Transform?, channels: Int) throws {
        var steps = transform?.steps ?? []
        guard case .toTensor? = steps.first else {
            if case .normalize? = steps.first {
                throw DataError.transformInput(
                    transform: "Normalize", expected: "a float tensor image (put ToTensor() before it)",
                    got: "a uint8 image")
            }
            tables = nil
            rest = steps
            return
        }
        steps.removeFirst()
        var luts = [[Float]](repeating: (0..<256).map { Float($0) / 255 }, count: channels)
        while case .normalize(let mean, let std)? = steps.first {
            let (m, s) = try ImageKernels.channelParameters(mean: mean, std: std, channels: channels)
            for c in 0..<channels {
                for v in 0..<256 { luts[c][v] = (luts[c][v] - m[c]) / s[c] }
            }
            steps.removeFirst()
        }
        tables = luts
        rest = steps
    }

    /// True when a whole batch can be made in one pass from the bytes.
    var isFused: Bool { rest.isEmpty }
}
