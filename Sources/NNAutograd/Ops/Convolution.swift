import NNTensor

/// 2-D convolution by im2col + GEMM.
///
/// For each sample the receptive fields are unfolded into a `[C·kh·kw, OH·OW]` matrix (im2col)
/// and the output is one GEMM with the `[O, C·kh·kw]` weight (per group). Backward recomputes
/// the unfolded matrix instead of keeping it: `dW += g · colsᵀ` and `dcols = Wᵀ · g` are one
/// GEMM each, and col2im folds `dcols` back into the input gradient.
public struct Conv2dOptions: Equatable, Sendable {
    public var stride: (Int, Int)
    public var padding: (Int, Int)
    public var dilation: (Int, Int)
    public var groups: Int

    public init(stride: (Int, Int) = (1, 1), padding: (Int, Int) = (0, 0), dilation: (Int, Int) = (1, 1), groups: Int = 1) {
        self.stride = stride
        self.padding = padding
        self.dilation = dilation
        self.groups = groups
    }

    public static func == (a: Conv2dOptions, b: Conv2dOptions) -> Bool {
        a.stride == b.stride && a.padding == b.padding && a.dilation == b.dilation && a.groups == b.groups
    }
}

/// The largest stride, padding, dilation or kernel size convolution and pooling accept, so that
/// their size arithmetic can never overflow.
let geometryLimit = 1 << 31

/// The checked geometry of one convolution.
struct ConvGeometry {
    let batch: Int, channels: Int, height: Int, width: Int
    let outChannels: Int, kh: Int, kw: Int
    let outH: Int, outW: Int
    let o: Conv2dOptions
    /// Rows of the unfolded matrix per group: `(C/groups)·kh·kw`.
    var groupRows: Int { channels / o.groups * kh * kw }
    var positions: Int { outH * outW }

    init(input: [Int], weight: [Int], options o: Conv2dOptions) throws {
        guard input.count == 4 else { throw AutogradError.convolutionInputDims(shape: input) }
        guard weight.count == 4 else { throw AutogradError.convolutionWeightDims(shape: weight) }
        for (name, v) in [("stride", o.stride.0), ("stride", o.stride.1), ("dilation", o.dilation.0),
                          ("dilation", o.dilation.1), ("groups", o.groups)] where v <= 0 {
            throw AutogradError.nonPositive(name: name, value: v)
        }
        if o.padding.0 < 0 || o.padding.1 < 0 { throw AutogradError.negativePadding }
        for v in [o.stride.0, o.stride.1, o.padding.0, o.padding.1, o.dilation.0, o.dilation.1, weight[2], weight[3]]
        where v > geometryLimit {
            throw AutogradError.argumentTooLarge(value: v, limit: geometryLimit)
        }
        (batch, channels, height, width) = (input[0], input[1], input[2], input[3])
        (outChannels, kh, kw) = (weight[0], weight[2], weight[3])
        if channels != weight[1] * o.groups {
            throw AutogradError.convolutionChannels(groups: o.groups, weight: weight, input: input,
                                                    expected: weight[1] * o.groups, got: channels)
        }
        if outChannels % o.groups != 0 { throw AutogradError.convolutionGroups(channels: outChannels, groups: o.groups) }
        let paddedH = height + 2 * o.padding.0, paddedW = width + 2 * o.padding.1
        let effH = o.dilation.0 * (kh - 1) + 1, effW = o.dilation.1 * (kw - 1) + 1
        if paddedH < effH || paddedW < effW {
            throw AutogradError.convolutionKernel(paddedInput: [paddedH, paddedW], kernel: [effH, effW])
        }
        outH = (paddedH - effH) / o.stride.0 + 1
        outW = (paddedW - effW) / o.stride.1 + 1
        self.o = o
    }

    /// Unfolds channels `c0..<c0+cn` of one sample (`x` points at the sample) into `cols`.
    func im2col<T: RealElement>(_ x: UnsafePointer<T>, channels c0: Int, _ cn: Int, into cols: UnsafeMutablePointer<T>) {
        let (sh, sw) = o.stride, (ph, pw) = o.padding, (dh, dw) = o.dilation
        var row = 0
        for c in c0..<(c0 + cn) {
            let plane = x + c * height * width
            for i in 0..<kh {
                for j in 0..<kw {
                    let dst = cols + row * positions
                    for oy in 0..<outH {
                        let y = oy * sh - ph + i * dh
                        let line = dst + oy * outW
                        if y < 0 || y >= height {
                            for ox in 0..<outW { line[ox] = 0 }
                            continue
                        }
                        let src = plane + y * width
                        for ox in 0..<outW {
                            let xx = ox * sw - pw + j * dw
                            line[ox] = xx >= 0 && xx < width ? src[xx] : 0
                        }
                    }
                    row += 1
                }
            }
        }
    }

    /// Folds `cols` back, adding into channels `c0..<c0+cn` of one sample's gradient.
    func col2im<T: RealElement>(_ cols: UnsafePointer<T>, channels c0: Int, _ cn: Int, into dx: UnsafeMutablePointer<T>) {
        let (sh, sw) = o.stride, (ph, pw) = o.padding, (dh, dw) = o.dilation
        var row = 0
        for c in c0..<(c0 + cn) {
            let plane = dx + c * height * width
            for i in 0..<kh {
                for j in 0..<kw {
                    let src = cols + row * positions
                    for oy in 0..<outH {
                        let y = oy * sh - ph + i * dh
                        if y < 0 || y >= height { continue }
                        let line = src + oy * outW, dst = plane + y * width
                        for ox in 0..<outW {
                            let xx = ox * sw - pw + j * dw
                            if xx >= 0 && xx < width { dst[xx] += line[ox] }
                        }
                    }
                    row += 1
                }
            }
        }
    }
}

extension Variable {
    /// 2-D convolution (cross-correlation, as every framework computes it) of `[N, C, H, W]`
    /// or `[C, H, W]` input with a `[O, C/groups, kh, kw]` weight and optional `[O]` bias
    /// (`ConvolutionBackward0`).
    public static func conv2d(_ input: Variable, weight: Variable, bias: Variable?,
                              options: Conv2dOptions = Conv2dOptions()) throws -> Variable {
        if input.ndim != 3 && input.ndim != 4 { throw AutogradError.convolutionInputDims(shape: input.shape) }
        let unbatched = input.ndim == 3
        let x = try (unbatched ? input.data.unsqueeze(0) : input.data).contiguous()
        let w = try weight.data.contiguous()
        if x.dtype != w.dtype { throw AutogradError.matrixDTypes(a: x.dtype, b: w.dtype) }
        let geo = try ConvGeometry(input: x.shape, weight: w.shape, options: options)
        if let bias, bias.shape != [geo.outChannels] {
            throw TensorError.broadcast(shapes: [[geo.outChannels], bias.shape])
        }
        let b = try bias.map { try $0.data.converted(to: x.dtype) }
        let out4 = try Kernels.float(x.dtype, op: "conv2d", { try convForward(x, w, b, geo, Float.self) },
                                     { try convForward(x, w, b, geo, Double.self) })
        let out = unbatched ? try out4.squeeze(axes: [0], flavor: .torch) : out4
        let inputs = bias.map { [input, weight, $0] } ?? [input, weight]
        guard isRecording(inputs) else { return Variable(out) }
        let needs = inputs.map(\.requiresGrad)
        return recorded(out, "ConvolutionBackward0", inputs) { g in
            let g4 = try (unbatched ? g.unsqueeze(0) : g).contiguous()
            var grads = try Kernels.float(x.dtype, op: "conv2d_backward",
                                          { try convBackward(g4, x, w, geo, needs, Float.self) },
                                          { try convBackward(g4, x, w, geo, needs, Double.self) })
            if unbatched, let gx = grads[0] { grads[0] = try gx.squeeze(axes: [0], flavor: .torch) }
            if needs.count == 3 && needs[2] { grads.append(try g4.sum(axes: [0, 2, 3])) }
            return grads
        }
    }

    static func convForward<T: RealElement>(_ x: Tensor, _ w: Tensor, _ b: Tensor?, _ geo: ConvGeometry,
                                            _: T.Type) throws -> Tensor {
        let out = try Tensor.uninitialized(shape: [geo.batch, geo.outChannels, geo.outH, geo.outW], dtype: x.dtype)
        if let b { try out.assign(from: b.reshape([geo.outChannels, 1, 1])) } else { out.zero() }
        if geo.batch == 0 || geo.positions == 0 { return out }
        let groups = geo.o.groups, og = geo.outChannels / groups, rows = geo.groupRows
        let cols = try Tensor.uninitialized(shape: [rows, geo.positions], dtype: x.dtype)
        let w2 = try w.reshape([geo.outChannels, rows])
        try x.withUnsafeBufferPointer(as: T.self) { px in
            for n in 0..<geo.batch {
                let sample = try out.get([.int(n)]).reshape([geo.outChannels, geo.positions])
                for gi in 0..<groups {
                    try cols.withUnsafeMutableSharedBuffer(as: T.self) { pc in
                        if let src = px.baseAddress, let dst = pc.baseAddress {
                            geo.im2col(src + n * geo.channels * geo.height * geo.width,
                                       channels: gi * (geo.channels / groups), geo.channels / groups, into: dst)
                        }
                    }
                    let wg = try w2.get([.slice(start: gi * og, stop: (gi + 1) * og, step: 1)])
                    let og2 = try sample.get([.slice(start: gi * og, stop: (gi + 1) * og, step: 1)])
                    try Tensor.gemm(wg, cols, beta: 1, into: og2)
                }
            }
        }
        return out
    }

    static func convBackward<T: RealElement>(_ g: Tensor, _ x: Tensor, _ w: Tensor, _ geo: ConvGeometry,
                                             _ needs: [Bool], _: T.Type) throws -> [Tensor?] {
        let groups = geo.o.groups, og = geo.outChannels / groups, rows = geo.groupRows, cg = geo.channels / groups
        let w2 = try w.reshape([geo.outChannels, rows])
        let gw2 = needs[1] ? try Tensor.zeros([geo.outChannels, rows], dtype: x.dtype) : nil
        let gx = needs[0] ? try Tensor.zeros(x.shape, dtype: x.dtype) : nil
        if geo.batch == 0 || geo.positions == 0 { return [gx, try gw2?.reshape(w.shape)] }
        let cols = try Tensor.uninitialized(shape: [rows, geo.positions], dtype: x.dtype)
        let dcols = try Tensor.uninitialized(shape: [rows, geo.positions], dtype: x.dtype)
        let planeSize = geo.channels * geo.height * geo.width
        try x.withUnsafeBufferPointer(as: T.self) { px in
            for n in 0..<geo.batch {
                let gs = try g.get([.int(n)]).reshape([geo.outChannels, geo.positions])
                for gi in 0..<groups {
                    let range = TensorIndex.slice(start: gi * og, stop: (gi + 1) * og, step: 1)
                    let gg = try gs.get([range])
                    if let gw2 {
                        try cols.withUnsafeMutableSharedBuffer(as: T.self) { pc in
                            if let src = px.baseAddress, let dst = pc.baseAddress {
                                geo.im2col(src + n * planeSize, channels: gi * cg, cg, into: dst)
                            }
                        }
                        try Tensor.gemm(gg, cols, transposeB: true, beta: 1, into: gw2.get([range]))
                    }
                    if let gx {
                        try Tensor.gemm(w2.get([range]), gg, transposeA: true, into: dcols)
                        try dcols.withUnsafeBufferPointer(as: T.self) { pd in
                            try gx.withUnsafeMutableSharedBuffer(as: T.self) { pg in
                                if let src = pd.baseAddress, let dst = pg.baseAddress {
                                    geo.col2im(src, channels: gi * cg, cg, into: dst + n * planeSize)
                                }
                            }
                        }
                    }
                }
            }
        }
        return [gx, try gw2?.reshape(w.shape)]
    }
}
