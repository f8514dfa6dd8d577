import NNTensor

/// An image transform, as torchvision's `transforms` module has them.
///
/// Transforms are data, not opaque functions, so a dataset can look at the chain and fuse
/// it: `ToTensor` followed by any number of `Normalize` steps becomes one 256-entry table per
/// channel, and a batch is filled straight from the `UInt8` store by table look-up — one pass,
/// bit-for-bit the float32 values torchvision's separate steps give. Steps after a `.custom`
/// one (a callable passed in by the language) run per sample on tensors.
///
/// Before `ToTensor` an image is its raw bytes; handed to a `.custom` step (or returned by a
/// dataset without transform) it is an int64 tensor `[H, W]` of values 0...255, standing in
/// for the PIL image torchvision would give.
public indirect enum Transform {
    /// `ToTensor()`: bytes `[H, W]` (or `[H, W, C]`) → float32 `[C, H, W]` divided by 255.
    case toTensor
    /// `Normalize(mean, std)`: `(x - mean[c]) / std[c]` per channel of a float image
    /// `[..., C, H, W]`; one value applies to every channel.
    case normalize(mean: [Double], std: [Double])
    /// `Compose([...])`: the steps in order.
    case compose([Transform])
    /// A user transform: `name` for messages and reprs, `body` applied to each sample.
    case custom(name: String, body: (Tensor) throws -> Tensor)

    /// The chain as a flat list of `.toTensor`, `.normalize` and `.custom` steps.
    public var steps: [Transform] {
        switch self {
        case .compose(let parts): return parts.flatMap(\.steps)
        default: return [self]
        }
    }

    /// Applies the transform to one tensor: an int64 image for `ToTensor`, a float image
    /// `[..., C, H, W]` for `Normalize`.
    public func apply(_ input: Tensor) throws -> Tensor {
        var x = input
        for step in steps {
            switch step {
            case .toTensor: x = try ImageKernels.toTensor(x)
            case .normalize(let mean, let std): x = try ImageKernels.normalize(x, mean: mean, std: std)
            case .custom(_, let body): x = try body(x)
            case .compose: break  // `steps` never yields a compose
            }
        }
        return x
    }
}

extension Transform: CustomStringConvertible {
    /// torchvision's repr: `ToTensor()`, `Normalize(mean=(0.286,), std=(0.353,))`,
    /// `Compose(\n    ToTensor()\n    ...\n)`.
    public var description: String {
        switch self {
        case .toTensor: return "ToTensor()"
        case .normalize(let mean, let std): return "Normalize(mean=\(tuple(mean)), std=\(tuple(std)))"
        case .custom(let name, _): return name
        case .compose(let parts):
            return "Compose(\n" + parts.map { "    " + $0.description + "\n" }.joined() + ")"
        }
    }

    /// Python's tuple repr of floats: `(0.5,)`, `(0.1, 0.2)`.
    private func tuple(_ values: [Double]) -> String {
        let items = values.map { $0.description }
        return "(" + items.joined(separator: ", ") + (items.count == 1 ? ",)" : ")")
    }
}
