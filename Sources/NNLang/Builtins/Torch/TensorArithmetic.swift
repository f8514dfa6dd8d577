import NNAutograd
import NNTensor

/// The language's operators on torch tensors. `+ - * / ** @` go through autograd (so results
/// carry `grad_fn`); `// %`, the bit operators and comparisons compute on the data and give
/// tensors outside the graph, as their gradients are zero or undefined.
enum TensorArithmetic {
    /// `x op s` (or `s op x` when `reflected`); nil for an operator tensors do not support.
    static func scalar(_ op: BinaryOp, _ x: Variable, _ s: Scalar, reflected: Bool) throws -> Variable? {
        switch op {
        case .add: return try x.add(s)
        case .sub: return reflected ? try x.rsub(s) : try x.sub(s)
        case .mul: return try x.mul(s)
        case .div: return reflected ? try x.rdiv(s) : try x.div(s)
        case .pow: return reflected ? try x.rpow(s) : try x.pow(s)
        case .matmul:
            let y = Variable(Tensor(scalar: s, dtype: s.dtype(flavor: .torch)))
            return reflected ? try y.matmul(x) : try x.matmul(y)
        default:
            guard let t = ArrayObject.tensorOp(op) else { return nil }
            let out = reflected ? try x.data.binary(t, scalarOnLeft: s, flavor: .torch) : try x.data.binary(t, s, flavor: .torch)
            return Variable(out)
        }
    }

    /// `x op y` for two tensors; nil for an operator tensors do not support.
    static func tensors(_ op: BinaryOp, _ x: Variable, _ y: Variable) throws -> Variable? {
        switch op {
        case .add: return try x.add(y)
        case .sub: return try x.sub(y)
        case .mul: return try x.mul(y)
        case .div: return try x.div(y)
        case .pow: return try x.pow(y)
        case .matmul: return try x.matmul(y)
        default:
            guard let t = ArrayObject.tensorOp(op) else { return nil }
            return Variable(try x.data.binary(t, y.data, flavor: .torch))
        }
    }

    /// The other operand of a comparison or `in`: a Python number, a tensor or an array.
    static func operand(_ v: Value) -> Operand? {
        if let s = TensorConversion.scalar(v) { return .scalar(s) }
        if case .native(let n) = v {
            if let t = n as? TensorObject { return .tensor(t.variable.data) }
            if let a = n as? ArrayObject { return .tensor(a.tensor) }
        }
        return nil
    }
}
