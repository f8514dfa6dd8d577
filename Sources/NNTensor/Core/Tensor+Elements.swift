/// Reading single elements by their position in row-major logical order (printing, tests).
///
/// `i` counts elements in row-major order over `shape`, whatever the strides. An `i` outside
/// `0..<count` reads as zero / false rather than touching memory outside the tensor.
extension Tensor {
    /// The storage offset (in elements) of the element at row-major position `i`.
    public func storageOffset(ofElement i: Int) -> Int {
        if isContiguous { return offset &+ i }
        var rest = i
        var off = offset
        var d = shape.count - 1
        while d >= 0 {
            let n = shape[d]
            if n > 0 {
                off &+= (rest % n) &* strides[d]
                rest /= n
            }
            d -= 1
        }
        return off
    }

    /// The element at row-major position `i` as a `Scalar` of the tensor's kind.
    public func element(at i: Int) -> Scalar {
        switch dtype {
        case .float32: return .float(Double(floatElement(at: i)))
        case .float64: return .float(doubleElement(at: i))
        case .int64: return .int(int64Element(at: i))
        case .bool: return .bool(boolElement(at: i))
        }
    }

    /// Reads the element at position `i` as `T` (which must be the tensor's element type).
    private func read<T>(_ i: Int, _ type: T.Type) -> T {
        let o = storageOffset(ofElement: i)
        return withExtendedLifetime(self) { Loops.storageBase(self, T.self)[o] }
    }

    /// The element at position `i` converted to Double.
    public func doubleElement(at i: Int) -> Double {
        guard i >= 0 && i < count else { return 0 }
        switch dtype {
        case .float32: return Double(read(i, Float.self))
        case .float64: return read(i, Double.self)
        case .int64: return Double(read(i, Int64.self))
        case .bool: return read(i, Bool.self) ? 1 : 0
        }
    }

    /// The element at position `i` converted to Float.
    public func floatElement(at i: Int) -> Float {
        guard i >= 0 && i < count else { return 0 }
        switch dtype {
        case .float32: return read(i, Float.self)
        case .float64: return Float(read(i, Double.self))
        case .int64: return Float(read(i, Int64.self))
        case .bool: return read(i, Bool.self) ? 1 : 0
        }
    }

    /// The element at position `i` converted to Int64 (floats truncate; NaN gives Int64.min).
    public func int64Element(at i: Int) -> Int64 {
        guard i >= 0 && i < count else { return 0 }
        switch dtype {
        case .float32: return Int64(clampingFloat: Double(read(i, Float.self)))
        case .float64: return Int64(clampingFloat: read(i, Double.self))
        case .int64: return read(i, Int64.self)
        case .bool: return read(i, Bool.self) ? 1 : 0
        }
    }

    /// The element at position `i` as a truth value (nonzero and NaN are true).
    public func boolElement(at i: Int) -> Bool {
        guard i >= 0 && i < count else { return false }
        switch dtype {
        case .float32: return read(i, Float.self) != 0
        case .float64: return read(i, Double.self) != 0
        case .int64: return read(i, Int64.self) != 0
        case .bool: return read(i, Bool.self)
        }
    }
}

extension Tensor {
    /// Writes `value` (converted to the dtype) at row-major position `i`; positions outside
    /// `0..<count` are ignored. Shared-write.
    public func setElement(_ value: Scalar, at i: Int) {
        guard i >= 0 && i < count else { return }
        let o = storageOffset(ofElement: i)
        withExtendedLifetime(self) {
            switch dtype {
            case .float32: Loops.storageBase(self, Float.self)[o] = Float(scalar: value)
            case .float64: Loops.storageBase(self, Double.self)[o] = Double(scalar: value)
            case .int64: Loops.storageBase(self, Int64.self)[o] = Int64(scalar: value)
            case .bool: Loops.storageBase(self, Bool.self)[o] = Bool(scalar: value)
            }
        }
    }
}

extension Tensor: CustomStringConvertible {
    /// A plain debugging form, e.g. `Tensor(float32, shape [2, 2], [1.0, 2.0, 3.0, 4.0])`;
    /// at most 20 elements are listed. The NumPy/PyTorch printers live in Printing/.
    public var description: String {
        let shown = Swift.min(count, 20)
        var items: [String] = []
        for i in 0..<shown { items.append(element(at: i).description) }
        if shown < count { items.append("…") }
        return "Tensor(\(dtype.rawValue), shape \(shape), [\(items.joined(separator: ", "))])"
    }
}
