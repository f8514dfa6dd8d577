import NNAutograd
import NNTensor

/// Operations PyTorch offers both as `torch.name(input, …)` and as the method
/// `t.name(…)`: one table, registered twice. A body receives the tensor, the bound arguments
/// and the slot offset `o` of its own first parameter (1 for the function, whose slot 0 is
/// `input`; 0 for the method).
enum TorchOps {
    typealias Body = (Variable, BoundArguments, Int, Runtime) throws -> Value

    /// One operation: its name, its parameters after `input`, its documentation and body.
    struct Op {
        let name: String
        let parameters: String
        let doc: String
        let body: Body
    }

    /// Every shared operation.
    static var all: [Op] { math + reductions + shaping + comparisons }

    /// Registers the function forms on `torch`.
    static func registerFunctions(_ m: ModuleObject) {
        for op in all {
            let parameters = op.parameters.isEmpty ? "input" : "input, " + op.parameters
            let body = op.body
            m.torch(op.name, parameters, doc: op.doc) { a, rt in try body(try a.tensor(0), a, 1, rt) }
        }
    }

    /// Registers the method forms on `torch.Tensor`.
    static func registerMethods(_ c: ClassObject) {
        for op in all {
            let body = op.body
            c.torch(op.name, op.parameters, doc: op.doc) { a, rt in try body(try a.selfTensor, a, 0, rt) }
        }
    }

    /// An operation of the table.
    static func op(_ name: String, _ parameters: String, _ doc: String, _ body: @escaping Body) -> Op {
        Op(name: name, parameters: parameters, doc: doc, body: body)
    }

    /// A tensor result.
    @inline(__always)
    static func wrap(_ v: Variable) -> Value { .tensor(v) }

    /// A tensor outside autograd.
    @inline(__always)
    static func plain(_ t: Tensor) -> Value { .tensor(t) }

    // MARK: - Elementwise math

    static var math: [Op] {
        var ops: [Op] = []
        let recorded: [(String, (Variable) throws -> Variable)] = [
            ("exp", { try $0.exp() }), ("log", { try $0.log() }), ("sqrt", { try $0.sqrt() }), ("abs", { try $0.abs() }),
            ("tanh", { try $0.tanh() }), ("sigmoid", { try $0.sigmoid() }), ("relu", { try $0.relu() }),
            ("log1p", { try $0.log1p() }), ("sin", { try $0.sin() }), ("cos", { try $0.cos() }),
            ("reciprocal", { try $0.reciprocal() }), ("neg", { try $0.neg() }), ("negative", { try $0.neg() }),
            ("square", { try $0.square() }), ("absolute", { try $0.abs() }),
        ]
        for (name, f) in recorded {
            ops.append(op(name, "", "Elementwise \(name).") { x, _, _, _ in wrap(try f(x)) })
        }
        let dataOnly: [(String, NNTensor.UnaryOp)] = [
            ("floor", .floor), ("ceil", .ceil), ("trunc", .trunc), ("sign", .sign), ("isnan", .isnan), ("isinf", .isinf),
            ("isfinite", .isfinite), ("logical_not", .logicalNot), ("expm1", .expm1),
        ]
        for (name, u) in dataOnly {
            ops.append(op(name, "", "Elementwise \(name) (not differentiated).") { x, _, _, _ in plain(try x.data.unary(u, flavor: .torch)) })
        }
        ops.append(op("round", "decimals=0", "Elements rounded half to even.") { x, a, o, _ in
            plain(try x.data.rounded(decimals: try a.int(o), flavor: .torch))
        })
        ops.append(op("pow", "exponent", "Elementwise power.") { x, a, o, _ in
            switch try a.tensorOrScalar(o) {
            case .scalar(let s): return wrap(try x.pow(s))
            case .tensor(let y): return wrap(try x.pow(y))
            }
        })
        for (name, isMax) in [("maximum", true), ("minimum", false)] {
            ops.append(op(name, "other", "Elementwise \(isMax ? "larger" : "smaller") value.") { x, a, o, _ in
                let y = try a.tensor(o)
                return wrap(isMax ? try x.maximum(y) : try x.minimum(y))
            })
        }
        for name in ["clamp", "clip"] {
            ops.append(op(name, "min=None, max=None", "Elements limited to [min, max].") { x, a, o, _ in
                wrap(try clamp(x, a[o], a[o + 1], name))
            })
        }
        for (name, kind) in [("add", 0), ("sub", 1), ("subtract", 1)] {
            ops.append(op(name, "other, *, alpha=1", "self \(kind == 0 ? "+" : "-") alpha * other.") { x, a, o, _ in
                let alpha = try a.double(o + 1)
                switch try a.tensorOrScalar(o) {
                case .scalar(let s):
                    let scaled = Scalar.float(s.doubleValue * alpha)
                    let term = alpha == 1 ? s : scaled
                    return wrap(kind == 0 ? try x.add(term) : try x.sub(term))
                case .tensor(let y):
                    if alpha == 1 { return wrap(kind == 0 ? try x.add(y) : try x.sub(y)) }
                    return wrap(try x.add(y, alpha: kind == 0 ? alpha : -alpha))
                }
            })
        }
        for (name, isMul) in [("mul", true), ("multiply", true), ("div", false), ("divide", false), ("true_divide", false)] {
            ops.append(op(name, "other", "Elementwise \(isMul ? "product" : "quotient").") { x, a, o, _ in
                switch try a.tensorOrScalar(o) {
                case .scalar(let s): return wrap(isMul ? try x.mul(s) : try x.div(s))
                case .tensor(let y): return wrap(isMul ? try x.mul(y) : try x.div(y))
                }
            })
        }
        for (name, isLog) in [("softmax", false), ("log_softmax", true)] {
            ops.append(op(name, "dim, dtype=None", "\(isLog ? "Log-softmax" : "Softmax") along dim.") { x, a, o, _ in
                var v = x
                if let d = try a.torchDType(o + 1) { v = try v.to(d) }
                let dim = try a.int(o)
                return wrap(isLog ? try v.logSoftmax(dim: dim) : try v.softmax(dim: dim))
            })
        }
        return ops
    }

    /// `clamp(x, min, max)`: bounds are numbers or tensors.
    static func clamp(_ x: Variable, _ lo: Value, _ hi: Value, _ name: String) throws -> Variable {
        if lo.isNone && hi.isNone {
            throw ScriptError.runtimeError("torch.\(name): At least one of 'min' or 'max' must not be None")
        }
        let loTensor = lo.torchVariable, hiTensor = hi.torchVariable
        if loTensor != nil || hiTensor != nil {
            var r = x
            if !lo.isNone { r = try r.maximum(try loTensor ?? Variable(TensorConversion.tensor(lo, dtype: x.dtype, flavor: .torch))) }
            if !hi.isNone { r = try r.minimum(try hiTensor ?? Variable(TensorConversion.tensor(hi, dtype: x.dtype, flavor: .torch))) }
            return r
        }
        func bound(_ v: Value, _ parameter: String) throws -> Double? {
            if v.isNone { return nil }
            guard let d = TensorConversion.scalar(v)?.doubleValue else {
                throw ScriptError.typeError("\(name)(): argument '\(parameter)' must be Number, not \(TensorArguments.typeName(v))")
            }
            return d
        }
        if !x.dtype.isFloatingPoint {
            // Integer tensors keep their dtype with integer bounds (PyTorch promotes for float bounds).
            let lower = try bound(lo, "min"), upper = try bound(hi, "max")
            let isInt = { (v: Value) -> Bool in if case .float = v { return false } else { return true } }
            if isInt(lo) && isInt(hi) {
                let c = try x.data.clip(min: lower.map { .scalar(.int(Int64($0))) }, max: upper.map { .scalar(.int(Int64($0))) }, flavor: .torch)
                return Variable(c)
            }
            return try x.to(.float32).clamp(min: lower, max: upper)
        }
        return try x.clamp(min: try bound(lo, "min"), max: try bound(hi, "max"))
    }
}

extension BoundArguments {
    /// The receiver of a `torch.Tensor` method.
    var selfTensor: Variable {
        get throws(ScriptError) { try receiver(as: TensorObject.self, typeName: "Tensor").variable }
    }
}
