import NNAutograd
import NNTensor

/// The methods of `torch.Tensor` that have no `torch.*` function form: shapes and views,
/// conversions, autograd, in-place updates. (Shared operations are in `TorchOps`; data
/// attributes in `TensorAttributes`.)
enum TensorMethods {
    static func register(_ c: ClassObject) {
        TorchOps.registerMethods(c)
        registerShape(c)
        registerConversions(c)
        registerAutograd(c)
        TensorInPlace.register(c)
    }

    /// The receiver itself when an operation returned its own tensor (PyTorch returns self
    /// from `to`, `float`, `contiguous`… when nothing changes), else a new tensor value.
    static func result(_ a: BoundArguments, _ v: Variable) throws -> Value {
        if v === (try a.selfTensor) { return a.receiver }
        return .tensor(v)
    }

    private static func registerShape(_ c: ClassObject) {
        c.torch("size", "dim=None", doc: "The shape (a torch.Size), or the size of one dimension.") { a, _ in
            let x = try a.selfTensor
            guard let d = try a.optionalInt(0) else { return .native(SizeObject(x.shape)) }
            return .int(x.shape[try Shape.normalizeAxis(d, ndim: x.ndim)])
        }
        c.torch("dim", "", doc: "The number of dimensions.") { a, _ in .int(try a.selfTensor.ndim) }
        c.torch("ndimension", "", doc: "The number of dimensions.") { a, _ in .int(try a.selfTensor.ndim) }
        c.torch("nelement", "", doc: "The number of elements.") { a, _ in .int(try a.selfTensor.count) }
        c.torch("element_size", "", doc: "Bytes per element.") { a, _ in .int(try a.selfTensor.dtype.itemSize) }
        c.torch("view", "*shape", doc: "The same data with a new shape (never copies).") { a, _ in
            let x = try a.selfTensor
            if a.varArgs.count == 1, case .native(let d as TorchDTypeObject) = a.varArgs[0] {
                guard d.dtype == x.dtype else { throw ScriptError.runtimeError("nn cannot view a tensor's bytes as another dtype; use .to()") }
                return .tensor(x)
            }
            return .tensor(try x.view(try TorchCreation.shape(a.varArgs, "view")))
        }
        c.torch("reshape", "*shape", doc: "The same data with a new shape (a view when possible).") { a, _ in
            .tensor(try a.selfTensor.reshape(try TorchCreation.shape(a.varArgs, "reshape")))
        }
        c.torch("view_as", "other", doc: "A view with other's shape.") { a, _ in .tensor(try a.selfTensor.view(try a.tensor(0).shape)) }
        c.torch("reshape_as", "other", doc: "Reshaped to other's shape.") { a, _ in .tensor(try a.selfTensor.reshape(try a.tensor(0).shape)) }
        c.torch("expand", "*sizes", doc: "A broadcast view (-1 keeps a dimension).") { a, _ in
            let x = try a.selfTensor
            var sizes = try TorchCreation.shape(a.varArgs, "expand")
            let lead = sizes.count - x.ndim
            for (i, s) in sizes.enumerated() where s == -1 && i >= lead { sizes[i] = x.shape[i - lead] }
            return .tensor(try x.expand(sizes))
        }
        c.torch("expand_as", "other", doc: "Broadcast to other's shape.") { a, _ in .tensor(try a.selfTensor.expand(try a.tensor(0).shape)) }
        c.torch("repeat", "*sizes", doc: "The tensor tiled sizes[i] times along each dimension (not differentiated).") { a, _ in
            .tensor(try a.selfTensor.data.tile(try TorchCreation.shape(a.varArgs, "repeat")))
        }
        c.torch("permute", "*dims", doc: "Dimensions reordered (a view).") { a, _ in
            .tensor(try a.selfTensor.permute(try TorchCreation.shape(a.varArgs, "permute")))
        }
        c.torch("where", "condition, other", doc: "self where condition holds, else other.") { a, _ in
            try TorchFunctions.select(try a.tensor(0).data, .tensor(try a.selfTensor), try a.tensorOrScalar(1))
        }
        c.torch("contiguous", "*, memory_format=None", doc: "self if contiguous, else a contiguous copy.") { a, _ in
            try result(a, try a.selfTensor.contiguous())
        }
        c.torch("is_contiguous", "*, memory_format=None", doc: "Whether the layout is row-major contiguous.") { a, _ in
            .bool(try a.selfTensor.data.isContiguous)
        }
        c.torch("new_zeros", "*size, dtype=None, device=None, requires_grad=False", doc: "Zeros of the given shape, in self's dtype.") { a, _ in
            let x = try a.selfTensor
            return .tensor(try Variable(try Tensor.zeros(try TorchCreation.shape(a.varArgs, "new_zeros"), dtype: try a.torchDType(0) ?? x.dtype),
                                        requiresGrad: try a.bool(2)))
        }
        c.torch("new_ones", "*size, dtype=None, device=None, requires_grad=False", doc: "Ones of the given shape, in self's dtype.") { a, _ in
            let x = try a.selfTensor
            return .tensor(try Variable(try Tensor.ones(try TorchCreation.shape(a.varArgs, "new_ones"), dtype: try a.torchDType(0) ?? x.dtype),
                                        requiresGrad: try a.bool(2)))
        }
    }

    private static func registerConversions(_ c: ClassObject) {
        c.torch("item", "", doc: "The single element as a Python number.") { a, _ in
            TensorConversion.value(try a.selfTensor.item())
        }
        c.torch("tolist", "", doc: "The elements as nested lists of Python numbers.") { a, _ in
            try TensorConversion.list(try a.selfTensor.data)
        }
        c.torch("numpy", "*, force=False", doc: "An array sharing this tensor's memory.") { a, _ in
            let x = try a.selfTensor
            return .ndarray(try a.bool(0) ? x.data : try x.dataForNumPy())
        }
        for (name, dtype) in [("float", DType.float32), ("double", .float64), ("long", .int64), ("int", .int64), ("bool", .bool)] {
            c.torch(name, "", doc: "The values as \(dtype.torchName).") { a, _ in try result(a, try a.selfTensor.to(dtype)) }
        }
        c.torch("half", "", doc: "float16 is not supported by nn.") { _, _ in
            throw ScriptError.typeError("nn tensors support torch.float32, torch.float64, torch.int64 and torch.bool; torch.float16 is not supported")
        }
        c.torch("type", "dtype=None", doc: "The type name, or the values converted to dtype.") { a, _ in
            let x = try a.selfTensor
            if a.isNone(0) { return .string("torch.\(x.dtype.torchScalarTypeName)Tensor") }
            return .tensor(try x.to(try a.torchDType(0) ?? x.dtype))
        }
        c.torch("type_as", "other", doc: "The values converted to other's dtype.") { a, _ in
            .tensor(try a.selfTensor.to(try a.tensor(0).dtype))
        }
        c.torch("to", "*args, dtype=None, device=None, non_blocking=False, copy=False", doc: "The tensor on a device and/or in a dtype (nn has the CPU only).") { a, _ in
            var dtype = try a.torchDType(0)
            if !a.isNone(1) { try DeviceObject.parse(a[1]).requireCPU() }
            for v in a.varArgs {
                switch v {
                case .native(let d as TorchDTypeObject): dtype = try TorchDTypeObject.parse(.native(d), function: "to")
                case .native(let t as TensorObject): dtype = t.variable.dtype
                case .native(let d as DeviceObject): try d.requireCPU()
                case .str: try DeviceObject.parse(v).requireCPU()
                default: throw ScriptError.typeError("to() received an invalid combination of arguments - got (\(TensorArguments.typeName(v)))")
                }
            }
            let x = try a.selfTensor
            let r = try x.to(dtype ?? x.dtype)
            return try result(a, try a.bool(3) && r === x ? try x.clone() : r)
        }
        c.torch("cpu", "", doc: "self (nn computes on the CPU).") { a, _ in a.receiver }
        c.torch("cuda", "device=None, non_blocking=False", doc: "Raises: nn has no GPU.") { _, _ in
            try DeviceObject(kind: "cuda").requireCPU()
            return .none
        }
        c.torch("__abs__", "", doc: "abs(t).") { a, _ in .tensor(try a.selfTensor.abs()) }
    }

    private static func registerAutograd(_ c: ClassObject) {
        c.torch("backward", "gradient=None, retain_graph=None, create_graph=False, inputs=None",
                doc: "Computes gradients of this tensor with respect to the leaves; adds them into .grad.") { a, _ in
            let x = try a.selfTensor
            let g = try a.optionalTensor(0)?.data
            if try a.bool(2) { throw ScriptError.runtimeError("nn does not build graphs of gradients (create_graph=True)") }
            try x.backward(gradient: g, retainGraph: try a.bool(1))
            return .none
        }
        c.torch("requires_grad_", "requires_grad=True", doc: "Sets requires_grad in place; returns self.") { a, _ in
            let x = try a.selfTensor
            try x.setRequiresGrad(try a.bool(0))
            return .tensor(x)
        }
        c.torch("retain_grad", "", doc: "Keeps the gradient of a non-leaf in .grad.") { a, _ in
            try a.selfTensor.retainGrad()
            return .none
        }
        c.torch("detach_", "", doc: "Detaches self from the graph in place.") { a, _ in
            guard case .native(let t as TensorObject) = a.receiver else { return .none }
            if !t.variable.isLeaf { throw ScriptError.runtimeError("nn cannot detach a non-leaf tensor in place; use .detach()") }
            try t.variable.setRequiresGrad(false)
            return a.receiver
        }
    }
}
