/// Walks several operands over one logical shape, one innermost run at a time.
///
/// Each operand has its own strides (0 where it is broadcast) and base offset, in elements.
/// Construction drops size-1 dimensions and merges neighbours that are contiguous for every
/// operand, so a contiguous or simply broadcast problem becomes one or two long runs. The walk
/// allocates two small arrays per call, never per element.
struct StridedLoop {
    /// Sizes of the coalesced dimensions (at least one).
    let shape: [Int]
    /// `strides[d * operands + k]`: stride of operand `k` along coalesced dimension `d`.
    let strides: [Int]
    /// Number of operands.
    let operands: Int

    /// Prepares a walk over `shape` for operands with the given strides (each array as long as
    /// `shape`).
    init(shape: [Int], operandStrides: [[Int]]) {
        let k = operandStrides.count
        var dims: [Int] = []
        var st: [Int] = []
        dims.reserveCapacity(shape.count)
        st.reserveCapacity(shape.count * k)
        for d in 0..<shape.count where shape[d] != 1 {
            if let last = dims.last {
                // Merge with the previous (outer) kept dimension when contiguous for all.
                var mergeable = true
                let base = (dims.count - 1) * k
                for o in 0..<k where st[base + o] != operandStrides[o][d] &* shape[d] {
                    mergeable = false
                    break
                }
                if mergeable {
                    dims[dims.count - 1] = last &* shape[d]
                    for o in 0..<k { st[base + o] = operandStrides[o][d] }
                    continue
                }
            }
            dims.append(shape[d])
            for o in 0..<k { st.append(operandStrides[o][d]) }
        }
        if dims.isEmpty {
            dims = [1]
            st = [Int](repeating: 0, count: k)
        }
        self.shape = dims
        self.strides = st
        self.operands = k
    }

    /// Calls `body(n, offsets, innerStrides)` for every innermost run: `n` elements, where
    /// operand `k` starts at `offsets[k]` and steps by `innerStrides[k]`. Nothing is called
    /// when the shape holds no element.
    @inline(__always)
    func forEachRun(startOffsets: [Int],
                    _ body: (Int, UnsafeMutablePointer<Int>, UnsafePointer<Int>) -> Void) {
        let nd = shape.count
        let k = operands
        for d in shape where d == 0 { return }
        var index = [Int](repeating: 0, count: nd)
        var offsets = startOffsets
        let inner = shape[nd - 1]
        strides.withUnsafeBufferPointer { st in
            guard let stBase = st.baseAddress else { return }
            let innerStrides = stBase + (nd - 1) * k
            offsets.withUnsafeMutableBufferPointer { offs in
                guard let o = offs.baseAddress else { return }
                index.withUnsafeMutableBufferPointer { idx in
                    while true {
                        body(inner, o, innerStrides)
                        var d = nd - 2
                        while d >= 0 {
                            idx[d] &+= 1
                            let sd = stBase + d * k
                            if idx[d] < shape[d] {
                                for j in 0..<k { o[j] &+= sd[j] }
                                break
                            }
                            let back = idx[d] &- 1
                            for j in 0..<k { o[j] &-= sd[j] &* back }
                            idx[d] = 0
                            d -= 1
                        }
                        if d < 0 { return }
                    }
                }
            }
        }
    }
}
