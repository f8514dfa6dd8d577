import NNAutograd
import NNTensor

/// `torch.*` functions without a method form: joining, `where`, shapes given as one argument,
/// seeding, grad mode, printing and small queries.
enum TorchFunctions {
    static func register(_ m: ModuleObject) {
        for name in ["cat", "concat", "concatenate"] {
            m.torch(name, "tensors, dim=0", doc: "Tensors joined along an existing dimension.") { a, rt in
                .tensor(try Variable.cat(try tensors(a[0], name, rt), dim: try a.int(1)))
            }
        }
        m.torch("stack", "tensors, dim=0", doc: "Tensors joined along a new dimension.") { a, rt in
            .tensor(try Variable.stack(try tensors(a[0], "stack", rt), dim: try a.int(1)))
        }
        m.torch("where", "condition, input=None, other=None", doc: "input where condition holds, else other; nonzero positions with one argument.") { a, _ in
            let cond = try a.tensor(0).data
            if a.isNone(1) && a.isNone(2) { return .tuple(try cond.nonzero().map { .tensor($0) }) }
            return try select(cond, try a.tensorOrScalar(1), try a.tensorOrScalar(2))
        }
        m.torch("reshape", "input, shape", doc: "input with a new shape (a view when possible).") { a, _ in
            .tensor(try a.tensor(0).reshape(try TorchCreation.shape([a[1]], "reshape")))
        }
        m.torch("permute", "input, dims", doc: "Dimensions reordered (a view).") { a, _ in
            .tensor(try a.tensor(0).permute(try TorchCreation.shape([a[1]], "permute")))
        }
        m.torch("is_tensor", "obj, /", doc: "Whether obj is a tensor.") { a, _ in .bool(a[0].torchVariable != nil) }
        m.torch("is_floating_point", "input, /", doc: "Whether input has a floating-point dtype.") { a, _ in
            .bool(try a.tensor(0).dtype.isFloatingPoint)
        }
        m.torch("manual_seed", "seed", doc: "Restarts nn's random generator from seed.") { a, _ in
            let s = try a.int(0)
            Random.seed(UInt64(bitPattern: Int64(s)))
            return .none
        }
        m.torch("get_default_dtype", "", doc: "torch.float32.") { _, _ in .native(TorchDTypeObject.object(for: .float32)) }
        m.torch("set_printoptions", "precision=None, threshold=None, edgeitems=None, linewidth=None, profile=None, sci_mode=None",
                doc: "Sets how tensors print (for this session).") { a, rt in
            var o = rt.tensorSession.torch
            if let profile = try a.optionalString(4), let p = o.applyingProfile(profile) { o = p }
            if let v = try a.optionalInt(0) { o.precision = v }
            if !a.isNone(1) {
                if case .float(let d) = a[1] {
                    if d.isNaN { throw ScriptError.valueError("threshold must not be NaN") }
                    o.threshold = NumpyPrinting.clampedThreshold(d)
                } else {
                    o.threshold = try a.int(1)
                }
            }
            if let v = try a.optionalInt(2) { o.edgeItems = v }
            if let v = try a.optionalInt(3) { o.lineWidth = v }
            o.sciMode = a.isNone(5) ? nil : try a.bool(5)
            rt.tensorSession.torch = o
            return .none
        }
        GradModeObject.register(m)
    }

    /// A sequence of tensors (PyTorch's message for anything else).
    static func tensors(_ v: Value, _ function: String, _ rt: Runtime) throws -> [Variable] {
        switch v {
        case .list, .tuple: break
        default:
            throw ScriptError.typeError("\(function)(): argument 'tensors' (position 1) must be tuple of Tensors, not \(TensorArguments.typeName(v))")
        }
        return try rt.toArray(v).enumerated().map { i, item in
            guard let t = item.torchVariable else {
                throw ScriptError.typeError("expected Tensor as element \(i) in argument 0, but got \(TensorArguments.typeName(item))")
            }
            return t
        }
    }

    /// `torch.where(cond, a, b)` with tensors or numbers.
    static func select(_ cond: Tensor, _ a: TorchOperand, _ b: TorchOperand) throws -> Value {
        switch (a, b) {
        case (.tensor(let x), .tensor(let y)): return .tensor(try Variable.where(cond, x, y))
        case (.tensor(let x), .scalar(let s)): return .tensor(try Variable.where(cond, x, s))
        case (.scalar(let s), .tensor(let y)): return .tensor(try Variable.where(cond, s, y))
        case (.scalar(let s), .scalar(let t)):
            return .tensor(try Tensor.where(cond, .scalar(s), .scalar(t), flavor: .torch))
        }
    }
}
