import Testing
import NNTensor
@testable import NNAutograd

/// One primitive under a finite-difference check: a name, the function of its inputs and the
/// input values (chosen away from kinks such as relu's 0, so central differences are exact
/// up to rounding).
struct GradCase: CustomTestStringConvertible, Sendable {
    let name: String
    let inputs: [[Double]]
    let shapes: [[Int]]
    let f: @Sendable ([Variable]) throws -> Variable
    var testDescription: String { name }

    init(_ name: String, _ shapes: [[Int]], _ f: @escaping @Sendable ([Variable]) throws -> Variable,
         values: [[Double]]? = nil) {
        self.name = name
        self.shapes = shapes
        // Deterministic, distinct, kink-free values in about [-2, 2].
        self.inputs = values ?? shapes.enumerated().map { k, s in
            (0..<s.reduce(1, *)).map { i in
                let v = Double((i * 7 + k * 3) % 13) / 3.3 - 1.9
                return Swift.abs(v) < 0.08 ? v + 0.21 : v
            }
        }
        self.f = f
    }

    func tensors() throws -> [Tensor] { try zip(inputs, shapes).map { try Tensor($0, shape: $1) } }
}

/// Positive values (for log, sqrt, pow with a tensor base, division denominators).
private func positive(_ n: Int, from start: Double = 0.4) -> [Double] { (0..<n).map { start + Double($0 * 5 % 9) * 0.23 } }

/// Probabilities in (0, 1).
private func probabilities(_ n: Int) -> [Double] { (0..<n).map { 0.08 + Double($0 * 7 % 10) * 0.085 } }

let gradCases: [GradCase] = [
    // Arithmetic with broadcasting.
    GradCase("add", [[2, 3], [3]]) { try $0[0].add($0[1], alpha: 1.5) },
    GradCase("add.scalar", [[2, 3]]) { try $0[0].add(.float(2)) },
    GradCase("sub", [[2, 3], [2, 1]]) { try $0[0].sub($0[1]) },
    GradCase("rsub", [[4]]) { try $0[0].rsub(.float(3)) },
    GradCase("mul", [[2, 3], [1, 3]]) { try $0[0].mul($0[1]) },
    GradCase("mul.scalar", [[3]]) { try $0[0].mul(.float(-2.5)) },
    GradCase("div", [[2, 3], [3]], { try $0[0].div($0[1]) }, values: [(0..<6).map { Double($0) - 2.5 }, positive(3)]),
    GradCase("div.scalar", [[3]]) { try $0[0].div(.float(4)) },
    GradCase("rdiv", [[4]], { try $0[0].rdiv(.float(2)) }, values: [positive(4)]),
    GradCase("neg", [[2, 2]]) { try $0[0].neg() },
    GradCase("pow.scalar", [[5]]) { try $0[0].pow(.float(3)) },
    GradCase("pow.fractional", [[5]], { try $0[0].pow(.float(1.5)) }, values: [positive(5)]),
    GradCase("pow.tensor", [[2, 3], [3]], { try $0[0].pow($0[1]) }, values: [positive(6), [0.5, -1.2, 2.1]]),
    GradCase("rpow", [[4]]) { try $0[0].rpow(.float(2.5)) },
    GradCase("square", [[4]]) { try $0[0].square() },
    // Pointwise functions and activations.
    GradCase("exp", [[6]]) { try $0[0].exp() },
    GradCase("log", [[6]], { try $0[0].log() }, values: [positive(6)]),
    GradCase("sqrt", [[6]], { try $0[0].sqrt() }, values: [positive(6)]),
    GradCase("abs", [[6]]) { try $0[0].abs() },
    GradCase("tanh", [[6]]) { try $0[0].tanh() },
    GradCase("sigmoid", [[6]]) { try $0[0].sigmoid() },
    GradCase("relu", [[2, 4]]) { try $0[0].relu() },
    GradCase("log1p", [[6]], { try $0[0].log1p() }, values: [positive(6)]),
    GradCase("sin", [[6]]) { try $0[0].sin() },
    GradCase("cos", [[6]]) { try $0[0].cos() },
    GradCase("reciprocal", [[6]], { try $0[0].reciprocal() }, values: [positive(6)]),
    GradCase("leaky_relu", [[8]]) { try $0[0].leakyRelu(negativeSlope: 0.2) },
    GradCase("elu", [[8]]) { try $0[0].elu(alpha: 1.3) },
    GradCase("selu", [[8]]) { try $0[0].selu() },
    GradCase("celu", [[8]]) { try $0[0].celu(alpha: 0.7) },
    GradCase("gelu", [[8]]) { try $0[0].gelu() },
    GradCase("gelu.tanh", [[8]]) { try $0[0].gelu(approximate: true) },
    GradCase("silu", [[8]]) { try $0[0].silu() },
    GradCase("mish", [[8]]) { try $0[0].mish() },
    GradCase("logsigmoid", [[8]]) { try $0[0].logSigmoid() },
    GradCase("hardsigmoid", [[8]]) { try $0[0].hardsigmoid() },
    GradCase("hardswish", [[8]]) { try $0[0].hardswish() },
    GradCase("softplus", [[8]]) { try $0[0].softplus(beta: 1.5, threshold: 2) },
    GradCase("hardtanh", [[8]]) { try $0[0].hardtanh(min: -0.9, max: 1.1) },
    GradCase("softshrink", [[8]]) { try $0[0].softshrink(lambda: 0.45) },
    GradCase("hardshrink", [[8]]) { try $0[0].hardshrink(lambda: 0.45) },
    GradCase("softsign", [[8]]) { try $0[0].softsign() },
    GradCase("tanhshrink", [[8]]) { try $0[0].tanhshrink() },
    // Selection.
    GradCase("maximum", [[2, 3], [3]]) { try $0[0].maximum($0[1]) },
    GradCase("minimum", [[2, 3], [2, 3]]) { try $0[0].minimum($0[1]) },
    GradCase("where", [[2, 3], [2, 3]]) { v in
        try Variable.where(Tensor([true, false, true, false, false, true], shape: [2, 3]), v[0], v[1])
    },
    GradCase("clamp", [[8]]) { try $0[0].clamp(min: -0.8, max: 1.2) },
    // Reductions.
    GradCase("sum", [[2, 3]]) { try $0[0].sum() },
    GradCase("sum.dims", [[2, 3, 2]]) { try $0[0].sum(dims: [0, 2]) },
    GradCase("sum.keepdim", [[2, 3]]) { try $0[0].sum(dims: [1], keepdim: true) },
    GradCase("mean", [[2, 3]]) { try $0[0].mean() },
    GradCase("mean.dim", [[2, 3]]) { try $0[0].mean(dims: [-1]) },
    GradCase("max", [[2, 3]]) { try $0[0].max() },
    GradCase("min.dim", [[3, 4]]) { try $0[0].min(dim: 1).values },
    GradCase("max.dim.keepdim", [[3, 4]]) { try $0[0].max(dim: 0, keepdim: true).values },
    GradCase("var", [[2, 4]]) { try $0[0].variance(dims: [1]) },
    GradCase("var.all.biased", [[2, 4]]) { try $0[0].variance(correction: 0) },
    GradCase("std", [[3, 4]]) { try $0[0].std(dims: [0], keepdim: true) },
    GradCase("logsumexp", [[3, 4]]) { try $0[0].logsumexp(dims: [1]) },
    // Matrix products.
    GradCase("mm", [[2, 3], [3, 4]]) { try $0[0].mm($0[1]) },
    GradCase("mm.transposed", [[3, 2], [4, 3]]) { try $0[0].t().mm($0[1].t()) },
    GradCase("bmm", [[2, 2, 3], [2, 3, 2]]) { try $0[0].bmm($0[1]) },
    GradCase("dot", [[4], [4]]) { try $0[0].dot($0[1]) },
    GradCase("mv", [[3, 4], [4]]) { try $0[0].mv($0[1]) },
    GradCase("matmul.vec-mat", [[3], [3, 2]]) { try $0[0].matmul($0[1]) },
    GradCase("matmul.batch-mat", [[2, 3, 4], [4, 2]]) { try $0[0].matmul($0[1]) },
    GradCase("matmul.broadcast", [[2, 1, 2, 3], [3, 3, 2]]) { try $0[0].matmul($0[1]) },
    GradCase("matmul.batch-vec", [[2, 3, 4], [4]]) { try $0[0].matmul($0[1]) },
    GradCase("linear", [[4, 3], [2, 3], [2]]) { try Variable.linear($0[0], weight: $0[1], bias: $0[2]) },
    GradCase("linear.nobias", [[4, 3], [2, 3]]) { try Variable.linear($0[0], weight: $0[1], bias: nil) },
    GradCase("linear.3d", [[2, 2, 3], [4, 3], [4]]) { try Variable.linear($0[0], weight: $0[1], bias: $0[2]) },
    GradCase("linear.1d", [[3], [2, 3], [2]]) { try Variable.linear($0[0], weight: $0[1], bias: $0[2]) },
    GradCase("addmm", [[3], [2, 4], [4, 3]]) { try Variable.addmm($0[0], $0[1], $0[2], beta: 0.5, alpha: 2) },
    // Shapes.
    GradCase("reshape", [[2, 3]]) { try $0[0].reshape([3, 2]).mul(Variable(Tensor([1.0, 2, 3, 4, 5, 6], shape: [3, 2]))) },
    GradCase("view", [[2, 3]]) { try $0[0].view([-1]) },
    GradCase("flatten", [[2, 3, 2]]) { try $0[0].flatten(start: 1) },
    GradCase("squeeze", [[2, 1, 3]]) { try $0[0].squeeze() },
    GradCase("squeeze.dim", [[2, 1, 3]]) { try $0[0].squeeze(dim: 1) },
    GradCase("unsqueeze", [[2, 3]]) { try $0[0].unsqueeze(1) },
    GradCase("expand", [[3, 1]]) { try $0[0].expand([2, 3, 4]) },
    GradCase("transpose", [[2, 3, 4]]) { try $0[0].transpose(0, 2) },
    GradCase("t", [[2, 3]]) { try $0[0].t() },
    GradCase("T", [[2, 3, 2]]) { try $0[0].T },
    GradCase("permute", [[2, 3, 4]]) { try $0[0].permute([1, 2, 0]) },
    GradCase("clone", [[3]]) { try $0[0].clone() },
    GradCase("contiguous", [[2, 3]]) { try $0[0].t().contiguous() },
    // Indexing.
    GradCase("index.select", [[3, 4]]) { try $0[0].index([.int(1)]) },
    GradCase("index.slice", [[5, 2]]) { try $0[0].index([.slice(start: 1, stop: nil, step: 2)]) },
    GradCase("index.mixed", [[3, 4]]) { try $0[0].index([.all, .int(-1)]) },
    GradCase("index.array.repeated", [[4, 2]]) { try $0[0].index([.array(Tensor([Int64(0), 2, 0], shape: [3]))]) },
    GradCase("index.mask", [[2, 3]]) { try $0[0].index([.mask(Tensor([true, false, true, true, false, false], shape: [2, 3]))]) },
    GradCase("index_put", [[3, 3], [3]]) { try $0[0].indexPut([.int(1)], $0[1]) },
    // Joining.
    GradCase("cat", [[2, 3], [1, 3]]) { try Variable.cat($0, dim: 0) },
    GradCase("cat.dim1", [[2, 1], [2, 3]]) { try Variable.cat($0, dim: 1) },
    GradCase("stack", [[2, 3], [2, 3]]) { try Variable.stack($0, dim: 1) },
    GradCase("chunk", [[5, 2]]) { try $0[0].chunk(2)[1] },
    GradCase("split", [[2, 5]]) { try $0[0].split(size: 2, dim: 1)[2] },
    // Softmax.
    GradCase("softmax", [[3, 4]]) { try $0[0].softmax(dim: 1) },
    GradCase("softmax.dim0", [[3, 4]]) { try $0[0].softmax(dim: 0) },
    GradCase("log_softmax", [[3, 4]]) { try $0[0].logSoftmax(dim: -1) },
    GradCase("log_softmax.3d", [[2, 3, 2]]) { try $0[0].logSoftmax(dim: 1) },
]

@Suite struct GradCheckTests {
    @Test(arguments: gradCases)
    func matchesFiniteDifferences(_ c: GradCase) throws {
        let r = try GradCheck.check(c.f, inputs: c.tensors())
        #expect(r.passed, "max |error| \(r.maxAbsoluteError); analytical \(r.analytical.map(\.description)); numerical \(r.numerical.map(\.description))")
    }
}

@Suite struct GradCheckSelfTests {
    /// The checker itself must catch a wrong gradient: `x²` recorded with gradient `x`.
    @Test func detectsAWrongGradient() throws {
        let r = try GradCheck.check({ v in
            let x = v[0].data
            return Variable.recorded(try x.binary(.multiply, x, flavor: .torch), "Wrong", [v[0]]) { g in
                [try g.binary(.multiply, x, flavor: .torch)]
            }
        }, inputs: [Tensor([0.5, -1.5, 2.0])])
        #expect(!r.passed)
        #expect(r.maxAbsoluteError > 0.4)
    }

    /// Central differences of `Σ x³` are `3x²`.
    @Test func numericalGradientOfCube() throws {
        let x = try Tensor([1.0, -2.0, 0.5], shape: [3])
        let g = try GradCheck.numericalGradient(of: { t in
            t.toDoubles().reduce(0) { $0 + $1 * $1 * $1 }
        }, at: x)
        let expected = [3.0, 12.0, 0.75]
        for i in 0..<3 { #expect(Swift.abs(g.doubleElement(at: i) - expected[i]) < 1e-6) }
    }
}
