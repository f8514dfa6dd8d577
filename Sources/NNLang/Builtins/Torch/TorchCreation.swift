import NNAutograd
import NNTensor

/// Tensor creation: `tensor as_tensor from_numpy zeros ones full empty rand randn randint
/// arange linspace eye` and the `_like` forms. Tensors are float32 unless the data or
/// `dtype=` say otherwise; `requires_grad=True` makes a leaf that records.
enum TorchCreation {
    /// The keyword arguments every factory accepts after its own.
    static let factoryKeywords = "dtype=None, layout=None, device=None, requires_grad=False, pin_memory=False, generator=None, out=None"

    static func register(_ m: ModuleObject) {
        m.torch("tensor", "data, *, dtype=None, device=None, requires_grad=False, pin_memory=False",
                doc: "A tensor holding a copy of data (nested lists, numbers, an array or a tensor).") { a, _ in
            try checkDevice(a[2])
            let t = try TensorConversion.tensor(a[0], dtype: try a.torchDType(1), flavor: .torch).copy()
            return .tensor(try leaf(t, requiresGrad: try a.bool(3)))
        }
        m.torch("as_tensor", "data, dtype=None, device=None", doc: "A tensor sharing data's memory when it can.") { a, _ in
            try checkDevice(a[2])
            if case .native(let n as TensorObject) = a[0], try a.torchDType(1) ?? n.variable.dtype == n.variable.dtype { return a[0] }
            return .tensor(try TensorConversion.tensor(a[0], dtype: try a.torchDType(1), flavor: .torch))
        }
        m.torch("from_numpy", "ndarray, /", doc: "A tensor sharing the array's memory.") { a, _ in
            guard case .native(let n as ArrayObject) = a[0] else {
                throw ScriptError.typeError("expected np.ndarray (got \(TensorArguments.typeName(a[0])))")
            }
            return .tensor(n.tensor)
        }
        for (name, value) in [("zeros", Scalar.int(0)), ("ones", .int(1)), ("empty", .int(0))] {
            m.torch(name, "*size, " + factoryKeywords, doc: name == "empty" ? "A new tensor (zero-filled in nn, where PyTorch leaves it uninitialised)." : "A new tensor of \(name).") { a, _ in
                try make(a, dtypeSlot: 0) { try Tensor.full(try shape(a.varArgs, name), value, dtype: $0 ?? .float32) }
            }
        }
        m.torch("full", "size, fill_value, *, " + factoryKeywords, doc: "A new tensor filled with fill_value.") { a, _ in
            try make(a, dtypeSlot: 2) { d in
                let fill = try scalar(a[1], "full", "fill_value")
                return try Tensor.full(try shape([a[0]], "full"), fill, dtype: d ?? fill.dtype(flavor: .torch))
            }
        }
        m.torch("rand", "*size, " + factoryKeywords, doc: "Uniform samples in [0, 1).") { a, _ in
            try make(a, dtypeSlot: 0) { try Tensor.uniform(try shape(a.varArgs, "rand"), dtype: try floating($0, "rand")) }
        }
        m.torch("randn", "*size, " + factoryKeywords, doc: "Standard normal samples.") { a, _ in
            try make(a, dtypeSlot: 0) { try Tensor.normal(try shape(a.varArgs, "randn"), dtype: try floating($0, "randn")) }
        }
        m.torch("randint", "*args, " + factoryKeywords, doc: "randint(high, size) or randint(low, high, size): integers in [low, high).") { a, _ in
            try make(a, dtypeSlot: 0) { d in
                let args = a.varArgs
                guard args.count == 2 || args.count == 3, let last = args.last else {
                    throw ScriptError.typeError("randint() received an invalid combination of arguments - expected (high, size) or (low, high, size)")
                }
                let low = args.count == 3 ? try NumpyArguments.dimension(args[0]) : 0
                let high = try NumpyArguments.dimension(args[args.count - 2])
                if low >= high { throw ScriptError.runtimeError("random_ expects 'from' to be less than 'to', but got from=\(low) >= to=\(high)") }
                return try Tensor.randint(low: Int64(low), high: Int64(high), shape: try shape([last], "randint"), dtype: d ?? .int64)
            }
        }
        m.torch("randperm", "n, *, " + factoryKeywords, doc: "A random ordering of 0..n-1.") { a, _ in
            try make(a, dtypeSlot: 1) { d in try Tensor.permutation(try a.int(0)).converted(to: d ?? .int64) }
        }
        m.torch("arange", "start=0, end=None, step=1, *, " + factoryKeywords, doc: "Values from start to end (excluded) by step.") { a, _ in
            try make(a, dtypeSlot: 3) { d in
                var start = try scalar(a[0], "arange", "start"), end: Scalar
                if a.isNone(1) { (start, end) = (.int(0), start) } else { end = try scalar(a[1], "arange", "end") }
                return try Tensor.arange(start: start, stop: end, step: try scalar(a[2], "arange", "step"), dtype: d, flavor: .torch)
            }
        }
        m.torch("linspace", "start, end, steps, *, " + factoryKeywords, doc: "steps evenly spaced values from start to end.") { a, _ in
            try make(a, dtypeSlot: 3) { d in
                try Tensor.linspace(start: try a.double(0), stop: try a.double(1), num: try a.int(2), dtype: d ?? .float32)
            }
        }
        m.torch("eye", "n, m=None, *, " + factoryKeywords, doc: "A 2-D tensor with ones on the diagonal.") { a, _ in
            try make(a, dtypeSlot: 2) { try Tensor.eye(try a.int(0), try a.optionalInt(1), dtype: $0 ?? .float32) }
        }
        registerLike(m)
        for (name, dtype) in [("FloatTensor", DType.float32), ("DoubleTensor", .float64), ("LongTensor", .int64), ("BoolTensor", .bool)] {
            m.torch(name, "*data", doc: "A \(dtype.rawValue) tensor from data, or zeros of a shape (legacy constructor).") { a, _ in
                try legacyConstructor(a.varArgs, dtype: dtype, name: name)
            }
        }
    }

    private static func registerLike(_ m: ModuleObject) {
        let keywords = "*, dtype=None, layout=None, device=None, requires_grad=False, memory_format=None"
        for (name, value) in [("zeros_like", Scalar.int(0)), ("ones_like", .int(1)), ("empty_like", .int(0))] {
            m.torch(name, "input, " + keywords, doc: "A new tensor shaped like input.") { a, _ in
                let x = try a.tensor(0)
                return try make(a, dtypeSlot: 1) { try Tensor.full(x.shape, value, dtype: $0 ?? x.dtype) }
            }
        }
        m.torch("full_like", "input, fill_value, " + keywords, doc: "A new tensor shaped like input, filled with fill_value.") { a, _ in
            let x = try a.tensor(0)
            return try make(a, dtypeSlot: 2) { try Tensor.full(x.shape, try scalar(a[1], "full_like", "fill_value"), dtype: $0 ?? x.dtype) }
        }
        m.torch("rand_like", "input, " + keywords, doc: "Uniform samples shaped like input.") { a, _ in
            let x = try a.tensor(0)
            return try make(a, dtypeSlot: 1) { try Tensor.uniform(x.shape, dtype: try floating($0 ?? x.dtype, "rand_like")) }
        }
        m.torch("randn_like", "input, " + keywords, doc: "Standard normal samples shaped like input.") { a, _ in
            let x = try a.tensor(0)
            return try make(a, dtypeSlot: 1) { try Tensor.normal(x.shape, dtype: try floating($0 ?? x.dtype, "randn_like")) }
        }
    }

    /// Runs a factory with the `dtype=` at `dtypeSlot` (device and requires_grad follow it)
    /// and wraps the result.
    static func make(_ a: BoundArguments, dtypeSlot: Int, _ body: (DType?) throws -> Tensor) throws -> Value {
        try checkDevice(a[dtypeSlot + 2])
        let t = try body(try a.torchDType(dtypeSlot))
        return .tensor(try leaf(t, requiresGrad: try a.bool(dtypeSlot + 3)))
    }

    /// A new leaf; factories word the dtype error as PyTorch's factories do.
    static func leaf(_ t: Tensor, requiresGrad: Bool) throws -> Variable {
        if requiresGrad && !t.dtype.isFloatingPoint {
            throw ScriptError.runtimeError("Only Tensors of floating point and complex dtype can require gradients")
        }
        return try Variable(t, requiresGrad: requiresGrad)
    }

    /// Refuses a CUDA `device=`.
    static func checkDevice(_ v: Value) throws {
        if v.isNone { return }
        try DeviceObject.parse(v).requireCPU()
    }

    /// A shape given as separate ints or as one sequence.
    static func shape(_ args: [Value], _ function: String) throws -> [Int] {
        do { return try NumpyArguments.shape(varArgs: args, function: function) } catch {
            let got = args.map { TensorArguments.typeName($0) }.joined(separator: ", ")
            throw ScriptError.typeError("\(function)(): argument 'size' must be tuple of ints, but found element of type \(got)")
        }
    }

    /// A Python number argument.
    static func scalar(_ v: Value, _ function: String, _ parameter: String) throws -> Scalar {
        if let s = TensorConversion.scalar(v) { return s }
        if case .native(let n as TensorObject) = v, n.variable.count == 1 { return n.variable.data.element(at: 0) }
        throw ScriptError.typeError("\(function)(): argument '\(parameter)' must be Number, not \(TensorArguments.typeName(v))")
    }

    /// The dtype of a random float factory (float32 by default; integers refused as in PyTorch).
    static func floating(_ d: DType?, _ function: String) throws -> DType {
        let dt = d ?? .float32
        guard dt.isFloatingPoint else {
            throw ScriptError.runtimeError("\"\(function == "rand" || function == "rand_like" ? "check_uniform_bounds" : "normal_kernel_cpu")\" not implemented for '\(dt.torchScalarTypeName)'")
        }
        return dt
    }

    /// `torch.Tensor(data)` / `torch.FloatTensor(2, 3)`: data converted to `dtype`, or zeros
    /// of the shape given by ints.
    static func legacyConstructor(_ args: [Value], dtype: DType, name: String) throws -> Value {
        try TensorErrors.torch {
            if args.isEmpty { return .tensor(try Tensor.zeros([0], dtype: dtype)) }
            if args.allSatisfy({ if case .int = $0 { return true } else { return false } }) {
                return .tensor(try Tensor.zeros(try shape(args, name), dtype: dtype))
            }
            guard args.count == 1, let data = args.first else {
                throw ScriptError.typeError("\(name)() takes a sequence of numbers or a shape")
            }
            return .tensor(try TensorConversion.tensor(data, dtype: dtype, flavor: .torch).copy())
        }
    }
}
