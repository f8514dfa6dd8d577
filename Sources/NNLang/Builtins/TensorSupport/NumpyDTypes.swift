import NNTensor

/// NumPy's dtypes as nn values.
///
/// - `np.float32 np.float64 np.int64 np.bool` (and the aliases `np.bool_ np.double np.single np.int_`)
///   are classes, as in NumPy: `np.float32(0.5)` converts a number (giving an nn float) or an
///   array-like (giving an array), and each is accepted wherever a dtype is.
/// - `a.dtype` is a `dtype` object: repr `dtype('float64')`, str `float64`, equal to the
///   class, to its name and to another dtype object of the same type.
/// - `np.int32` and `np.uint8` are accepted and stored as int64 (nn has one integer type);
///   arrays made with them print `int64`. `np.float16`, the complex types and the other
///   integer widths raise TypeError naming the dtypes nn supports.
enum NumpyDTypes {
    /// A scalar type: its NumPy name and the dtype nn stores it as (nil: unsupported).
    struct ScalarType {
        let name: String
        let dtype: DType?
        let cls: ClassObject
    }

    /// Every scalar type `np` offers, in registration order.
    nonisolated(unsafe) static let scalarTypes: [ScalarType] = {
        // Immutable after its thread-safe lazy initialisation.
        let table: [(String, DType?)] = [
            ("float64", .float64), ("float32", .float32), ("int64", .int64), ("bool", .bool),
            ("int32", .int64), ("uint8", .int64),
            ("float16", nil), ("int8", nil), ("int16", nil), ("uint16", nil), ("uint32", nil),
            ("uint64", nil), ("complex64", nil), ("complex128", nil),
        ]
        return table.map { name, dtype in
            let c = ClassObject.native(name, module: "numpy", doc: dtype.map { "NumPy's \($0.rawValue) scalar type." }
                                       ?? "Not supported by nn (float32, float64, int64 and bool are).")
            c.subclassable = false
            if let dtype { c.constructor = NumpyModule.scalarConstructor(name, dtype) }
            return ScalarType(name: name, dtype: dtype, cls: c)
        }
    }()

    /// Extra names for supported scalar types.
    static let aliases: [(alias: String, name: String)] = [
        ("double", "float64"), ("single", "float32"), ("int_", "int64"), ("intp", "int64"), ("bool_", "bool"),
    ]

    /// The scalar type called `name` (a NumPy name or an alias).
    static func scalarType(named name: String) -> ScalarType? {
        let resolved = aliases.first { $0.alias == name }?.name ?? name
        return scalarTypes.first { $0.name == resolved }
    }

    /// The scalar type class nn uses for arrays of `dtype`.
    static func scalarClass(_ dtype: DType) -> ClassObject {
        let name = dtype.rawValue
        return scalarType(named: name)?.cls ?? BuiltinTypes.shared.float
    }

    /// The supported dtypes, for messages.
    static let supportedText = "nn arrays support float32, float64, int64 and bool"

    /// The dtype a `dtype=` argument names; nil for None. Accepts the scalar classes, dtype
    /// objects, `float`/`int`/`bool` and names such as `'float32'`, `'f8'`, `'int'`.
    static func parse(_ v: Value) throws(ScriptError) -> DType? {
        switch v {
        case .none: return nil
        case .type(let c):
            let t = BuiltinTypes.shared
            if c === t.float { return .float64 }
            if c === t.int { return .int64 }
            if c === t.bool { return .bool }
            if let s = scalarTypes.first(where: { $0.cls === c }) {
                guard let d = s.dtype else { throw unsupported(s.name) }
                return d
            }
            throw ScriptError.typeError("Cannot interpret '<class '\(c.qualifiedName)'>' as a data type")
        case .native(let n):
            if let d = n as? NumpyDTypeObject { return d.dtype }
            if let d = n as? TorchDTypeObject {
                throw ScriptError.typeError("Cannot interpret '\(d.name)' as a data type")
            }
        case .str(let s):
            return try parse(name: s.value)
        default: break
        }
        throw ScriptError.typeError("Cannot interpret a '\(v.typeName)' value as a data type")
    }

    /// The dtype called `name` (NumPy's names and one-letter codes).
    static func parse(name: String) throws(ScriptError) -> DType {
        switch name {
        case "float64", "f8", "d", "float", "double", "<f8": return .float64
        case "float32", "f4", "f", "single", "<f4": return .float32
        case "int64", "i8", "int", "long", "<i8", "int32", "i4", "<i4", "uint8", "u1", "B", "l", "q": return .int64
        case "bool", "bool_", "?", "b1": return .bool
        case "float16", "f2", "e", "half", "complex64", "complex128", "complex", "c8", "c16", "int8", "i1",
             "int16", "i2", "uint16", "u2", "uint32", "u4", "uint64", "u8", "object", "O", "str", "U":
            throw unsupported(name)
        default:
            throw ScriptError.typeError("data type \(Runtime.quote(name)) not understood")
        }
    }

    /// The TypeError for a dtype nn does not have.
    static func unsupported(_ name: String) -> ScriptError {
        ScriptError.typeError("\(supportedText); '\(name)' is not supported")
    }
}

/// A NumPy dtype object (`a.dtype`, `np.dtype('float32')`).
final class NumpyDTypeObject: NativeObject {
    let dtype: DType

    init(_ dtype: DType) { self.dtype = dtype }

    /// The class `np.dtype`; calling it parses a dtype (`np.dtype('float32')`).
    nonisolated(unsafe) static let type: ClassObject = {
        // Immutable after its thread-safe lazy initialisation.
        let c = ClassObject.native("dtype", module: "numpy", doc: "A NumPy data type: dtype('float64').")
        c.subclassable = false
        c.constructor = BuiltinFunction("dtype", "dtype, /", doc: "The dtype an argument names.") { a, _ in
            guard let d = try NumpyDTypes.parse(a[0]) else { return .native(NumpyDTypeObject(.float64)) }
            return .native(NumpyDTypeObject(d))
        }
        return c
    }()

    override var nativeType: ClassObject { NumpyDTypeObject.type }

    override func getAttribute(_ name: String, owner: Value, _ rt: Runtime) throws -> Value? {
        switch name {
        case "name": return .string(dtype.numpyName)
        case "itemsize": return .int(dtype.itemSize)
        case "kind":
            switch dtype {
            case .bool: return .string("b")
            case .int64: return .string("i")
            case .float32, .float64: return .string("f")
            }
        case "char":
            switch dtype {
            case .bool: return .string("?")
            case .int64: return .string("l")
            case .float32: return .string("f")
            case .float64: return .string("d")
            }
        case "type": return .type(NumpyDTypes.scalarClass(dtype))
        default: return nil
        }
    }

    override var dynamicAttributeNames: [String] { ["name", "itemsize", "kind", "char", "type"] }

    override func repr(_ rt: Runtime) throws -> String { "dtype('\(dtype.numpyName)')" }

    override func str(_ rt: Runtime) throws -> String { dtype.numpyName }

    override func compare(_ op: CompareOp, _ other: Value, _ rt: Runtime) throws -> Value? {
        guard op == .eq || op == .ne else { return nil }
        let same = (try? NumpyDTypes.parse(other)).flatMap { $0 } == dtype && !other.isNone
        return .bool(op == .eq ? same : !same)
    }

    override func hashValue(_ rt: Runtime) throws -> Int? { DType.allCases.firstIndex(of: dtype) ?? 0 }
}
