import NNTensor

/// The window geometry shared by max and average pooling, PyTorch's output-size rules
/// included (`ceil_mode` may add a last window that starts inside the padded input).
public struct Pool2dOptions: Equatable, Sendable {
    public var kernel: (Int, Int)
    public var stride: (Int, Int)
    public var padding: (Int, Int)
    public var dilation: (Int, Int)
    public var ceilMode: Bool

    /// `stride` defaults to the kernel size, as in PyTorch.
    public init(kernel: (Int, Int), stride: (Int, Int)? = nil, padding: (Int, Int) = (0, 0),
                dilation: (Int, Int) = (1, 1), ceilMode: Bool = false) {
        self.kernel = kernel
        self.stride = stride ?? kernel
        self.padding = padding
        self.dilation = dilation
        self.ceilMode = ceilMode
    }

    public static func == (a: Pool2dOptions, b: Pool2dOptions) -> Bool {
        a.kernel == b.kernel && a.stride == b.stride && a.padding == b.padding && a.dilation == b.dilation
            && a.ceilMode == b.ceilMode
    }

    /// PyTorch's pooling output size along one dimension.
    static func outputSize(_ size: Int, kernel: Int, stride: Int, padding: Int, dilation: Int, ceil: Bool) -> Int {
        let span = size + 2 * padding - dilation * (kernel - 1) - 1
        var out = (ceil ? (span + stride - 1).floorDiv(stride) : span.floorDiv(stride)) + 1
        if ceil && (out - 1) * stride >= size + padding { out -= 1 }
        return out
    }
}

extension Int {
    /// Division rounding toward −∞.
    func floorDiv(_ d: Int) -> Int {
        let q = self / d
        return (self % d != 0) && ((self < 0) != (d < 0)) ? q - 1 : q
    }
}

/// The checked geometry of one pooling call on `[planes, H, W]`.
struct PoolGeometry {
    let planes: Int, height: Int, width: Int, outH: Int, outW: Int
    let o: Pool2dOptions
    let outShape: [Int]

    init(input: [Int], options o: Pool2dOptions) throws {
        guard (input.count == 3 || input.count == 4), !input.contains(0) else { throw AutogradError.poolingInputDims }
        for (name, v) in [("kernel_size", o.kernel.0), ("kernel_size", o.kernel.1), ("stride", o.stride.0),
                          ("stride", o.stride.1), ("dilation", o.dilation.0), ("dilation", o.dilation.1)] where v <= 0 {
            throw AutogradError.nonPositive(name: name, value: v)
        }
        for v in [o.kernel.0, o.kernel.1, o.stride.0, o.stride.1, o.padding.0, o.padding.1, o.dilation.0, o.dilation.1]
        where v > geometryLimit {
            throw AutogradError.argumentTooLarge(value: v, limit: geometryLimit)
        }
        for (p, k, d) in [(o.padding.0, o.kernel.0, o.dilation.0), (o.padding.1, o.kernel.1, o.dilation.1)]
        where p < 0 || p > ((k - 1) * d + 1) / 2 {
            throw AutogradError.poolingPadding(padding: p, kernel: k, dilation: d)
        }
        let (h, w) = (input[input.count - 2], input[input.count - 1])
        planes = input.dropLast(2).reduce(1, *)
        (height, width) = (h, w)
        outH = Pool2dOptions.outputSize(h, kernel: o.kernel.0, stride: o.stride.0, padding: o.padding.0,
                                        dilation: o.dilation.0, ceil: o.ceilMode)
        outW = Pool2dOptions.outputSize(w, kernel: o.kernel.1, stride: o.stride.1, padding: o.padding.1,
                                        dilation: o.dilation.1, ceil: o.ceilMode)
        let channels = input[input.count - 3]
        if outH < 1 || outW < 1 {
            throw AutogradError.poolingOutput(input: [channels, h, w], output: [channels, outH, outW])
        }
        self.o = o
        outShape = Array(input.dropLast(2)) + [outH, outW]
    }
}

extension Variable {
    /// Max pooling over `[N, C, H, W]` or `[C, H, W]` (`MaxPool2DWithIndicesBackward0`),
    /// returning the maxima and their positions in each input plane (flattened `H·W` index,
    /// as PyTorch's `return_indices`). Padding counts as −∞.
    public static func maxPool2d(_ input: Variable, options: Pool2dOptions) throws -> (output: Variable, indices: Tensor) {
        let x = try input.data.contiguous()
        let geo = try PoolGeometry(input: x.shape, options: options)
        let (out, idx) = try Kernels.float(x.dtype, op: "max_pool2d", { try maxForward(x, geo, Float.self) },
                                           { try maxForward(x, geo, Double.self) })
        guard isRecording(input) else { return (Variable(out), idx) }
        let v = recorded(out, "MaxPool2DWithIndicesBackward0", [input]) { g in
            [try Kernels.float(g.dtype, op: "max_pool2d_backward", { try maxBackward(g, idx, x.shape, geo, Float.self) },
                               { try maxBackward(g, idx, x.shape, geo, Double.self) })]
        }
        return (v, idx)
    }

    static func maxForward<T: RealElement>(_ x: Tensor, _ geo: PoolGeometry, _: T.Type) throws -> (Tensor, Tensor) {
        let o = geo.o
        // For each output row (column), the kernel taps that land inside the input.
        func taps(_ out: Int, _ size: Int, _ stride: Int, _ pad: Int, _ dil: Int, _ k: Int) -> [Range<Int>] {
            (0..<out).map { p in
                let start = p * stride - pad
                let lo = start >= 0 ? 0 : (-start + dil - 1) / dil
                let hi = Swift.min(k, size - start <= 0 ? 0 : (size - start - 1) / dil + 1)
                return lo..<Swift.max(lo, hi)
            }
        }
        let rowTaps = taps(geo.outH, geo.height, o.stride.0, o.padding.0, o.dilation.0, o.kernel.0)
        let colTaps = taps(geo.outW, geo.width, o.stride.1, o.padding.1, o.dilation.1, o.kernel.1)
        var indices = [Int64](repeating: 0, count: geo.planes * geo.outH * geo.outW)
        let out = try x.withUnsafeBufferPointer(as: T.self) { px in
            try Tensor(shape: geo.outShape, as: T.self) { po in
                for p in 0..<geo.planes {
                    let plane = p * geo.height * geo.width
                    for oy in 0..<geo.outH {
                        let y0 = oy * o.stride.0 - o.padding.0
                        for ox in 0..<geo.outW {
                            let x0 = ox * o.stride.1 - o.padding.1
                            var best = -T.infinity, at = -1
                            for i in rowTaps[oy] {
                                let row = (y0 + i * o.dilation.0) * geo.width
                                for j in colTaps[ox] {
                                    let k = row + x0 + j * o.dilation.1
                                    let v = px[plane + k]
                                    // As PyTorch: a larger value or a NaN takes the place.
                                    if v > best || v.isNaN || at < 0 { best = v; at = k }
                                }
                            }
                            let k = (p * geo.outH + oy) * geo.outW + ox
                            po[k] = best
                            indices[k] = Int64(Swift.max(at, 0))
                        }
                    }
                }
            }
        }
        return (out, try Tensor(indices, shape: geo.outShape))
    }

    static func maxBackward<T: RealElement>(_ g: Tensor, _ indices: Tensor, _ inputShape: [Int], _ geo: PoolGeometry,
                                            _: T.Type) throws -> Tensor {
        try g.withUnsafeBufferPointer(as: T.self) { pg in
            try indices.withUnsafeBufferPointer(as: Int64.self) { pi in
                try Tensor(shape: inputShape, as: T.self) { dx in
                    dx.initialize(repeating: 0)
                    let per = geo.outH * geo.outW, plane = geo.height * geo.width
                    for p in 0..<geo.planes {
                        for k in 0..<per {
                            let j = p * per + k
                            dx[p * plane + Int(pi[j])] += pg[j]
                        }
                    }
                }
            }
        }
    }

    /// Average pooling over `[N, C, H, W]` or `[C, H, W]` (`AvgPool2DBackward0`). With
    /// `countIncludePad` the divisor counts padded positions (PyTorch's default).
    public static func avgPool2d(_ input: Variable, options: Pool2dOptions, countIncludePad: Bool = true,
                                 divisorOverride: Int? = nil) throws -> Variable {
        let x = try input.data.contiguous()
        var o = options
        o.dilation = (1, 1)
        let geo = try PoolGeometry(input: x.shape, options: o)
        if let d = divisorOverride, d <= 0 { throw AutogradError.nonPositive(name: "divisor", value: d) }
        let plan = AvgPlan(geo: geo, countIncludePad: countIncludePad, divisor: divisorOverride)
        let out = try Kernels.float(x.dtype, op: "avg_pool2d", { try plan.forward(x, Float.self) },
                                    { try plan.forward(x, Double.self) })
        guard isRecording(input) else { return Variable(out) }
        let shape = x.shape
        return recorded(out, "AvgPool2DBackward0", [input], saves: false) { g in
            [try Kernels.float(g.dtype, op: "avg_pool2d_backward", { try plan.backward(g, shape, Float.self) },
                               { try plan.backward(g, shape, Double.self) })]
        }
    }
}

/// The windows of an average pooling and their divisors.
struct AvgPlan {
    let geo: PoolGeometry
    let countIncludePad: Bool
    let divisor: Int?

    /// Calls `body(rows, cols, divisor)` for each output position in order.
    func forEachWindow(_ body: (Range<Int>, Range<Int>, Int) -> Void) {
        let o = geo.o
        for oy in 0..<geo.outH {
            for ox in 0..<geo.outW {
                var y0 = oy * o.stride.0 - o.padding.0, x0 = ox * o.stride.1 - o.padding.1
                var y1 = Swift.min(y0 + o.kernel.0, geo.height + o.padding.0)
                var x1 = Swift.min(x0 + o.kernel.1, geo.width + o.padding.1)
                let padded = (y1 - y0) * (x1 - x0)
                y0 = Swift.max(y0, 0); x0 = Swift.max(x0, 0)
                y1 = Swift.min(y1, geo.height); x1 = Swift.min(x1, geo.width)
                if y0 >= y1 || x0 >= x1 { body(0..<0, 0..<0, 1); continue }
                body(y0..<y1, x0..<x1, divisor ?? (countIncludePad ? padded : (y1 - y0) * (x1 - x0)))
            }
        }
    }

    func forward<T: RealElement>(_ x: Tensor, _: T.Type) throws -> Tensor {
        try x.withUnsafeBufferPointer(as: T.self) { px in
            try Tensor(shape: geo.outShape, as: T.self) { po in
                var k = 0
                for p in 0..<geo.planes {
                    let plane = p * geo.height * geo.width
                    forEachWindow { rows, cols, d in
                        var s: T = 0
                        for y in rows { for xx in cols { s += px[plane + y * geo.width + xx] } }
                        po[k] = s / T(d)
                        k += 1
                    }
                }
            }
        }
    }

    func backward<T: RealElement>(_ g: Tensor, _ inputShape: [Int], _: T.Type) throws -> Tensor {
        try g.withUnsafeBufferPointer(as: T.self) { pg in
            try Tensor(shape: inputShape, as: T.self) { dx in
                dx.initialize(repeating: 0)
                var k = 0
                for p in 0..<geo.planes {
                    let plane = p * geo.height * geo.width
                    forEachWindow { rows, cols, d in
                        let share = pg[k] / T(d)
                        for y in rows { for xx in cols { dx[plane + y * geo.width + xx] += share } }
                        k += 1
                    }
                }
            }
        }
    }
}
