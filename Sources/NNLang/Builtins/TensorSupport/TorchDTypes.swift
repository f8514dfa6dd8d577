import NNTensor

/// A PyTorch dtype: `torch.float32`, `torch.long`, … One object per name, so `t.dtype is
/// torch.float32` holds, as in PyTorch.
///
/// `torch.int32` (`torch.int`) and `torch.uint8` are accepted and stored as int64 (nn has one
/// integer type); tensors made with them report `torch.int64`. `torch.float16`,
/// `torch.bfloat16`, the complex types and the narrow integers raise TypeError naming the
/// dtypes nn supports.
final class TorchDTypeObject: NativeObject {
    /// The name after `torch.` (`float32`).
    let name: String
    /// What nn stores it as; nil when nn does not support it.
    let dtype: DType?

    private init(_ name: String, _ dtype: DType?) {
        self.name = name
        self.dtype = dtype
    }

    nonisolated(unsafe) static let type: ClassObject = {
        // Immutable after its thread-safe lazy initialisation.
        let c = ClassObject.native("dtype", module: "torch", doc: "A tensor element type: torch.float32.")
        c.subclassable = false
        return c
    }()

    override var nativeType: ClassObject { TorchDTypeObject.type }

    /// The dtype objects with the names `torch` binds them under (aliases share the object).
    nonisolated(unsafe) static let all: [(names: [String], object: TorchDTypeObject)] = [
        // Immutable after its thread-safe lazy initialisation.
        (["float32", "float"], TorchDTypeObject("float32", .float32)),
        (["float64", "double"], TorchDTypeObject("float64", .float64)),
        (["int64", "long"], TorchDTypeObject("int64", .int64)),
        (["bool"], TorchDTypeObject("bool", .bool)),
        (["int32", "int"], TorchDTypeObject("int32", .int64)),
        (["uint8"], TorchDTypeObject("uint8", .int64)),
        (["float16", "half"], TorchDTypeObject("float16", nil)),
        (["bfloat16"], TorchDTypeObject("bfloat16", nil)),
        (["int8"], TorchDTypeObject("int8", nil)),
        (["int16", "short"], TorchDTypeObject("int16", nil)),
        (["complex64", "cfloat"], TorchDTypeObject("complex64", nil)),
        (["complex128", "cdouble"], TorchDTypeObject("complex128", nil)),
    ]

    /// The object `t.dtype` returns for tensors of `dtype`.
    static func object(for dtype: DType) -> TorchDTypeObject {
        let index: Int
        switch dtype {
        case .float32: index = 0
        case .float64: index = 1
        case .int64: index = 2
        case .bool: index = 3
        }
        return all[index].object
    }

    /// The dtype a `dtype=` argument names; nil for None. `float`, `int` and `bool` mean
    /// float64, int64 and bool, as in PyTorch. `function` names the caller in messages.
    static func parse(_ v: Value, function: String) throws(ScriptError) -> DType? {
        switch v {
        case .none: return nil
        case .native(let n as TorchDTypeObject):
            guard let d = n.dtype else {
                throw ScriptError.typeError("nn tensors support torch.float32, torch.float64, torch.int64 and torch.bool; torch.\(n.name) is not supported")
            }
            return d
        case .type(let c):
            let t = BuiltinTypes.shared
            if c === t.float { return .float64 }
            if c === t.int { return .int64 }
            if c === t.bool { return .bool }
        default: break
        }
        throw ScriptError.typeError("\(function)(): argument 'dtype' must be torch.dtype, not \(TensorArguments.typeName(v))")
    }

    override func getAttribute(_ name: String, owner: Value, _ rt: Runtime) throws -> Value? {
        switch name {
        case "is_floating_point": return .bool(dtype?.isFloatingPoint ?? self.name.hasPrefix("float"))
        case "is_complex": return .bool(self.name.hasPrefix("complex"))
        case "is_signed": return .bool(self.name != "bool" && self.name != "uint8")
        case "itemsize":
            switch self.name {
            case "float64", "int64", "complex64": return .int(8)
            case "float32", "int32": return .int(4)
            case "float16", "bfloat16", "int16": return .int(2)
            case "complex128": return .int(16)
            default: return .int(1)
            }
        default: return nil
        }
    }

    override var dynamicAttributeNames: [String] { ["is_floating_point", "is_complex", "is_signed", "itemsize"] }

    override func repr(_ rt: Runtime) throws -> String { "torch." + name }

    override func hashValue(_ rt: Runtime) throws -> Int? { nil }
}
