import NNTensor

/// NumPy's elementwise functions (ufuncs), selection and comparison helpers, and products.
/// Arguments are array-likes; Python numbers are weak scalars (NEP 50); 0-d results are nn
/// numbers, as NumPy returns scalars.
enum NumpyMath {
    /// One-argument ufuncs: `np.exp(x)`.
    static let unary: [(String, NNTensor.UnaryOp)] = [
        ("exp", .exp), ("log", .log), ("log1p", .log1p), ("expm1", .expm1), ("sqrt", .sqrt), ("square", .square),
        ("tanh", .tanh), ("sin", .sin), ("cos", .cos), ("abs", .absolute), ("absolute", .absolute), ("fabs", .absolute),
        ("sign", .sign), ("floor", .floor), ("ceil", .ceil), ("trunc", .trunc), ("rint", .round), ("negative", .negative),
        ("isnan", .isnan), ("isinf", .isinf), ("isfinite", .isfinite), ("logical_not", .logicalNot),
        ("invert", .bitwiseNot), ("bitwise_not", .bitwiseNot),
    ]

    /// Two-argument ufuncs: `np.maximum(0, z)`.
    static let binary: [(String, NNTensor.BinaryOp)] = [
        ("add", .add), ("subtract", .subtract), ("multiply", .multiply), ("divide", .divide), ("true_divide", .divide),
        ("floor_divide", .floorDivide), ("power", .power), ("mod", .remainder), ("remainder", .remainder),
        ("maximum", .maximum), ("minimum", .minimum), ("equal", .equal), ("not_equal", .notEqual), ("less", .less),
        ("less_equal", .lessEqual), ("greater", .greater), ("greater_equal", .greaterEqual),
        ("logical_and", .logicalAnd), ("logical_or", .logicalOr), ("logical_xor", .logicalXor),
        ("bitwise_and", .bitwiseAnd), ("bitwise_or", .bitwiseOr), ("bitwise_xor", .bitwiseXor),
    ]

    static func register(_ m: ModuleObject) {
        for (name, op) in unary {
            m.numpy(name, "x, /", doc: "Elementwise \(name) (NumPy ufunc).") { a, _ in
                ArrayObject.result(try NumpyArguments.array(a[0]).unary(op, flavor: .numpy))
            }
        }
        for (name, op) in binary {
            m.numpy(name, "x1, x2, /", doc: "Elementwise \(name) with broadcasting (NumPy ufunc).") { a, _ in
                ArrayObject.result(try Tensor.binary(op, try NumpyArguments.operand(a[0]), try NumpyArguments.operand(a[1]), flavor: .numpy))
            }
        }
        m.numpy("round", "a, decimals=0", doc: "Elements rounded half to even to the given decimals.") { a, _ in
            ArrayObject.result(try NumpyArguments.array(a[0]).rounded(decimals: try a.int(1), flavor: .numpy))
        }
        m.numpy("around", "a, decimals=0", doc: "Same as np.round.") { a, _ in
            ArrayObject.result(try NumpyArguments.array(a[0]).rounded(decimals: try a.int(1), flavor: .numpy))
        }
        m.numpy("clip", "a, a_min=None, a_max=None", doc: "Elements limited to [a_min, a_max].") { a, _ in
            try clip(try NumpyArguments.array(a[0]), a[1], a[2])
        }
        m.numpy("where", "condition, x=..., y=..., /", doc: "x where condition holds, else y; with one argument, np.nonzero(condition).") { a, _ in
            let cond = try NumpyArguments.array(a[0])
            let xGiven = !isEllipsis(a[1]), yGiven = !isEllipsis(a[2])
            if !xGiven && !yGiven { return .tuple(try cond.nonzero().map(ArrayObject.array)) }
            guard xGiven && yGiven else { throw ScriptError.valueError("either both or neither of x and y should be given") }
            return ArrayObject.result(try Tensor.where(cond, try NumpyArguments.operand(a[1]), try NumpyArguments.operand(a[2]), flavor: .numpy))
        }
        m.numpy("isclose", "a, b, rtol=1e-05, atol=1e-08, equal_nan=False", doc: "Elementwise |a - b| <= atol + rtol * |b|.") { a, _ in
            let x = try NumpyArguments.array(a[0]), y = try NumpyArguments.array(a[1])
            return ArrayObject.result(try x.isclose(y, rtol: try a.double(2), atol: try a.double(3), equalNaN: try a.bool(4)))
        }
        m.numpy("allclose", "a, b, rtol=1e-05, atol=1e-08, equal_nan=False", doc: "Whether every element is close.") { a, _ in
            let x = try NumpyArguments.array(a[0]), y = try NumpyArguments.array(a[1])
            return .bool(try x.allclose(y, rtol: try a.double(2), atol: try a.double(3), equalNaN: try a.bool(4)))
        }
        m.numpy("array_equal", "a1, a2, equal_nan=False", doc: "Same shape and equal elements.") { a, _ in
            let x = try NumpyArguments.array(a[0]), y = try NumpyArguments.array(a[1])
            if try a.bool(2) {
                guard x.shape == y.shape else { return .false }
                return .bool(try x.allclose(y, rtol: 0, atol: 0, equalNaN: true))
            }
            return .bool(x.equal(y))
        }
        m.numpy("dot", "a, b, out=None", doc: "Dot product; matrix product for 2-D arrays.") { a, _ in
            ArrayObject.result(try NumpyArguments.array(a[0]).dot(try NumpyArguments.array(a[1]), flavor: .numpy))
        }
        m.numpy("matmul", "x1, x2, /", doc: "Matrix product (the @ operator).") { a, _ in
            ArrayObject.result(try NumpyArguments.array(a[0]).matmul(try NumpyArguments.array(a[1]), flavor: .numpy))
        }
        m.numpy("outer", "a, b, out=None", doc: "Outer product of two vectors (inputs are flattened).") { a, _ in
            let x = try NumpyArguments.array(a[0]).reshape([-1]), y = try NumpyArguments.array(a[1]).reshape([-1])
            return ArrayObject.result(try x.outer(y, flavor: .numpy))
        }
        m.numpy("cumsum", "a, axis=None, dtype=None", doc: "Cumulative sum (of the flattened array when axis is None).") { a, _ in
            var t = try NumpyArguments.array(a[0])
            if let d = try NumpyDTypes.parse(a[2]) { t = try t.converted(to: d) }
            return ArrayObject.array(try t.cumsum(axis: try a.optionalInt(1)))
        }
    }

    /// `clip(t, lo, hi)` with either bound optional (NumPy 2 requires at least one).
    static func clip(_ t: Tensor, _ lo: Value, _ hi: Value) throws -> Value {
        let lower = lo.isNone ? nil : try NumpyArguments.operand(lo)
        let upper = hi.isNone ? nil : try NumpyArguments.operand(hi)
        if lower == nil && upper == nil { throw ScriptError.valueError("One of max or min must be given") }
        return ArrayObject.result(try t.clip(min: lower, max: upper, flavor: .numpy))
    }

    /// Whether a slot holds the "not given" marker (`...`).
    static func isEllipsis(_ v: Value) -> Bool {
        if case .ellipsis = v { return true }
        return false
    }
}
