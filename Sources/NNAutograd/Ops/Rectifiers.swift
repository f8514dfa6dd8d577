import NNTensor

/// Rectifiers with a learned or random negative slope.
extension Variable {
    /// `x` where positive, `weight·x` elsewhere (`PreluKernelBackward0`). `weight` has one
    /// element, or one per channel (dimension 1 of the input).
    public static func prelu(_ input: Variable, weight: Variable) throws -> Variable {
        let x = input.data
        var wShape = [Int](repeating: 1, count: Swift.max(x.ndim, 1))
        if weight.count > 1 {
            let channels = x.ndim >= 2 ? x.shape[1] : (x.ndim == 1 ? x.shape[0] : 1)
            guard weight.count == channels else {
                throw AutogradError.preluWeights(weights: weight.count, channels: channels)
            }
            wShape[x.ndim >= 2 ? 1 : 0] = channels
        }
        let w = try weight.data.converted(to: x.dtype).reshape(x.ndim == 0 ? [] : wShape)
        let positive = try x.binary(.greater, .int(0), flavor: .torch)
        let slopes = try Tensor.where(positive, .scalar(.float(1)), .tensor(w), flavor: .torch)
        let out = try x.times(slopes)
        guard isRecording(input, weight) else { return Variable(out) }
        let weightShape = weight.shape
        return recorded(out, "PreluKernelBackward0", [input, weight]) { g in
            let gx = try g.times(slopes)
            let negativePart = try Tensor.where(positive, .scalar(.float(0)), .tensor(x), flavor: .torch)
            let gw = try g.times(negativePart).sum(toShape: w.shape).reshape(weightShape)
            return [gx, gw]
        }
    }

    /// Randomized leaky ReLU (`RreluWithNoiseBackward0`): in training each negative element
    /// gets its own slope drawn from U(lower, upper); otherwise the slope is their mean.
    public func rrelu(lower: Double = 1.0 / 8, upper: Double = 1.0 / 3, training: Bool = false) throws -> Variable {
        let x = data
        guard x.dtype.isFloatingPoint else { throw AutogradError.notImplementedForDType(op: "rrelu_with_noise_cpu", dtype: x.dtype) }
        let positive = try x.binary(.greater, .int(0), flavor: .torch)
        let slopes: Tensor
        if training {
            let noise = try Tensor.uniform(x.shape, low: lower, high: upper, dtype: x.dtype)
            slopes = try Tensor.where(positive, .scalar(.float(1)), .tensor(noise), flavor: .torch)
        } else {
            let mean = try Tensor.full(x.shape, .float((lower + upper) / 2), dtype: x.dtype)
            slopes = try Tensor.where(positive, .scalar(.float(1)), .tensor(mean), flavor: .torch)
        }
        let out = try x.times(slopes)
        guard Variable.isRecording(self) else { return Variable(out) }
        return .recorded(out, "RreluWithNoiseBackward0", [self]) { g in [try g.times(slopes)] }
    }
}
