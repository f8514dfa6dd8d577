/// The two kinds of IDX file a dataset reads, with the magic number each must start with.
///
/// An IDX file is a big-endian header — two zero bytes, an element-type byte (0x08 for
/// unsigned bytes), a dimension-count byte, then one 32-bit size per dimension — followed by
/// the elements in row-major order. Images are `count × rows × columns` (magic 0x00000803),
/// labels are `count` (magic 0x00000801).
public enum IDXKind: Sendable, Hashable {
    /// A stack of 8-bit grey images: three dimensions.
    case images
    /// One 8-bit label per sample: one dimension.
    case labels

    /// The number of dimensions the header must declare.
    public var dimensionCount: Int { self == .images ? 3 : 1 }

    /// The magic number: 0x00000803 for images, 0x00000801 for labels.
    public var magic: UInt32 { 0x0000_0800 | UInt32(dimensionCount) }

    /// "images" or "labels", for messages; another magic number is named by its dimensions.
    static func name(magic: UInt32) -> String {
        switch magic {
        case IDXKind.images.magic: return "images"
        case IDXKind.labels.magic: return "labels"
        default: return "\(magic & 0xFF)-d"
        }
    }

    /// The element type an IDX type code stands for.
    static func elementTypeName(_ code: UInt8) -> String {
        switch code {
        case 0x08: return "unsigned byte"
        case 0x09: return "signed byte"
        case 0x0B: return "int16"
        case 0x0C: return "int32"
        case 0x0D: return "float32"
        case 0x0E: return "float64"
        default: return "unknown"
        }
    }
}
