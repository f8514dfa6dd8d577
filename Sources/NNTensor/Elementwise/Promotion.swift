/// The one place where the dtype of a mixed operation is decided.
///
/// - NumPy 2 (NEP 50): arrays (0-d included) promote on the lattice bool < int64 < float32 <
///   float64, except int64 with float32 gives float64. Python scalars are weak: they keep
///   the array's dtype when their category (bool < int < float) is not higher, and otherwise
///   give the default dtype of their category (int64, float64).
/// - PyTorch: dimensioned tensors decide; 0-d tensors and then Python scalars only matter when
///   their category is higher, in which case the result is the promotion with the 0-d
///   tensor's dtype, or the default dtype for a scalar (int64, float32). int64 with float32
///   tensors gives float32.
public enum Promotion {
    /// One participant of an operation, as promotion sees it.
    public enum Participant: Sendable, Hashable {
        /// A tensor of a dtype; `zeroDim` when it has no dimensions.
        case tensor(DType, zeroDim: Bool)
        /// A Python scalar of the given kind (`.bool`, `.int64` or a float dtype for floats).
        case scalar(DType)
    }

    /// The participant for a tensor.
    public static func participant(_ t: Tensor) -> Participant { .tensor(t.dtype, zeroDim: t.ndim == 0) }

    /// The participant for a Python scalar.
    public static func participant(_ s: Scalar) -> Participant {
        switch s {
        case .bool: return .scalar(.bool)
        case .int: return .scalar(.int64)
        case .float: return .scalar(.float64)
        }
    }

    /// Two tensor dtypes promoted with each other (no scalars involved).
    public static func promoteTypes(_ a: DType, _ b: DType, flavor: Flavor) -> DType {
        if a == b { return a }
        if flavor == .numpy && ((a == .int64 && b == .float32) || (a == .float32 && b == .int64)) {
            return .float64
        }
        return a.rank >= b.rank ? a : b
    }

    /// The dtype of an operation over `participants` under `flavor`.
    public static func resultType(_ participants: [Participant], flavor: Flavor) -> DType {
        switch flavor {
        case .numpy: return numpyResult(participants)
        case .torch: return torchResult(participants)
        }
    }

    /// The dtype of a binary operation; the common cases are decided without allocating.
    public static func resultType(_ a: Participant, _ b: Participant, flavor: Flavor) -> DType {
        switch (a, b) {
        case (.tensor(let x, _), .tensor(let y, _)) where x == y:
            return x
        case (.tensor(let x, _), .scalar(let s)) where s.category <= x.category,
             (.scalar(let s), .tensor(let x, _)) where s.category <= x.category:
            return x
        default:
            return resultType([a, b], flavor: flavor)
        }
    }

    private static func numpyResult(_ ps: [Participant]) -> DType {
        var strong: DType? = nil
        var weakCategory = -1
        for p in ps {
            switch p {
            case .tensor(let d, _): strong = strong.map { promoteTypes($0, d, flavor: .numpy) } ?? d
            case .scalar(let d): weakCategory = max(weakCategory, d.category)
            }
        }
        guard let s = strong else { return defaultType(category: max(weakCategory, 0), flavor: .numpy) }
        if weakCategory <= s.category { return s }
        return defaultType(category: weakCategory, flavor: .numpy)
    }

    private static func torchResult(_ ps: [Participant]) -> DType {
        var dim: DType? = nil, zero: DType? = nil, wrapped: DType? = nil
        for p in ps {
            switch p {
            case .tensor(let d, let z):
                if z { zero = zero.map { promoteTypes($0, d, flavor: .torch) } ?? d }
                else { dim = dim.map { promoteTypes($0, d, flavor: .torch) } ?? d }
            case .scalar(let d):
                let w = defaultType(category: d.category, flavor: .torch)
                wrapped = wrapped.map { promoteTypes($0, w, flavor: .torch) } ?? w
            }
        }
        return combine(dim, combine(zero, wrapped)) ?? .float32
    }

    /// PyTorch's `combine_categories`: the higher-priority dtype wins unless the lower one
    /// is of a higher category.
    private static func combine(_ higher: DType?, _ lower: DType?) -> DType? {
        guard let h = higher else { return lower }
        guard let l = lower else { return h }
        if h.isFloatingPoint { return h }
        if h == .bool || l.isFloatingPoint { return promoteTypes(h, l, flavor: .torch) }
        return h
    }

    /// The default dtype of a category: bool, int64, or the flavour's default float.
    static func defaultType(category: Int, flavor: Flavor) -> DType {
        switch category {
        case 0: return .bool
        case 1: return .int64
        default: return flavor.defaultFloat
        }
    }
}
