import NNTensor

/// Shape functions: `reshape transpose concatenate stack vstack hstack flip flipud fliplr
/// squeeze expand_dims ravel tile repeat split` and `shape ndim size`.
enum NumpyShape {
    static func register(_ m: ModuleObject) {
        m.numpy("reshape", "a, shape, order='C'", doc: "a with a new shape (a view when possible).") { a, _ in
            ArrayObject.array(try NumpyArguments.array(a[0]).reshape(try NumpyArguments.shape(a[1], function: "reshape")))
        }
        m.numpy("ravel", "a, order='C'", doc: "The elements as a 1-D array.") { a, _ in
            ArrayObject.array(try NumpyArguments.array(a[0]).reshape([-1]))
        }
        m.numpy("transpose", "a, axes=None", doc: "Axes reversed, or permuted as given.") { a, _ in
            let t = try NumpyArguments.array(a[0])
            if a.isNone(1) { return ArrayObject.array(t.T) }
            return ArrayObject.array(try t.permute(try NumpyArguments.shape(a[1], function: "transpose")))
        }
        m.numpy("swapaxes", "a, axis1, axis2", doc: "Two axes swapped.") { a, _ in
            ArrayObject.array(try NumpyArguments.array(a[0]).transpose(try a.int(1), try a.int(2)))
        }
        m.numpy("concatenate", "arrays, axis=0", doc: "Arrays joined along an existing axis (flattened first when axis is None).") { a, rt in
            var parts = try arrays(a[0], rt)
            if a.isNone(1) {
                parts = try parts.map { try $0.reshape([-1]) }
                return ArrayObject.array(try Tensor.concatenate(parts, axis: 0, flavor: .numpy))
            }
            return ArrayObject.array(try Tensor.concatenate(parts, axis: try a.int(1), flavor: .numpy))
        }
        m.numpy("stack", "arrays, axis=0", doc: "Arrays joined along a new axis.") { a, rt in
            ArrayObject.array(try Tensor.stack(try arrays(a[0], rt), axis: try a.int(1), flavor: .numpy))
        }
        m.numpy("vstack", "tup", doc: "Arrays stacked as rows (1-D arrays become rows).") { a, rt in
            let parts = try arrays(a[0], rt).map { $0.ndim < 2 ? try $0.reshape([1, -1]) : $0 }
            return ArrayObject.array(try Tensor.concatenate(parts, axis: 0, flavor: .numpy))
        }
        m.numpy("hstack", "tup", doc: "Arrays joined column-wise (1-D arrays end to end).") { a, rt in
            let parts = try arrays(a[0], rt).map { $0.ndim == 0 ? try $0.reshape([1]) : $0 }
            let axis = parts.first.map { $0.ndim == 1 ? 0 : 1 } ?? 1
            return ArrayObject.array(try Tensor.concatenate(parts, axis: axis, flavor: .numpy))
        }
        m.numpy("column_stack", "tup", doc: "1-D arrays as columns of a 2-D array.") { a, rt in
            let parts = try arrays(a[0], rt).map { $0.ndim < 2 ? try $0.reshape([-1, 1]) : $0 }
            return ArrayObject.array(try Tensor.concatenate(parts, axis: 1, flavor: .numpy))
        }
        m.numpy("flip", "m, axis=None", doc: "Elements reversed along the given axes (a view).") { a, _ in
            ArrayObject.array(try NumpyArguments.array(a[0]).flip(axes: try NumpyArguments.axes(a[1])))
        }
        m.numpy("flipud", "m", doc: "Rows reversed (a view).") { a, _ in
            let t = try NumpyArguments.array(a[0])
            if t.ndim < 1 { throw ScriptError.valueError("Input must be >= 1-d.") }
            return ArrayObject.array(try t.flip(axes: [0]))
        }
        m.numpy("fliplr", "m", doc: "Columns reversed (a view).") { a, _ in
            let t = try NumpyArguments.array(a[0])
            if t.ndim < 2 { throw ScriptError.valueError("Input must be >= 2-d.") }
            return ArrayObject.array(try t.flip(axes: [1]))
        }
        m.numpy("squeeze", "a, axis=None", doc: "Axes of length one removed.") { a, _ in
            ArrayObject.array(try NumpyArguments.array(a[0]).squeeze(axes: try NumpyArguments.axes(a[1]), flavor: .numpy))
        }
        m.numpy("expand_dims", "a, axis", doc: "A new axis of length one inserted at axis.") { a, _ in
            var t = try NumpyArguments.array(a[0])
            let axes = try NumpyArguments.axes(a[1]) ?? []
            let ndim = t.ndim + axes.count
            for ax in try Shape.normalizeAxes(axes, ndim: ndim).sorted() { t = try t.unsqueeze(ax) }
            return ArrayObject.array(t)
        }
        m.numpy("tile", "A, reps", doc: "A repeated reps times along each axis.") { a, _ in
            ArrayObject.array(try NumpyArguments.array(a[0]).tile(try NumpyArguments.shape(a[1], function: "tile")))
        }
        m.numpy("repeat", "a, repeats, axis=None", doc: "Each element repeated (flattened when axis is None).") { a, _ in
            ArrayObject.array(try NumpyArguments.array(a[0]).repeatElements(try a.int(1), axis: try a.optionalInt(2)))
        }
        m.numpy("split", "ary, indices_or_sections, axis=0", doc: "Views splitting ary into equal sections or at indices.") { a, rt in
            let t = try NumpyArguments.array(a[0])
            let axis = try a.int(2)
            let parts: [Tensor]
            if let n = NumpyArguments.intLike(a[1]) {
                parts = try t.split(sections: n, axis: axis)
            } else {
                parts = try t.split(at: try rt.toArray(a[1]).map { v throws(ScriptError) in try NumpyArguments.dimension(v) }, axis: axis)
            }
            return .list(ListObject(parts.map(ArrayObject.array)))
        }
        m.numpy("shape", "a", doc: "The shape of a, as a tuple.") { a, _ in
            TensorConversion.shapeTuple(try NumpyArguments.array(a[0]).shape)
        }
        m.numpy("ndim", "a", doc: "The number of dimensions of a.") { a, _ in .int(try NumpyArguments.array(a[0]).ndim) }
        m.numpy("size", "a, axis=None", doc: "The number of elements of a (along axis).") { a, _ in
            let t = try NumpyArguments.array(a[0])
            guard let axis = try a.optionalInt(1) else { return .int(t.count) }
            return .int(t.shape[try Shape.normalizeAxis(axis, ndim: t.ndim)])
        }
    }

    /// A sequence of array-likes as tensors (`np.concatenate([a, b])`).
    static func arrays(_ v: Value, _ rt: Runtime) throws -> [Tensor] {
        if case .native(let n as ArrayObject) = v {
            // An array is a sequence of its rows.
            return try (0..<(n.tensor.shape.first ?? 0)).map { try n.tensor.get([.int($0)]) }
        }
        return try rt.toArray(v).map { try NumpyArguments.array($0) }
    }
}
