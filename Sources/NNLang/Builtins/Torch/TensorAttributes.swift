import NNAutograd
import NNTensor

/// The data attributes of `torch.Tensor`: read (`t.shape`, `t.grad`, `t.grad_fn`…) and
/// written (`t.grad = None`, `t.requires_grad = True`, `t.data = other`).
enum TensorAttributes {
    static let names = ["shape", "dtype", "grad", "requires_grad", "is_leaf", "grad_fn", "data", "T", "mT",
                        "ndim", "device", "is_cuda", "itemsize", "nbytes"]

    static func get(_ t: TensorObject, _ name: String) throws -> Value? {
        let v = t.variable
        switch name {
        case "shape": return .native(SizeObject(v.shape))
        case "dtype": return .native(TorchDTypeObject.object(for: v.dtype))
        case "grad": return v.grad.map(TensorObject.wrap) ?? Value.none
        case "requires_grad": return .bool(v.requiresGrad)
        case "is_leaf": return .bool(v.isLeaf)
        case "grad_fn": return v.gradFn.map { .native(GradFnObject($0)) } ?? Value.none
        case "data": return TensorObject.wrap(v.detach())
        case "T": return try TensorErrors.torch { TensorObject.wrap(try v.T) }
        case "mT": return try TensorErrors.torch { TensorObject.wrap(try v.transpose(-2, -1)) }
        case "ndim": return .int(v.ndim)
        case "device": return .native(DeviceObject.cpu)
        case "is_cuda": return .false
        case "itemsize": return .int(v.dtype.itemSize)
        case "nbytes": return .int(v.data.byteCount)
        default: return nil
        }
    }

    static func set(_ t: TensorObject, _ name: String, _ value: Value) throws -> Bool {
        let v = t.variable
        switch name {
        case "grad":
            if value.isNone {
                v.grad = nil
                return true
            }
            let g = try TensorArguments.variable(value, function: "grad", parameter: "grad", position: nil)
            guard g.shape == v.shape else {
                throw ScriptError.runtimeError("assigned grad has data of a different size")
            }
            guard g.dtype == v.dtype else {
                throw ScriptError.typeError("assigned grad has data of a different type")
            }
            v.grad = g
            return true
        case "requires_grad":
            guard case .bool(let flag) = value else {
                throw ScriptError.typeError("requires_grad must be a bool, not \(value.typeName)")
            }
            try TensorErrors.torch { try v.setRequiresGrad(flag) }
            return true
        case "data":
            let d = try TensorArguments.variable(value, function: "data", parameter: "data", position: nil)
            v.data = d.data
            return true
        case "shape", "dtype", "is_leaf", "grad_fn", "T", "mT", "ndim", "device", "is_cuda", "itemsize", "nbytes":
            throw ScriptError.attributeError("attribute '\(name)' of 'torch._C.TensorBase' objects is not writable")
        default:
            return false
        }
    }
}
