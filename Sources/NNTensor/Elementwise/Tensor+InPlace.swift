/// Shared-write elementwise operations: they change the existing storage, so every view of
/// it sees the result (PyTorch `add_`, `copy_`, `fill_`, NumPy `a += b`, `a[...] = v`).
/// None of these is `mutating`: the tensor value keeps pointing at the same storage.
extension Tensor {
    /// Sets every element to `value` (converted to the tensor's dtype). Shared-write.
    public func fill(_ value: Scalar) {
        withExtendedLifetime(self) {
            switch dtype {
            case .float32:
                let v = Float(scalar: value), p = Loops.storageBase(self, Float.self)
                Loops.forEachOffset(self) { p[$0] = v }
            case .float64:
                let v = Double(scalar: value), p = Loops.storageBase(self, Double.self)
                Loops.forEachOffset(self) { p[$0] = v }
            case .int64:
                let v = Int64(scalar: value), p = Loops.storageBase(self, Int64.self)
                Loops.forEachOffset(self) { p[$0] = v }
            case .bool:
                let v = Bool(scalar: value), p = Loops.storageBase(self, Bool.self)
                Loops.forEachOffset(self) { p[$0] = v }
            }
        }
    }

    /// Sets every element to zero. Shared-write.
    public func zero() { fill(.int(0)) }

    /// Copies `source` into `self`, broadcasting it to `self`'s shape and converting its dtype
    /// (PyTorch `copy_`, NumPy `a[...] = b`). Overlapping storage is handled. Shared-write.
    public func assign(from source: Tensor) throws {
        if source.shape != shape {
            let b = try? Shape.broadcast(source.shape, shape)
            if b != shape { throw TensorError.assignShape(value: source.shape, target: shape, advanced: false) }
        }
        let src = source.storage === storage ? try source.copy() : source
        Tensor.convert(src, into: self)
    }

    /// `self = self op other` in place, with `other` broadcast to `self`'s shape. The result
    /// must be castable to `self`'s dtype under NumPy's "same_kind" rule (no float → int,
    /// no number → bool). Shared-write.
    public func applyInPlace(_ op: BinaryOp, _ other: Operand, flavor: Flavor) throws {
        let rt = Promotion.resultType(Promotion.participant(self), other.participant, flavor: flavor)
        let (compute, result) = try op.types(promoted: rt, flavor: flavor)
        if result.category > dtype.category {
            throw TensorError.inPlaceCast(op: op.ufuncName, from: result, to: dtype)
        }
        switch other {
        case .scalar(let s):
            if compute == dtype && result == dtype {
                BinaryKernels.run(op, .tensorScalar, self, self, s, compute: compute, out: self)
            } else {
                let a = try astype(compute)
                let tmp = try Tensor.uninitialized(shape: shape, dtype: result)
                BinaryKernels.run(op, .tensorScalar, a, a, s, compute: compute, out: tmp)
                Tensor.convert(tmp, into: self)
            }
        case .tensor(let t):
            if t.shape != shape {
                let b = try? Shape.broadcast(t.shape, shape)
                if b != shape { throw TensorError.inPlaceBroadcast(target: shape, shape: t.shape) }
            }
            // A source sharing our storage is copied first, so no element is read after it
            // was overwritten.
            let b = t.storage === storage || t.dtype != compute ? try t.astype(compute) : t
            if compute == dtype && result == dtype {
                BinaryKernels.run(op, .tensors, self, b, .int(0), compute: compute, out: self)
            } else {
                let a = try astype(compute)
                let tmp = try Tensor.uninitialized(shape: shape, dtype: result)
                BinaryKernels.run(op, .tensors, a, b, .int(0), compute: compute, out: tmp)
                Tensor.convert(tmp, into: self)
            }
        }
    }

    /// `self += alpha * other` (PyTorch `add_(other, alpha=)`); a fused loop for float
    /// tensors of the same dtype, as optimizers use. Shared-write.
    public func addInPlace(_ other: Tensor, alpha: Double = 1) throws {
        if alpha == 1 { return try applyInPlace(.add, .tensor(other), flavor: .torch) }
        if other.dtype == dtype && dtype.isFloatingPoint && other.shape == shape
            && other.storage !== storage {
            switch dtype {
            case .float32:
                let a = Float(alpha)
                Loops.zip(self, other, self) { (x: Float, g: Float) in x + a * g }
            default:
                Loops.zip(self, other, self) { (x: Double, g: Double) in x + alpha * g }
            }
            return
        }
        let scaled = try other.binary(.multiply, .float(alpha), flavor: .torch)
        try applyInPlace(.add, .tensor(scaled), flavor: .torch)
    }

    /// `self -= other`. Shared-write.
    public func subInPlace(_ other: Tensor) throws { try applyInPlace(.subtract, .tensor(other), flavor: .torch) }

    /// `self *= other`. Shared-write.
    public func mulInPlace(_ other: Tensor) throws { try applyInPlace(.multiply, .tensor(other), flavor: .torch) }

    /// `self *= scalar`. Shared-write.
    public func mulInPlace(_ scalar: Scalar) throws { try applyInPlace(.multiply, .scalar(scalar), flavor: .torch) }

    /// `self /= other`. Shared-write.
    public func divInPlace(_ other: Tensor) throws { try applyInPlace(.divide, .tensor(other), flavor: .torch) }
}
