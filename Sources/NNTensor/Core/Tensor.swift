/// A strided n-dimensional array of `float32`, `float64`, `int64` or `bool` elements.
///
/// `Tensor` is a value type over a reference-counted `Storage`. Element `(i0, i1, …)` lives at
/// `offset + Σ ik * strides[k]` elements into the storage. Views (reshape where the layout
/// allows, transpose, permute, basic slicing, expand with zero strides, squeeze, unsqueeze)
/// share the storage of the tensor they come from.
///
/// Two mutation regimes (see README.md):
/// - **copy-on-write** — `mutating` methods (`update(_:with:)`, `withUnsafeMutableBufferPointer`)
///   first make the storage unique and contiguous, so no other tensor sees the change;
/// - **shared-write** — non-mutating methods documented as such (`set(_:to:)`, `assign(from:)`,
///   `fill(_:)`, `addInPlace(_:alpha:)`, …) write into the existing storage, so every view
///   sharing it sees the change, as Python's reference semantics require.
public struct Tensor {
    /// The shared element buffer.
    var storage: Storage
    /// Size of each dimension.
    public private(set) var shape: [Int]
    /// Distance in elements between neighbours along each dimension (may be 0 or negative).
    public private(set) var strides: [Int]
    /// Index in elements of element `(0, 0, …)` in the storage.
    public private(set) var offset: Int
    /// The element type.
    public let dtype: DType
    /// Number of elements (the product of `shape`; 1 for a 0-d tensor).
    public let count: Int
    /// True when the elements are laid out in row-major order without gaps, so element `i`
    /// in logical order is at `offset + i`.
    public let isContiguous: Bool

    /// Makes a tensor over existing storage. The caller guarantees every addressed element
    /// lies inside the storage.
    init(storage: Storage, shape: [Int], strides: [Int], offset: Int, dtype: DType) {
        self.storage = storage
        self.shape = shape
        self.strides = strides
        self.offset = offset
        self.dtype = dtype
        var n = 1
        for d in shape { n &*= d }
        self.count = n
        self.isContiguous = Shape.isContiguous(shape: shape, strides: strides)
    }

    /// Makes a tensor over existing storage whose contiguity and count the caller knows.
    init(storage: Storage, shape: [Int], strides: [Int], offset: Int, dtype: DType,
         count: Int, isContiguous: Bool) {
        self.storage = storage
        self.shape = shape
        self.strides = strides
        self.offset = offset
        self.dtype = dtype
        self.count = count
        self.isContiguous = isContiguous
    }

    /// Number of dimensions.
    public var ndim: Int { shape.count }

    /// Bytes per element times `count`.
    public var byteCount: Int { count &* dtype.itemSize }

    /// True when `other` views the same storage object (so writes through one may be seen
    /// through the other).
    public func sharesStorage(with other: Tensor) -> Bool { storage === other.storage }

    /// Allocates an uninitialised contiguous tensor after checking the shape: no negative
    /// dimension, no overflow in the element count, no buffer beyond physical memory.
    public static func uninitialized(shape: [Int], dtype: DType) throws -> Tensor {
        let n = try Shape.checkedCount(shape)
        return try uninitialized(shape: shape, strides: Shape.contiguousStrides(shape), count: n, dtype: dtype)
    }

    /// Allocates an uninitialised contiguous tensor with known-valid shape, strides and count.
    static func uninitialized(shape: [Int], strides: [Int], count: Int, dtype: DType) throws -> Tensor {
        let (bytes, overflow) = count.multipliedReportingOverflow(by: dtype.itemSize)
        if overflow || (bytes > 1 << 28 && bytes > Storage.byteLimit) {
            throw TensorError.allocationTooLarge(shape: shape, dtype: dtype)
        }
        return Tensor(storage: Storage.allocate(byteCount: bytes), shape: shape, strides: strides,
                      offset: 0, dtype: dtype, count: count, isContiguous: true)
    }

    /// A new contiguous uninitialised tensor with `self`'s shape, reusing its shape and stride
    /// arrays when `self` is contiguous (no allocation besides the storage).
    func uninitializedLike(dtype: DType) throws -> Tensor {
        if isContiguous {
            return try Tensor.uninitialized(shape: shape, strides: strides, count: count, dtype: dtype)
        }
        return try Tensor.uninitialized(shape: shape, strides: Shape.contiguousStrides(shape),
                                        count: count, dtype: dtype)
    }
}
