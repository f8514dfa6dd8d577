import NNTensor

/// Array creation: `array asarray zeros ones full empty arange linspace eye identity` and the
/// `_like` forms. Arrays are float64 unless the data or `dtype=` say otherwise.
enum NumpyCreation {
    static func register(_ m: ModuleObject) {
        m.numpy("array", "object, dtype=None, *, copy=True, ndmin=0", doc: "An array from nested lists, numbers or another array (copied).") { a, _ in
            var t = try NumpyArguments.array(a[0], dtype: try NumpyDTypes.parse(a[1]))
            if case .native = a[0], try a.bool(2) { t = try t.copy() }
            let ndmin = try a.int(3)
            if ndmin > t.ndim { t = try t.reshape([Int](repeating: 1, count: ndmin - t.ndim) + t.shape) }
            return ArrayObject.array(t)
        }
        m.numpy("asarray", "a, dtype=None", doc: "An array from a (no copy when a already is one).") { a, _ in
            if case .native(let n as ArrayObject) = a[0], try NumpyDTypes.parse(a[1]) ?? n.tensor.dtype == n.tensor.dtype {
                return a[0]
            }
            return ArrayObject.array(try NumpyArguments.array(a[0], dtype: try NumpyDTypes.parse(a[1])))
        }
        for (name, value) in [("zeros", Scalar.int(0)), ("ones", .int(1)), ("empty", .int(0))] {
            m.numpy(name, "shape, dtype=None, order='C'", doc: name == "empty" ? "A new array (zero-filled in nn, where NumPy leaves it uninitialised)." : "A new array of \(name).") { a, _ in
                let shape = try NumpyArguments.shape(a[0], function: name)
                return ArrayObject.array(try Tensor.full(shape, value, dtype: try NumpyDTypes.parse(a[1]) ?? .float64))
            }
        }
        m.numpy("full", "shape, fill_value, dtype=None, order='C'", doc: "A new array filled with fill_value.") { a, _ in
            let shape = try NumpyArguments.shape(a[0], function: "full")
            let fill = try NumpyArguments.array(a[1])
            let dtype = try NumpyDTypes.parse(a[2]) ?? fill.dtype
            return ArrayObject.array(try fill.converted(to: dtype).expand(to: shape).copy())
        }
        for (name, value) in [("zeros_like", Scalar.int(0)), ("ones_like", .int(1)), ("empty_like", .int(0))] {
            m.numpy(name, "a, dtype=None", doc: "A new array shaped like a, of \(name == "ones_like" ? "ones" : "zeros").") { a, _ in
                let t = try NumpyArguments.array(a[0])
                return ArrayObject.array(try Tensor.full(t.shape, value, dtype: try NumpyDTypes.parse(a[1]) ?? t.dtype))
            }
        }
        m.numpy("full_like", "a, fill_value, dtype=None", doc: "A new array shaped like a, filled with fill_value.") { a, _ in
            let t = try NumpyArguments.array(a[0])
            let dtype = try NumpyDTypes.parse(a[2]) ?? t.dtype
            let fill = try NumpyArguments.array(a[1]).converted(to: dtype)
            return ArrayObject.array(try fill.expand(to: t.shape).copy())
        }
        m.numpy("arange", "start, stop=None, step=None, dtype=None", doc: "Evenly spaced values in [start, stop).") { a, _ in
            var start = try number(a[0], "arange"), stop: Scalar, step = Scalar.int(1)
            if a.isNone(1) { (start, stop) = (.int(0), start) } else { stop = try number(a[1], "arange") }
            if !a.isNone(2) { step = try number(a[2], "arange") }
            return ArrayObject.array(try Tensor.arange(start: start, stop: stop, step: step,
                                                       dtype: try NumpyDTypes.parse(a[3]), flavor: .numpy))
        }
        m.numpy("linspace", "start, stop, num=50, endpoint=True, retstep=False, dtype=None", doc: "num evenly spaced values from start to stop.") { a, _ in
            let start = try a.double(0), stop = try a.double(1), num = try a.int(2), endpoint = try a.bool(3)
            let t = try Tensor.linspace(start: start, stop: stop, num: num, endpoint: endpoint,
                                        dtype: try NumpyDTypes.parse(a[5]) ?? .float64)
            guard try a.bool(4) else { return ArrayObject.array(t) }
            let div = endpoint ? num - 1 : num
            return .tuple([ArrayObject.array(t), div > 0 ? .float((stop - start) / Double(div)) : .float(.nan)])
        }
        m.numpy("eye", "N, M=None, k=0, dtype=None", doc: "A 2-D array with ones on the k-th diagonal.") { a, _ in
            ArrayObject.array(try Tensor.eye(try a.int(0), try a.optionalInt(1), k: try a.int(2),
                                             dtype: try NumpyDTypes.parse(a[3]) ?? .float64))
        }
        m.numpy("identity", "n, dtype=None", doc: "The n x n identity matrix.") { a, _ in
            ArrayObject.array(try Tensor.eye(try a.int(0), dtype: try NumpyDTypes.parse(a[1]) ?? .float64))
        }
    }

    /// A Python number (or a one-element array) as a scalar.
    static func number(_ v: Value, _ function: String) throws -> Scalar {
        if let s = TensorConversion.scalar(v) { return s }
        if case .native(let n) = v, let t = try TensorConversion.arrayData(n, flavor: .numpy), t.count == 1 {
            return t.element(at: 0)
        }
        throw ScriptError.typeError("unsupported operand type for \(function)(): '\(v.typeName)'")
    }
}
