import NNTensor

/// 2-D convolution by im2col + GEMM.
///
/// Samples are processed in chunks: the receptive fields of a chunk are unfolded into one
/// `[C·kh·kw, B·OH·OW]` matrix and the output is one GEMM per group with the `[O, C·kh·kw]`
/// weight. Backward recomputes the unfolded matrix instead of keeping it: `dW += g · colsᵀ`
/// and `dcols = Wᵀ · g` are one GEMM each per chunk and group, and col2im folds `dcols` back
/// into the input gradient. Chunks hold about 4M elements of unfolded input.
extension Variable {
    /// 2-D convolution (cross-correlation, as every framework computes it) of `[N, C, H, W]`
    /// or `[C, H, W]` input with a `[O, C/groups, kh, kw]` weight and optional `[O]` bias
    /// (`ConvolutionBackward0`).
    public static func conv2d(_ input: Variable, weight: Variable, bias: Variable?,
                              options: Conv2dOptions = Conv2dOptions()) throws -> Variable {
        try conv2d(input, weight: weight, bias: bias, options: options, chunkElements: 4_000_000)
    }

    /// `conv2d` with a given chunk budget (tests use small ones to exercise chunking).
    static func conv2d(_ input: Variable, weight: Variable, bias: Variable?, options: Conv2dOptions,
                       chunkElements: Int) throws -> Variable {
        if input.ndim != 3 && input.ndim != 4 { throw AutogradError.convolutionInputDims(shape: input.shape) }
        let unbatched = input.ndim == 3
        let x = try (unbatched ? input.data.unsqueeze(0) : input.data).contiguous()
        let w = try weight.data.contiguous()
        if x.dtype != w.dtype { throw AutogradError.matrixDTypes(a: x.dtype, b: w.dtype) }
        let geo = try ConvGeometry(input: x.shape, weight: w.shape, options: options)
        if let bias, bias.shape != [geo.outChannels] {
            throw TensorError.broadcast(shapes: [[geo.outChannels], bias.shape])
        }
        let b = try bias.map { try $0.data.converted(to: x.dtype).contiguous() }
        let chunk = chunkSize(geo, budget: chunkElements)
        let out4 = try Kernels.float(x.dtype, op: "conv2d", { try convForward(x, w, b, geo, chunk, Float.self) },
                                     { try convForward(x, w, b, geo, chunk, Double.self) })
        let out = unbatched ? try out4.squeeze(axes: [0], flavor: .torch) : out4
        let inputs = bias.map { [input, weight, $0] } ?? [input, weight]
        guard isRecording(inputs) else { return Variable(out) }
        let needs = inputs.map(\.requiresGrad)
        return recorded(out, "ConvolutionBackward0", inputs) { g in
            let g4 = try (unbatched ? g.unsqueeze(0) : g).contiguous()
            var grads = try Kernels.float(x.dtype, op: "conv2d_backward",
                                          { try convBackward(g4, x, w, geo, needs, chunk, Float.self) },
                                          { try convBackward(g4, x, w, geo, needs, chunk, Double.self) })
            if unbatched, let gx = grads[0] { grads[0] = try gx.squeeze(axes: [0], flavor: .torch) }
            if needs.count == 3 && needs[2] { grads.append(try g4.sum(axes: [0, 2, 3])) }
            return grads
        }
    }

    /// Samples per chunk: about `budget` unfolded elements, at least one sample.
    private static func chunkSize(_ geo: ConvGeometry, budget: Int) -> Int {
        let perSample = Swift.max(geo.groupRows * geo.o.groups * geo.positions, 1)
        return Swift.max(1, Swift.min(geo.batch, budget / perSample))
    }

    /// Rows `g·n ..< (g+1)·n` of a 2-D tensor (a view).
    private static func rows(_ t: Tensor, group g: Int, _ n: Int) throws -> Tensor {
        try t.get([.slice(start: g * n, stop: (g + 1) * n, step: 1)])
    }

    /// Unfolds samples `n0 ..< n0+count` into a fresh `[C·kh·kw, count·OH·OW]` matrix.
    private static func unfold<T: RealElement>(_ px: UnsafePointer<T>, _ geo: ConvGeometry, from n0: Int,
                                               count: Int) throws -> Tensor {
        let rowsTotal = geo.groupRows * geo.o.groups, L = geo.positions
        let cols = try Tensor.uninitialized(shape: [rowsTotal, count * L], dtype: T.dtype)
        guard let pc = try Kernels.base(cols, T.self) else { return cols }
        let sampleSize = geo.channels * geo.height * geo.width
        withExtendedLifetime(cols) {
            for b in 0..<count {
                geo.im2col(px + (n0 + b) * sampleSize, channels: 0, geo.channels, into: pc + b * L, rowStride: count * L)
            }
        }
        return cols
    }

    static func convForward<T: RealElement>(_ x: Tensor, _ w: Tensor, _ bias: Tensor?, _ geo: ConvGeometry,
                                            _ chunk: Int, _: T.Type) throws -> Tensor {
        let (O, L) = (geo.outChannels, geo.positions)
        let out = try Tensor.uninitialized(shape: [geo.batch, O, geo.outH, geo.outW], dtype: x.dtype)
        guard geo.batch > 0 && L > 0, let px = try Kernels.base(x, T.self), let po = try Kernels.base(out, T.self) else {
            return try Tensor.zeros(out.shape, dtype: x.dtype)
        }
        let groups = geo.o.groups, og = O / groups, rowsPerGroup = geo.groupRows
        let w2 = try w.reshape([O, rowsPerGroup])
        let biasValues = try bias.map { try $0.scalars(as: T.self) }
        try withExtendedLifetime((x, out)) {
            for n0 in stride(from: 0, to: geo.batch, by: chunk) {
                let count = Swift.min(chunk, geo.batch - n0)
                let cols = try unfold(px, geo, from: n0, count: count)
                let product = try Tensor.uninitialized(shape: [O, count * L], dtype: x.dtype)
                for g in 0..<groups {
                    try Tensor.gemm(rows(w2, group: g, og), rows(cols, group: g, rowsPerGroup), into: rows(product, group: g, og))
                }
                // [O, count·L] → out[n0 + b, o, l], adding the bias.
                guard let pp = try Kernels.base(product, T.self) else { continue }
                withExtendedLifetime(product) {
                    for b in 0..<count {
                        for o in 0..<O {
                            let src = pp + o * count * L + b * L, dst = po + ((n0 + b) * O + o) * L
                            let shift = biasValues?[o] ?? 0
                            for l in 0..<L { dst[l] = src[l] + shift }
                        }
                    }
                }
            }
        }
        return out
    }

    static func convBackward<T: RealElement>(_ g: Tensor, _ x: Tensor, _ w: Tensor, _ geo: ConvGeometry,
                                             _ needs: [Bool], _ chunk: Int, _: T.Type) throws -> [Tensor?] {
        let (O, L) = (geo.outChannels, geo.positions)
        let groups = geo.o.groups, og = O / groups, rowsPerGroup = geo.groupRows
        let w2 = try w.reshape([O, rowsPerGroup])
        let gw2 = needs[1] ? try Tensor.zeros([O, rowsPerGroup], dtype: x.dtype) : nil
        let gx = needs[0] ? try Tensor.zeros(x.shape, dtype: x.dtype) : nil
        guard geo.batch > 0 && L > 0, let px = try Kernels.base(x, T.self), let pg = try Kernels.base(g, T.self) else {
            return [gx, try gw2?.reshape(w.shape)]
        }
        let pdx = try gx.flatMap { try Kernels.base($0, T.self) }
        let sampleSize = geo.channels * geo.height * geo.width
        try withExtendedLifetime((x, g, gx)) {
            for n0 in stride(from: 0, to: geo.batch, by: chunk) {
                let count = Swift.min(chunk, geo.batch - n0)
                // g[n0 + b, o, l] → gT[o, b·L + l].
                let gT = try Tensor.uninitialized(shape: [O, count * L], dtype: x.dtype)
                guard let pt = try Kernels.base(gT, T.self) else { continue }
                withExtendedLifetime(gT) {
                    for b in 0..<count {
                        for o in 0..<O {
                            (pt + o * count * L + b * L).update(from: pg + ((n0 + b) * O + o) * L, count: L)
                        }
                    }
                }
                if let gw2 {
                    let cols = try unfold(px, geo, from: n0, count: count)
                    for gi in 0..<groups {
                        try Tensor.gemm(rows(gT, group: gi, og), rows(cols, group: gi, rowsPerGroup), transposeB: true, beta: 1,
                                        into: rows(gw2, group: gi, og))
                    }
                }
                if let pdx {
                    let dcols = try Tensor.uninitialized(shape: [rowsPerGroup * groups, count * L], dtype: x.dtype)
                    for gi in 0..<groups {
                        try Tensor.gemm(rows(w2, group: gi, og), rows(gT, group: gi, og), transposeA: true,
                                        into: rows(dcols, group: gi, rowsPerGroup))
                    }
                    guard let pd = try Kernels.base(dcols, T.self) else { continue }
                    withExtendedLifetime(dcols) {
                        for b in 0..<count {
                            geo.col2im(pd + b * L, channels: 0, geo.channels, into: pdx + (n0 + b) * sampleSize, rowStride: count * L)
                        }
                    }
                }
            }
        }
        return [gx, try gw2?.reshape(w.shape)]
    }
}
