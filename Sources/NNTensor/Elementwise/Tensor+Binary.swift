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
        let (compute, result) = try op.types(promoted: rt, flavor: flavor)
        if compute == .int64 && op == .power && flavor == .numpy {
            try Tensor.rejectNegativeExponent(other)
        }
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
        let (compute, out) = try prepareScalarOp(op, scalar, flavor: flavor, exponent: scalar)
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
        if op == .power && flavor == .numpy && dtype == .int64, case .int = scalar {
            try Tensor.rejectNegativeExponent(self)
        }
        let (compute, out) = try prepareScalarOp(op, scalar, flavor: flavor, exponent: nil)
        if dtype == compute {
            BinaryKernels.run(op, .scalarTensor, self, self, scalar, compute: compute, out: out)
        } else {
            let a = try astype(compute)
            BinaryKernels.run(op, .scalarTensor, a, a, scalar, compute: compute, out: out)
        }
        return out
    }

    /// Decides the dtypes of a tensor–scalar operation and allocates its result.
    private func prepareScalarOp(_ op: BinaryOp, _ scalar: Scalar, flavor: Flavor,
                                 exponent: Scalar?) throws -> (DType, Tensor) {
        let sp = Promotion.participant(scalar)
        let rt: DType
        if case .scalar(let sd) = sp, sd.category <= dtype.category {
            rt = dtype
        } else {
            rt = Promotion.resultType(Promotion.participant(self), sp, flavor: flavor)
        }
        let (compute, result) = try op.types(promoted: rt, flavor: flavor)
        if op == .power && compute == .int64 && flavor == .numpy, let e = exponent, e.int64Value < 0 {
            throw TensorError.negativeIntegerPower
        }
        return (compute, try uninitializedLike(dtype: result))
    }

    /// NumPy refuses integer powers with a negative integer exponent.
    private static func rejectNegativeExponent(_ exponent: Tensor) throws {
        guard exponent.dtype == .int64 else { return }
        var negative = false
        withExtendedLifetime(exponent) {
            let p = Loops.storageBase(exponent, Int64.self)
            Loops.forEachOffset(exponent) { if p[$0] < 0 { negative = true } }
        }
        if negative { throw TensorError.negativeIntegerPower }
    }
}
