import NNAutograd
import NNTensor

/// `gradcheck(func, inputs, eps=1e-6, atol=1e-5, rtol=1e-3, raise_exception=True)`:
/// compares the Jacobian `backward()` computes for `func` with central differences in
/// float64, as `torch.autograd.gradcheck` does; True when every entry agrees within
/// `atol + rtol·|numerical|`, else GradcheckError (a RuntimeError) naming the worst entry.
///
/// `inputs` is a tensor or a tuple/list of tensors; the ones with `requires_grad=True` are
/// checked (as float64 copies), the others are passed as they are. `func` returns a tensor
/// or a tuple of tensors. Outputs of up to `fullJacobianLimit` elements are checked entry by
/// entry (one backward pass per output element); larger ones through the sum of their
/// elements weighted by fixed, distinct factors (one pass).
enum GradientCheck {
    /// The most output elements checked one by one.
    static let fullJacobianLimit = 1024

    /// `torch.autograd.gradcheck.GradcheckError`.
    nonisolated(unsafe) static let errorType: ClassObject = {
        // Immutable after its thread-safe lazy initialisation.
        ClassObject(name: "GradcheckError", module: "torch.autograd.gradcheck", kind: .native,
                    bases: [BuiltinTypes.shared.runtimeError], doc: "Backward and finite differences disagree.")
    }()

    /// One disagreement: output row (nil for the weighted sum), input, element, both values.
    private struct Mismatch {
        let output: Int?
        let input: Int
        let index: Int
        let analytical: Double
        let numerical: Double
        let excess: Double
    }

    static func check(_ a: BoundArguments, _ rt: Runtime) throws -> Value {
        let function = a[0]
        let eps = try a.double(2), atol = try a.double(3), rtol = try a.double(4)
        guard eps.isFinite, eps > 0 else { throw ScriptError.valueError("gradcheck() eps must be a positive number, not \(eps)") }
        let given: [Value]
        switch a[1] {
        case .tuple(let t): given = t
        case .list(let l): given = l.items
        default: given = [a[1]]
        }
        for (i, v) in given.enumerated() where v.ndarrayTensor != nil {
            throw ScriptError.typeError("gradcheck() input \(i) is an np array; give torch tensors with requires_grad=True")
        }
        let checked = given.indices.filter { given[$0].torchVariable?.requiresGrad == true }
        guard !checked.isEmpty else {
            throw ScriptError.valueError("gradcheck expects at least one input tensor to require gradient, but none of the them have requires_grad=True.")
        }
        let leaves = try TensorErrors.torch {
            try checked.map { i in try Variable(try (given[i].torchVariable?.data ?? Tensor.zeros([], dtype: .float64)).astype(.float64), requiresGrad: true) }
        }
        var outputShapes: [[Int]] = []
        // func with the checked inputs replaced, its outputs as one float64 1-D tensor.
        func evaluate(_ replacement: [Variable]) throws -> Variable {
            var args = given
            for (k, i) in checked.enumerated() { args[i] = .tensor(replacement[k]) }
            var shapes: [[Int]] = []
            let flat = try flatOutput(try rt.call(function, Arguments(args)), &shapes)
            outputShapes = shapes
            return flat
        }
        let out = try evaluate(leaves)
        let m = out.data.count
        let full = m <= fullJacobianLimit
        let weights = m == 1 ? [1.0] : (0..<m).map { 0.5 + 0.37 * Double((7 * $0) % 11) }
        // Rows of the analytical Jacobian (one row: the weighted sum), per checked input.
        var analytical: [[Tensor?]] = []
        for row in 0..<(full ? m : 1) {
            for leaf in leaves { leaf.grad = nil }
            if out.requiresGrad {
                var seed = [Double](repeating: 0, count: m)
                if full { seed[row] = 1 } else { seed = weights }
                try TensorErrors.torch { try out.backward(gradient: try Tensor(seed, shape: [m]), retainGraph: true) }
            }
            analytical.append(leaves.map { $0.grad?.data })
        }
        var worst: Mismatch?
        for (k, leaf) in leaves.enumerated() {
            let probe = try TensorErrors.torch { try leaf.data.copy() }
            for j in 0..<probe.count {
                let v = probe.doubleElement(at: j)
                probe.setElement(.float(v + eps), at: j)
                let up = try outputs(evaluate, leaves, k, probe)
                probe.setElement(.float(v - eps), at: j)
                let down = try outputs(evaluate, leaves, k, probe)
                probe.setElement(.float(v), at: j)
                let column = zip(up, down).map { ($0 - $1) / (2 * eps) }
                let rows: [(Int?, Double)] = full
                    ? column.enumerated().map { ($0.offset, $0.element) }
                    : [(nil, zip(column, weights).reduce(0) { $0 + $1.0 * $1.1 })]
                for (row, n) in rows {
                    let g = analytical[row ?? 0][k]?.doubleElement(at: j) ?? 0
                    let diff = abs(g - n)
                    let excess = diff - (atol + rtol * abs(n))
                    guard !(excess <= 0) else { continue }
                    let score = excess.isNaN ? Double.infinity : excess
                    if worst.map({ score > $0.excess }) ?? true {
                        worst = Mismatch(output: row, input: checked[k], index: j, analytical: g, numerical: n, excess: score)
                    }
                }
            }
        }
        guard let worst else { return .bool(true) }
        if try !a.bool(5) { return .bool(false) }
        throw ScriptError(errorType, message(worst, inputShape: given[worst.input].torchVariable?.shape ?? [],
                                             outputShapes: outputShapes, atol: atol, rtol: rtol))
    }

    /// The outputs of `evaluate` with checked input `k` replaced by `probe`, under no_grad.
    private static func outputs(_ evaluate: ([Variable]) throws -> Variable, _ leaves: [Variable], _ k: Int,
                                _ probe: Tensor) throws -> [Double] {
        var replaced = leaves.map { $0.detach() }
        replaced[k] = Variable(probe)
        let value = try GradMode.withNoGrad { try evaluate(replaced) }
        return value.data.toDoubles()
    }

    /// The error text: which entry disagrees, both values, and the tolerance it broke.
    private static func message(_ w: Mismatch, inputShape: [Int], outputShapes: [[Int]], atol: Double, rtol: Double) -> String {
        let position = PlotArray.tupleText(unravel(w.index, inputShape))
        var place = "input \(w.input) at index \(position)"
        if let row = w.output {
            let total = outputShapes.reduce(0) { $0 + $1.reduce(1, *) }
            if total > 1 {
                var rest = row, output = 0
                while output < outputShapes.count - 1, rest >= outputShapes[output].reduce(1, *) {
                    rest -= outputShapes[output].reduce(1, *)
                    output += 1
                }
                let which = outputShapes.count > 1 ? "output \(output) " : "output "
                place = which + "element \(PlotArray.tupleText(unravel(rest, outputShapes[output]))) with respect to " + place
            }
        } else {
            place += " (gradient of the outputs' sum weighted by fixed factors)"
        }
        return "Jacobian mismatch for \(place): backward gives \(number(w.analytical)), finite differences give "
            + "\(number(w.numerical)) (|difference| \(number(abs(w.analytical - w.numerical))) > atol + rtol * |numerical| = "
            + "\(number(atol + rtol * abs(w.numerical))))"
    }

    /// The output of `func` as one float64 1-D tensor: a tensor, or a tuple/list of tensors.
    private static func flatOutput(_ v: Value, _ shapes: inout [[Int]]) throws -> Variable {
        if let t = v.torchVariable {
            shapes.append(t.shape)
            return try TensorErrors.torch { try t.to(.float64).reshape([-1]) }
        }
        var parts: [Variable] = []
        switch v {
        case .tuple(let t): parts = try t.map { try flatOutput($0, &shapes) }
        case .list(let l): parts = try l.items.map { try flatOutput($0, &shapes) }
        default:
            throw ScriptError.typeError("gradcheck() needs func to return a tensor or a tuple of tensors, not \(v.typeName)")
        }
        guard !parts.isEmpty else { throw ScriptError.valueError("gradcheck() func returned no outputs") }
        return try TensorErrors.torch { try Variable.cat(parts) }
    }

    /// Row-major position `index` of `shape` as coordinates.
    static func unravel(_ index: Int, _ shape: [Int]) -> [Int] {
        var rest = index
        var coordinates = [Int](repeating: 0, count: shape.count)
        for d in shape.indices.reversed() where shape[d] > 0 {
            coordinates[d] = rest % shape[d]
            rest /= shape[d]
        }
        return coordinates
    }

    /// A number as Python's `repr` of a float shows it.
    private static func number(_ d: Double) -> String { PyFormat.floatRepr(d) }
}
