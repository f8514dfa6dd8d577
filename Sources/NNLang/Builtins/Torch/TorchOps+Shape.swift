import NNAutograd
import NNTensor

/// Shape operations, products and comparisons shared by `torch.*` and the tensor methods.
extension TorchOps {
    static var shaping: [Op] { [
        op("flatten", "start_dim=0, end_dim=-1", "Dimensions start_dim..end_dim merged into one.") { x, a, o, _ in
            wrap(try x.flatten(start: try a.int(o), end: try a.int(o + 1)))
        },
        op("squeeze", "dim=None", "Dimensions of size one removed (only dim, if given).") { x, a, o, _ in
            guard let d = try dims(a[o]) else { return wrap(try x.squeeze()) }
            var r = x
            for dim in try Shape.normalizeAxes(d, ndim: max(x.ndim, 1)).sorted(by: >) { r = try r.squeeze(dim: dim) }
            return wrap(r)
        },
        op("unsqueeze", "dim", "A dimension of size one inserted at dim.") { x, a, o, _ in
            wrap(try x.unsqueeze(try a.int(o)))
        },
        op("transpose", "dim0, dim1", "Two dimensions swapped (a view).") { x, a, o, _ in
            wrap(try x.transpose(try a.int(o), try a.int(o + 1)))
        },
        op("swapaxes", "axis0, axis1", "Two dimensions swapped (a view).") { x, a, o, _ in
            wrap(try x.transpose(try a.int(o), try a.int(o + 1)))
        },
        op("t", "", "The transpose of a matrix (vectors unchanged).") { x, _, _, _ in wrap(try x.t()) },
        op("matmul", "other", "Matrix product with NumPy's broadcasting rules.") { x, a, o, _ in wrap(try x.matmul(try a.tensor(o))) },
        op("mm", "mat2", "Product of two matrices.") { x, a, o, _ in wrap(try x.mm(try a.tensor(o))) },
        op("bmm", "mat2", "Batched product of 3-D tensors.") { x, a, o, _ in wrap(try x.bmm(try a.tensor(o))) },
        op("mv", "vec", "Matrix-vector product.") { x, a, o, _ in wrap(try x.mv(try a.tensor(o))) },
        op("dot", "other", "Dot product of two vectors.") { x, a, o, _ in wrap(try x.dot(try a.tensor(o))) },
        op("outer", "vec2", "Outer product of two vectors.") { x, a, o, _ in
            let y = try a.tensor(o)
            guard x.ndim == 1, y.ndim == 1 else {
                throw ScriptError.runtimeError("outer: expected 1D tensors, but got \(x.ndim)D and \(y.ndim)D tensors")
            }
            return wrap(try x.unsqueeze(1).mul(y.unsqueeze(0)))
        },
        op("chunk", "chunks, dim=0", "Up to chunks views of (nearly) equal size along dim.") { x, a, o, _ in
            .tuple(try x.chunk(try a.int(o), dim: try a.int(o + 1)).map(wrap))
        },
        op("split", "split_size_or_sections, dim=0", "Views of split_size elements (or of the listed sizes) along dim.") { x, a, o, rt in
            let dim = try a.int(o + 1)
            if let size = NumpyArguments.intLike(a[o]) { return .tuple(try x.split(size: size, dim: dim).map(wrap)) }
            var parts: [Value] = [], start = 0
            for v in try rt.toArray(a[o]) {
                let n = try NumpyArguments.dimension(v)
                parts.append(wrap(try x.narrow(dim: dim, start: start, length: n)))
                start += n
            }
            let axis = try Shape.normalizeAxis(dim, ndim: x.ndim)
            guard start == x.shape[axis] else {
                throw ScriptError.runtimeError("split_with_sizes expects split_sizes to sum exactly to \(x.shape[axis]) (input tensor's size at dimension \(dim)), but got split_sizes=\(try rt.repr(a[o]))")
            }
            return .tuple(parts)
        },
        op("unbind", "dim=0", "The slices along dim, as a tuple.") { x, a, o, _ in
            let axis = try Shape.normalizeAxis(try a.int(o), ndim: x.ndim)
            return .tuple(try (0..<x.shape[axis]).map { i in
                wrap(try x.index([TensorIndex](repeating: .all, count: axis) + [.int(i)]))
            })
        },
        op("narrow", "dim, start, length", "A view of length elements from start along dim.") { x, a, o, _ in
            wrap(try x.narrow(dim: try a.int(o), start: try a.int(o + 1), length: try a.int(o + 2)))
        },
        op("flip", "dims", "Elements reversed along dims (a copy, as in PyTorch).") { x, a, o, _ in
            plain(try x.data.flip(axes: try dims(a[o])).copy())
        },
        op("masked_fill", "mask, value", "value where mask is true, self elsewhere.") { x, a, o, _ in
            let mask = try a.tensor(o).data
            guard mask.dtype == .bool else {
                throw ScriptError.runtimeError("masked_fill_ only supports boolean masks, but got mask with dtype \(mask.dtype.rawValue)")
            }
            switch try a.tensorOrScalar(o + 1) {
            case .scalar(let s): return wrap(try Variable.where(mask, s, x))
            case .tensor(let v): return wrap(try Variable.where(mask, v, x))
            }
        },
        op("detach", "", "The same data outside the graph.") { x, _, _, _ in wrap(x.detach()) },
        op("clone", "*, memory_format=None", "A copy (recorded).") { x, _, _, _ in wrap(try x.clone()) },
    ] }

    static var comparisons: [Op] {
        var ops: [Op] = []
        let table: [(String, NNTensor.BinaryOp)] = [
            ("eq", .equal), ("ne", .notEqual), ("lt", .less), ("le", .lessEqual), ("gt", .greater), ("ge", .greaterEqual),
            ("greater", .greater), ("less", .less), ("greater_equal", .greaterEqual), ("less_equal", .lessEqual),
            ("not_equal", .notEqual), ("logical_and", .logicalAnd), ("logical_or", .logicalOr), ("logical_xor", .logicalXor),
        ]
        for (name, b) in table {
            ops.append(op(name, "other", "Elementwise \(name) (a bool tensor).") { x, a, o, _ in
                switch try a.tensorOrScalar(o) {
                case .scalar(let s): return plain(try x.data.binary(b, s, flavor: .torch))
                case .tensor(let y): return plain(try x.data.binary(b, y.data, flavor: .torch))
                }
            })
        }
        ops.append(op("allclose", "other, rtol=1e-05, atol=1e-08, equal_nan=False", "Whether every element is close to other's.") { x, a, o, _ in
            .bool(try x.data.allclose(try a.tensor(o).data, rtol: try a.double(o + 1), atol: try a.double(o + 2), equalNaN: try a.bool(o + 3)))
        })
        ops.append(op("isclose", "other, rtol=1e-05, atol=1e-08, equal_nan=False", "Elementwise closeness.") { x, a, o, _ in
            plain(try x.data.isclose(try a.tensor(o).data, rtol: try a.double(o + 1), atol: try a.double(o + 2), equalNaN: try a.bool(o + 3)))
        })
        ops.append(op("equal", "other", "Whether both have the same shape and elements.") { x, a, o, _ in
            .bool(x.data.equal(try a.tensor(o).data))
        })
        return ops
    }
}
