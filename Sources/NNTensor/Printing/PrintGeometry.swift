/// The shape arithmetic the printers share: element count, row-major strides, which
/// elements a summary shows, and Python's spelling of a shape tuple.
struct PrintGeometry {
    /// The dimensions.
    let shape: [Int]
    /// Row-major strides, in elements.
    let strides: [Int]
    /// The number of elements.
    let count: Int

    /// The geometry of a shape; `nil` for a negative dimension, an element count that
    /// overflows `Int`, or more dimensions than `PrintLimits.maxDimensions`.
    init?(_ shape: [Int]) {
        guard shape.count <= PrintLimits.maxDimensions,
              let count = Self.elementCount(of: shape) else { return nil }
        var strides = [Int](repeating: 1, count: shape.count)
        var acc = 1
        for axis in shape.indices.reversed() {
            strides[axis] = acc
            // Cannot overflow: the product of all dimensions fits, and a zero dimension
            // makes every later stride irrelevant.
            acc = acc.multipliedReportingOverflow(by: max(shape[axis], 1)).partialValue
        }
        self.shape = shape
        self.strides = strides
        self.count = count
    }

    /// The number of elements of a shape; `nil` for a negative dimension or on overflow.
    static func elementCount(of shape: [Int]) -> Int? {
        var count = 1
        var overflowed = false
        for n in shape {
            guard n >= 0 else { return nil }
            let (product, overflow) = count.multipliedReportingOverflow(by: n)
            count = product
            overflowed = overflowed || overflow
        }
        if count == 0 { return 0 }
        return overflowed ? nil : count
    }

    /// Whether a summary cuts an axis of length `n`: it is longer than both edges together.
    static func isCut(length n: Int, edgeItems: Int) -> Bool {
        let edge = max(edgeItems, 0)
        return n > edge && n - edge > edge
    }

    /// The positions kept along an axis of length `n` when summarising: the first and last
    /// `edgeItems`, or all of them when the axis is short.
    ///
    /// With `edgeItems == 0` NumPy's slice `a[-0:]` is the whole axis, so every position is
    /// kept; that is reproduced here.
    static func keptPositions(length n: Int, edgeItems: Int) -> [Int] {
        guard edgeItems > 0, isCut(length: n, edgeItems: edgeItems) else { return Array(0..<max(n, 0)) }
        return Array(0..<edgeItems) + Array((n - edgeItems)..<n)
    }

    /// The flat indices of the elements a printer looks at: all of them, or when
    /// summarising only those at kept positions on every axis.
    func visitedIndices(summarising: Bool, edgeItems: Int) -> [Int] {
        guard summarising else { return Array(0..<count) }
        guard count > 0 else { return [] }
        var indices = [0]
        for axis in shape.indices {
            let kept = Self.keptPositions(length: shape[axis], edgeItems: edgeItems)
            let stride = strides[axis]
            var next: [Int] = []
            next.reserveCapacity(indices.count * kept.count)
            for base in indices {
                for position in kept { next.append(base + position * stride) }
            }
            indices = next
        }
        return indices
    }

    /// Python's `str(tuple(shape))`: `()`, `(5,)`, `(2, 3)`.
    static func tupleText(_ shape: [Int]) -> String {
        switch shape.count {
        case 0: return "()"
        case 1: return "(\(shape[0]),)"
        default: return "(" + shape.map(String.init).joined(separator: ", ") + ")"
        }
    }
}
