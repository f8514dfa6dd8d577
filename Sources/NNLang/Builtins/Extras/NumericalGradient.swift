import NNAutograd
import NNTensor

/// `numerical_gradient(f, x, h=1e-4)`: the gradient of a scalar function by central
/// differences, `(f(x + h) − f(x − h)) / 2h` for each element of `x`, as the classic
/// textbook code computes it (seed 001's `numerical_gradient(function_2, np.array([3.0, 4.0]))`
/// gives `[6. 8.]`).
///
/// Like that code, it changes `x` itself one element at a time, calls `f(x)`, and puts the
/// element back, so `f` may ignore its argument and read the same array through a model
/// (`numerical_gradient(lambda w: net.loss(x, t), net.W)`). The result has `x`'s shape and
/// dtype and `x`'s kind (an `np` array or a torch tensor); for a tensor, `f` runs under
/// `no_grad`.
enum NumericalGradient {
    static func compute(_ a: BoundArguments, _ rt: Runtime) throws -> Value {
        let f = a[0], x = a[1]
        let h = try a.double(2)
        guard h.isFinite, h > 0 else { throw ScriptError.valueError("numerical_gradient() h must be a positive number, not \(h)") }
        let data: Tensor
        let isTorch: Bool
        switch x {
        case .native(let n as ArrayObject): (data, isTorch) = (n.tensor, false)
        case .native(let n as TensorObject): (data, isTorch) = (n.variable.data, true)
        default:
            throw ScriptError.typeError("numerical_gradient() argument 'x' must be an np array or a torch tensor, not \(x.typeName) (write np.array([...]))")
        }
        guard data.dtype.isFloatingPoint else {
            throw ScriptError.typeError("numerical_gradient() needs x of a floating-point dtype, not \(isTorch ? data.dtype.torchName : data.dtype.numpyName): x + h would be rounded (write np.array([3.0, 4.0]) or x.astype(float))")
        }
        var grad = [Double](repeating: 0, count: data.count)
        for j in 0..<data.count {
            let original = data.element(at: j)
            let v = data.doubleElement(at: j)
            defer { data.setElement(original, at: j) }
            data.setElement(.float(v + h), at: j)
            let up = try value(of: f, at: x, isTorch: isTorch, rt)
            data.setElement(.float(v - h), at: j)
            let down = try value(of: f, at: x, isTorch: isTorch, rt)
            grad[j] = (up - down) / (2 * h)
        }
        let result = try TensorErrors.numpy { try Tensor(grad, shape: data.shape).converted(to: data.dtype) }
        return isTorch ? .tensor(result) : .ndarray(result)
    }

    /// `f(x)` as a number (a float, an int, a one-element array or tensor).
    private static func value(of f: Value, at x: Value, isTorch: Bool, _ rt: Runtime) throws(ScriptError) -> Double {
        let result: Value
        if isTorch {
            let saved = GradMode.enter(enabled: false)
            defer { GradMode.exit(saved) }
            result = try rt.call(f, x)
        } else {
            result = try rt.call(f, x)
        }
        if case .bool = result {} else if let d = result.asDouble { return d }
        throw ScriptError.typeError("numerical_gradient() needs f to return a number, but it returned \(try describe(result, rt))")
    }

    /// `ndarray of shape (2,)`, `list`, …
    static func describe(_ v: Value, _ rt: Runtime) throws(ScriptError) -> String {
        if let t = v.ndarrayTensor { return "ndarray of shape \(PlotArray.tupleText(t.shape))" }
        if let t = v.torchVariable { return "Tensor of shape \(PlotArray.tupleText(t.shape))" }
        return v.typeName
    }
}
