/// Raw buffer access for kernels written in other modules, and typed construction.
extension Tensor {
    /// Allocates a contiguous tensor of `shape` and lets `body` initialise every element
    /// through a typed buffer (the dtype follows `T`). The buffer starts uninitialised.
    public init<T: TensorElement>(shape: [Int], as type: T.Type = T.self,
                                  initializingWith body: (UnsafeMutableBufferPointer<T>) throws -> Void) throws {
        let t = try Tensor.uninitialized(shape: shape, dtype: T.dtype)
        try withExtendedLifetime(t) {
            try body(UnsafeMutableBufferPointer(start: Loops.base(t, T.self), count: t.count))
        }
        self = t
    }

    /// A tensor of `shape` holding `values` in row-major order.
    public init<T: TensorElement>(_ values: [T], shape: [Int]) throws {
        let n = try Shape.checkedCount(shape)
        if n != values.count { throw TensorError.reshape(count: values.count, shape: shape) }
        try self.init(shape: shape, as: T.self) { buf in
            values.withUnsafeBufferPointer { src in
                if let s = src.baseAddress, let d = buf.baseAddress { d.update(from: s, count: n) }
            }
        }
    }

    /// A 1-D tensor holding `values`.
    public init<T: TensorElement>(_ values: [T]) {
        // A 1-D shape of an existing array's length is always valid and allocatable.
        let t = (try? Tensor(values, shape: [values.count])) ?? Tensor.emptyFallback(T.dtype)
        self = t
    }

    /// A 0-d tensor holding `value` converted to `dtype`.
    public init(scalar value: Scalar, dtype: DType) {
        let t = (try? Tensor.uninitialized(shape: [], strides: [], count: 1, dtype: dtype)) ?? Tensor.emptyFallback(dtype)
        switch dtype {
        case .float32: Loops.base(t, Float.self).pointee = Float(scalar: value)
        case .float64: Loops.base(t, Double.self).pointee = Double(scalar: value)
        case .int64: Loops.base(t, Int64.self).pointee = Int64(scalar: value)
        case .bool: Loops.base(t, Bool.self).pointee = Bool(scalar: value)
        }
        self = t
    }

    /// A zero-element tensor, used only where allocation of a tiny buffer cannot fail.
    static func emptyFallback(_ dtype: DType) -> Tensor {
        Tensor(storage: Storage.allocate(byteCount: 8), shape: [0], strides: [1], offset: 0,
               dtype: dtype, count: 0, isContiguous: true)
    }

    /// Runs `body` on the elements in row-major order as a typed buffer. A non-contiguous
    /// tensor is copied first. Throws `elementType` when `T` is not the tensor's element type.
    public func withUnsafeBufferPointer<T: TensorElement, R>(
        as type: T.Type, _ body: (UnsafeBufferPointer<T>) throws -> R
    ) throws -> R {
        if T.dtype != dtype { throw TensorError.elementType(expected: T.dtype, actual: dtype) }
        let c = try contiguous()
        return try withExtendedLifetime(c) {
            try body(UnsafeBufferPointer(start: Loops.base(c, T.self), count: c.count))
        }
    }

    /// Copy-on-write raw access: makes the storage unique and contiguous (copying when it is
    /// shared or strided), then lets `body` change the elements. Other tensors never see it.
    public mutating func withUnsafeMutableBufferPointer<T: TensorElement, R>(
        as type: T.Type, _ body: (UnsafeMutableBufferPointer<T>) throws -> R
    ) throws -> R {
        if T.dtype != dtype { throw TensorError.elementType(expected: T.dtype, actual: dtype) }
        self = try makeUniqueContiguous()
        let t = self
        return try withExtendedLifetime(t) {
            try body(UnsafeMutableBufferPointer(start: Loops.base(t, T.self), count: t.count))
        }
    }

    /// Shared-write raw access: hands out the existing storage of a contiguous tensor, so
    /// every view sharing it sees the writes (optimizer updates, in-place kernels).
    /// Throws `notContiguous` for a strided tensor.
    public func withUnsafeMutableSharedBuffer<T: TensorElement, R>(
        as type: T.Type, _ body: (UnsafeMutableBufferPointer<T>) throws -> R
    ) throws -> R {
        if T.dtype != dtype { throw TensorError.elementType(expected: T.dtype, actual: dtype) }
        if !isContiguous { throw TensorError.notContiguous(op: "withUnsafeMutableSharedBuffer") }
        return try withExtendedLifetime(self) {
            try body(UnsafeMutableBufferPointer(start: Loops.base(self, T.self), count: count))
        }
    }

    /// The elements in row-major order as Swift values of type `T` (the tensor's own type).
    public func scalars<T: TensorElement>(as type: T.Type) throws -> [T] {
        try withUnsafeBufferPointer(as: T.self) { Array($0) }
    }

    /// The elements in row-major order as `Scalar`s.
    public func toScalars() -> [Scalar] {
        var out: [Scalar] = []
        out.reserveCapacity(count)
        for i in 0..<count { out.append(element(at: i)) }
        return out
    }

    /// The elements in row-major order converted to Double (bools are 0 and 1).
    public func toDoubles() -> [Double] {
        var out: [Double] = []
        out.reserveCapacity(count)
        for i in 0..<count { out.append(doubleElement(at: i)) }
        return out
    }

    /// The single element of a one-element tensor (any shape), as PyTorch's `item()`.
    public func item() throws -> Scalar {
        if count != 1 { throw TensorError.itemCount(count: count) }
        return element(at: 0)
    }
}
