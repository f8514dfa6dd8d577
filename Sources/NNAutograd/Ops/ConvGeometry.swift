import NNTensor

/// Stride, padding, dilation and groups of a 2-D convolution.
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

/// The checked geometry of one convolution, and the unfolding of receptive fields into the
/// columns of a matrix (im2col) and back (col2im).
struct ConvGeometry {
    let batch: Int, channels: Int, height: Int, width: Int
    let outChannels: Int, kh: Int, kw: Int
    let outH: Int, outW: Int
    let o: Conv2dOptions
    /// For each kernel column `j`, the output columns whose input column lies inside the row.
    private let validColumns: [Range<Int>]

    /// Rows of the unfolded matrix per group: `(C/groups)·kh·kw`.
    var groupRows: Int { channels / o.groups * kh * kw }
    /// Output positions per sample: `OH·OW`.
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
        if outChannels % o.groups != 0 { throw AutogradError.convolutionWeightGroups(weight: weight, groups: o.groups) }
        let paddedH = height + 2 * o.padding.0, paddedW = width + 2 * o.padding.1
        let effH = o.dilation.0 * (kh - 1) + 1, effW = o.dilation.1 * (kw - 1) + 1
        if paddedH < effH || paddedW < effW {
            throw AutogradError.convolutionKernel(paddedInput: [paddedH, paddedW], kernel: [effH, effW])
        }
        outH = (paddedH - effH) / o.stride.0 + 1
        outW = (paddedW - effW) / o.stride.1 + 1
        self.o = o
        // Output column ox reads input column ox·sw + (j·dw − pw); keep those inside [0, W).
        let (sw, w, ow) = (o.stride.1, width, outW)
        validColumns = (0..<Swift.max(kw, 0)).map { j in
            let offset = j * o.dilation.1 - o.padding.1
            let lo = offset >= 0 ? 0 : (-offset + sw - 1) / sw
            let hi = w - offset <= 0 ? 0 : Swift.min(ow, (w - offset - 1) / sw + 1)
            return lo..<Swift.max(lo, hi)
        }
    }

    /// Unfolds channels `c0..<c0+cn` of one sample (`x` points at the sample) into `cols`:
    /// row `(c·kh + i)·kw + j` holds, for every output position, the input value under kernel
    /// tap `(i, j)` (0 in the padding). Consecutive rows are `rowStride` elements apart.
    func im2col<T: RealElement>(_ x: UnsafePointer<T>, channels c0: Int, _ cn: Int,
                                into cols: UnsafeMutablePointer<T>, rowStride: Int) {
        let (sh, sw) = o.stride, (ph, pw) = o.padding, (dh, dw) = o.dilation
        var row = 0
        for c in c0..<(c0 + cn) {
            let plane = x + c * height * width
            for i in 0..<kh {
                for j in 0..<kw {
                    let dst = cols + row * rowStride
                    let r = validColumns[j], offset = j * dw - pw
                    for oy in 0..<outH {
                        let y = oy * sh - ph + i * dh
                        let line = dst + oy * outW
                        guard y >= 0 && y < height, !r.isEmpty else {
                            line.update(repeating: 0, count: outW)
                            continue
                        }
                        let src = plane + y * width + offset
                        line.update(repeating: 0, count: r.lowerBound)
                        (line + r.upperBound).update(repeating: 0, count: outW - r.upperBound)
                        if sw == 1 {
                            (line + r.lowerBound).update(from: src + r.lowerBound, count: r.count)
                        } else {
                            for ox in r { line[ox] = src[ox * sw] }
                        }
                    }
                    row += 1
                }
            }
        }
    }

    /// Folds unfolded rows back, adding into channels `c0..<c0+cn` of one sample's gradient.
    func col2im<T: RealElement>(_ cols: UnsafePointer<T>, channels c0: Int, _ cn: Int,
                                into dx: UnsafeMutablePointer<T>, rowStride: Int) {
        let (sh, sw) = o.stride, (ph, pw) = o.padding, (dh, dw) = o.dilation
        var row = 0
        for c in c0..<(c0 + cn) {
            let plane = dx + c * height * width
            for i in 0..<kh {
                for j in 0..<kw {
                    let src = cols + row * rowStride
                    let r = validColumns[j], offset = j * dw - pw
                    for oy in 0..<outH {
                        let y = oy * sh - ph + i * dh
                        if y < 0 || y >= height { continue }
                        let line = src + oy * outW, dst = plane + y * width + offset
                        if sw == 1 {
                            for ox in r { dst[ox] += line[ox] }
                        } else {
                            for ox in r { dst[ox * sw] += line[ox] }
                        }
                    }
                    row += 1
                }
            }
        }
    }
}
