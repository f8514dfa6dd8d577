import NNTensor

/// The methods of `np.ndarray` (data attributes such as `shape` and `dtype` are in
/// `ArrayObject.getAttribute`).
enum NDArrayMethods {
    static func register(_ c: ClassObject) {
        for r in NumpyReductions.table { NumpyReductions.registerMethod(r.name, r.kind, doc: r.doc, on: c) }
        registerShape(c)
        registerValues(c)
    }

    /// Reshaping and reordering: views where NumPy gives views.
    private static func registerShape(_ c: ClassObject) {
        c.numpy("reshape", "*shape, order='C'", doc: "The same data with a new shape (a view when possible).") { a, _ in
            let shape = try NumpyArguments.shape(varArgs: a.varArgs, function: "reshape")
            return ArrayObject.array(try a.array.tensor.reshape(shape))
        }
        c.numpy("flatten", "order='C'", doc: "A 1-D copy.") { a, _ in
            ArrayObject.array(try a.array.tensor.reshape([-1]).copy())
        }
        c.numpy("ravel", "order='C'", doc: "The elements as a 1-D array (a view when possible).") { a, _ in
            ArrayObject.array(try a.array.tensor.reshape([-1]))
        }
        c.numpy("squeeze", "axis=None", doc: "Removes axes of length one.") { a, _ in
            ArrayObject.array(try a.array.tensor.squeeze(axes: try NumpyArguments.axes(a[0]), flavor: .numpy))
        }
        c.numpy("transpose", "*axes", doc: "The axes reversed, or permuted as given (a view).") { a, _ in
            let t = try a.array.tensor
            if a.varArgs.isEmpty || (a.varArgs.count == 1 && a.varArgs[0].isNone) { return ArrayObject.array(t.T) }
            return ArrayObject.array(try t.permute(try NumpyArguments.shape(varArgs: a.varArgs, function: "transpose")))
        }
        c.numpy("swapaxes", "axis1, axis2", doc: "Two axes swapped (a view).") { a, _ in
            ArrayObject.array(try a.array.tensor.transpose(try a.int(0), try a.int(1)))
        }
        c.numpy("view", "dtype=None", doc: "A new array object viewing the same data.") { a, _ in
            let t = try a.array.tensor
            if let d = try NumpyDTypes.parse(a[0]), d != t.dtype {
                throw ScriptError.valueError("nn cannot reinterpret the bytes of a \(t.dtype.rawValue) array as \(d.rawValue); use astype")
            }
            return ArrayObject.array(t)
        }
    }

    /// Conversions, copies, in-place fills and elementwise methods.
    private static func registerValues(_ c: ClassObject) {
        c.numpy("astype", "dtype, order='K', casting='unsafe', subok=True, copy=True", doc: "A copy converted to dtype.") { a, _ in
            let t = try a.array.tensor
            guard let d = try NumpyDTypes.parse(a[0]) else { return ArrayObject.array(try t.astype(.float64)) }
            if !(try a.bool(4)) && d == t.dtype { return .native(try a.array) }
            return ArrayObject.array(try t.astype(d))
        }
        c.numpy("copy", "order='C'", doc: "A copy sharing nothing.") { a, _ in ArrayObject.array(try a.array.tensor.copy()) }
        c.numpy("tolist", "", doc: "The elements as nested lists of Python numbers.") { a, _ in
            try TensorConversion.list(try a.array.tensor)
        }
        c.numpy("item", "*args", doc: "One element as a Python number.") { a, _ in
            let t = try a.array.tensor
            if a.varArgs.isEmpty {
                guard t.count == 1 else { throw ScriptError.valueError("can only convert an array of size 1 to a Python scalar") }
                return TensorConversion.element(t)
            }
            if a.varArgs.count == 1, let flat = NumpyArguments.intLike(a.varArgs[0]) {
                let n = t.count
                guard flat >= -n && flat < n else { throw ScriptError.indexError("index \(flat) is out of bounds for size \(n)") }
                return TensorConversion.value(t.element(at: flat < 0 ? flat + n : flat))
            }
            let index = try a.varArgs.map { v throws(ScriptError) in TensorIndex.int(try NumpyArguments.dimension(v)) }
            return TensorConversion.element(try t.get(index, flavor: .numpy))
        }
        c.numpy("fill", "value, /", doc: "Sets every element to value, in place.") { a, _ in
            guard let s = TensorConversion.scalar(a[0]) ?? a[0].asDouble.map(Scalar.float) else {
                throw ScriptError.typeError("float() argument must be a string or a real number, not '\(a[0].typeName)'")
            }
            try a.array.tensor.fill(s)
            return .none
        }
        c.numpy("clip", "min=None, max=None", doc: "Elements limited to [min, max].") { a, _ in
            try NumpyMath.clip(try a.array.tensor, a[0], a[1])
        }
        c.numpy("round", "decimals=0", doc: "Elements rounded half to even.") { a, _ in
            ArrayObject.result(try a.array.tensor.rounded(decimals: try a.int(0), flavor: .numpy))
        }
        c.numpy("__abs__", "", doc: "abs(a).") { a, _ in
            ArrayObject.result(try a.array.tensor.unary(.absolute, flavor: .numpy))
        }
        c.numpy("dot", "b, /", doc: "Dot product with b.") { a, _ in
            ArrayObject.result(try a.array.tensor.dot(try NumpyArguments.array(a[0]), flavor: .numpy))
        }
        c.numpy("cumsum", "axis=None, dtype=None", doc: "Cumulative sum (of the flattened array when axis is None).") { a, _ in
            var t = try a.array.tensor
            if let d = try NumpyDTypes.parse(a[1]) { t = try t.converted(to: d) }
            return ArrayObject.array(try t.cumsum(axis: try a.optionalInt(0)))
        }
        c.numpy("nonzero", "", doc: "The indices of nonzero elements, one array per axis.") { a, _ in
            .tuple(try a.array.tensor.nonzero().map(ArrayObject.array))
        }
        c.numpy("argsort", "axis=-1, kind=None", doc: "Indices that sort the array along axis.") { a, _ in
            ArrayObject.array(try NumpySorting.sort(try a.array.tensor, axis: try a.optionalInt(0), indices: true))
        }
        c.numpy("sort", "axis=-1, kind=None", doc: "Sorts the array in place along axis.") { a, _ in
            let t = try a.array.tensor
            try t.assign(from: try NumpySorting.sort(t, axis: try a.int(0), indices: false))
            return .none
        }
        c.numpy("__len__", "", doc: "len(a).") { a, _ in
            guard let n = try a.array.tensor.shape.first else { throw ScriptError.typeError("len() of unsized object") }
            return .int(n)
        }
    }
}
