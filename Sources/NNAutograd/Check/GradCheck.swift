import NNTensor

/// Finite-difference checks of gradients (the language's `numerical_gradient` and
/// `gradcheck`, and the test suite's check of every primitive).
public enum GradCheck {
    /// The gradient of a scalar function by central differences: `(f(x + ε) − f(x − ε)) / 2ε`
    /// for each element of `x`, returned in float64 with `x`'s shape.
    public static func numericalGradient(of f: (Tensor) throws -> Double, at x: Tensor,
                                         eps: Double = 1e-6) throws -> Tensor {
        let probe = try x.astype(.float64)
        var grad = [Double](repeating: 0, count: probe.count)
        for j in 0..<probe.count {
            let v = probe.doubleElement(at: j)
            probe.setElement(.float(v + eps), at: j)
            let up = try f(probe.converted(to: x.dtype))
            probe.setElement(.float(v - eps), at: j)
            let down = try f(probe.converted(to: x.dtype))
            probe.setElement(.float(v), at: j)
            grad[j] = (up - down) / (2 * eps)
        }
        return try Tensor(grad, shape: x.shape)
    }

    /// The outcome of `check`: analytical (backward) and numerical gradients per input, and the
    /// largest difference relative to `atol + rtol·|numerical|`.
    public struct Result {
        public let analytical: [Tensor]
        public let numerical: [Tensor]
        /// The largest `|analytical − numerical|` over every element of every input.
        public let maxAbsoluteError: Double
        /// True when every element satisfies `|a − n| ≤ atol + rtol·|n|`.
        public let passed: Bool
    }

    /// Compares the gradients backward computes for `f` at `inputs` with central differences.
    ///
    /// Inputs are converted to float64 and made leaves that require grad. A non-scalar output
    /// is reduced to the scalar `Σ wᵢ·outᵢ` with fixed, distinct weights `wᵢ`, so every output
    /// element's gradient is exercised.
    public static func check(_ f: ([Variable]) throws -> Variable, inputs: [Tensor], eps: Double = 1e-6,
                             atol: Double = 1e-5, rtol: Double = 1e-3) throws -> Result {
        let leaves = try inputs.map { try Variable($0.astype(.float64), requiresGrad: true) }
        let out = try f(leaves)
        let weights = try projection(out.shape)
        try out.mul(Variable(weights)).sum().backward()
        let analytical = try zip(leaves, inputs).map { v, x in try v.grad?.data ?? Tensor.zeros(x.shape, dtype: .float64) }
        var numerical: [Tensor] = []
        for (i, leaf) in leaves.enumerated() {
            let n = try numericalGradient(of: { probe in
                try GradMode.withNoGrad {
                    var args = leaves.map { $0.detach() }
                    args[i] = Variable(probe)
                    let value = try f(args).data.converted(to: .float64).times(weights).sum()
                    return value.doubleElement(at: 0)
                }
            }, at: leaf.data, eps: eps)
            numerical.append(n)
        }
        var worst = 0.0, passed = true
        for (a, n) in zip(analytical, numerical) {
            for j in 0..<n.count {
                let (av, nv) = (a.doubleElement(at: j), n.doubleElement(at: j))
                let err = Swift.abs(av - nv)
                if !(err <= atol + rtol * Swift.abs(nv)) { passed = false }
                worst = Swift.max(worst, err.isNaN ? .infinity : err)
            }
        }
        return Result(analytical: analytical, numerical: numerical, maxAbsoluteError: worst, passed: passed)
    }

    /// Fixed weights `0.5 + 0.37·((7i) mod 11)` — distinct, positive, deterministic.
    static func projection(_ shape: [Int]) throws -> Tensor {
        let n = shape.reduce(1, *)
        return try Tensor((0..<n).map { 0.5 + 0.37 * Double((7 * $0) % 11) }, shape: shape)
    }
}
