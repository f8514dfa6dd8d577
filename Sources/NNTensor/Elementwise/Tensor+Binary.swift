/// Binary elementwise operations: broadcasting, promotion, dispatch to kernels.
extension Tensor {
    /// `lhs op rhs` elementwise with NumPy broadcasting and `flavor`'s promotion rules.
    /// Python scalars are weak (see `Promotion`). Two scalars give a 0-d tensor.
    public static func binary(_ op: BinaryOp, _ lhs: Operand, _ rhs: Operand, flavor: Flavor) throws -> Tensor {
        switch (lhs, rhs) {
        case (.tensor(let a), .tensor(let b)):
            return try a.binary(op, b, flavor: flavor)
        case (.tensor(let a), .scalar(let s)):
            return try a.binary(op, s, flavor: flavor)
        case (.scalar(let s), .tensor(let b)):
            return try b.binary(op, scalarOnLeft: s, flavor: flavor)
        case (.scalar(let x), .scalar(let y)):
            let rt = Promotion.resultType(lhs.participant, rhs.participant, flavor: flavor)
            let a = Tensor(scalar: x, dtype: rt)
            return try a.binary(op, Tensor(scalar: y, dtype: rt), flavor: flavor)
        }
    }

    /// `self op other` elementwise, broadcasting both.
    public func binary(_ op: BinaryOp, _ other: Tensor, flavor: Flavor) throws -> Tensor {
        let rt = dtype == other.dtype ? dtype
            : Promotion.resultType(Promotion.participant(self), Promotion.participant(other), flavor: flavor)
        try op.checkTorchBoolSubtract(Promotion.participant(self), Promotion.participant(other), flavor: flavor)
        let (compute, result) = try op.types(promoted: rt, flavor: flavor)
        if compute == .int64 { try Tensor.checkIntegerOperand(op, .tensor(other), flavor: flavor) }
        let out: Tensor
        if shape == other.shape {
            out = try uninitializedLike(dtype: result)
        } else {
            out = try Tensor.uninitialized(shape: try Shape.broadcast(shape, other.shape), dtype: result)
        }
        if dtype == compute && other.dtype == compute {
            BinaryKernels.run(op, .tensors, self, other, .int(0), compute: compute, out: out)
        } else {
            let a = try converted(to: compute), b = try other.converted(to: compute)
            BinaryKernels.run(op, .tensors, a, b, .int(0), compute: compute, out: out)
        }
        return out
    }

    /// `self op scalar` elementwise; the scalar is weak.
    public func binary(_ op: BinaryOp, _ scalar: Scalar, flavor: Flavor) throws -> Tensor {
        if op == .power && flavor == .torch && dtype == .bool, case .bool(let e) = scalar {
            // PyTorch keeps bool for a bool tensor to a bool power: x ** True == x, x ** False == 1.
            return e ? try copy() : try onesLike()
        }
        let (compute, out) = try prepareScalarOp(op, scalar, flavor: flavor)
        if compute == .int64 { try Tensor.checkIntegerOperand(op, .scalar(scalar), flavor: flavor) }
        if dtype == compute {
            BinaryKernels.run(op, .tensorScalar, self, self, scalar, compute: compute, out: out)
        } else {
            let a = try astype(compute)
            BinaryKernels.run(op, .tensorScalar, a, a, scalar, compute: compute, out: out)
        }
        return out
    }

    /// `scalar op self` elementwise (e.g. `1 - x`, `2 ** x`); the scalar is weak.
    public func binary(_ op: BinaryOp, scalarOnLeft scalar: Scalar, flavor: Flavor) throws -> Tensor {
        let (compute, out) = try prepareScalarOp(op, scalar, flavor: flavor)
        if compute == .int64 { try Tensor.checkIntegerOperand(op, .tensor(self), flavor: flavor) }
        if dtype == compute {
            BinaryKernels.run(op, .scalarTensor, self, self, scalar, compute: compute, out: out)
        } else {
            let a = try astype(compute)
            BinaryKernels.run(op, .scalarTensor, a, a, scalar, compute: compute, out: out)
        }
        return out
    }

    /// Decides the dtypes of a tensor–scalar operation and allocates its result.
    private func prepareScalarOp(_ op: BinaryOp, _ scalar: Scalar, flavor: Flavor) throws -> (DType, Tensor) {
        let sp = Promotion.participant(scalar)
        let rt: DType
        if case .scalar(let sd) = sp, sd.category <= dtype.category {
            rt = dtype
        } else {
            rt = Promotion.resultType(Promotion.participant(self), sp, flavor: flavor)
        }
        try op.checkTorchBoolSubtract(Promotion.participant(self), sp, flavor: flavor)
        let (compute, result) = try op.types(promoted: rt, flavor: flavor)
        return (compute, try uninitializedLike(dtype: result))
    }

    /// Checks the right operand of an integer operation: NumPy refuses negative integer
    /// exponents (PyTorch only a negative scalar exponent); PyTorch refuses `//` and `%` by
    /// zero (NumPy gives 0).
    static func checkIntegerOperand(_ op: BinaryOp, _ rhs: Operand, flavor: Flavor) throws {
        let zeroCheck = flavor == .torch && (op == .floorDivide || op == .remainder)
        let negativeCheck = op == .power
        guard zeroCheck || negativeCheck else { return }
        switch rhs {
        case .scalar(let s):
            if zeroCheck && s.int64Value == 0 { throw TensorError.integerDivisionByZero }
            if negativeCheck && s.int64Value < 0, case .int = s { throw TensorError.negativeIntegerPower }
        case .tensor(let t):
            guard t.dtype == .int64 || t.dtype == .bool else { return }
            if negativeCheck && flavor == .torch { return }
            var zero = false, negative = false
            let x = try t.converted(to: .int64)
            let p = Loops.storageBase(x, Int64.self)
            Loops.forEachOffset(x) { o in
                if p[o] == 0 { zero = true }
                if p[o] < 0 { negative = true }
            }
            if zeroCheck && zero { throw TensorError.integerDivisionByZero }
            if negativeCheck && negative { throw TensorError.negativeIntegerPower }
        }
    }
}
