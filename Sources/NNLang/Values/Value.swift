/// A value of the nn language.
///
/// Numbers, booleans and `None` are unboxed; everything else is a reference to an object
/// class. Library bindings (tensors, modules, optimizers, figures) use `.native`, a subclass
/// of `NativeObject`, and user classes deriving from a native class are `.instance` values
/// whose `native` part holds the native state.
public enum Value {
    case none
    case bool(Bool)
    /// A 64-bit int; arithmetic past its range raises OverflowError.
    case int(Int)
    case float(Double)
    case str(StrObject)
    /// An immutable tuple.
    case tuple([Value])
    case list(ListObject)
    /// An insertion-ordered dict.
    case dict(DictObject)
    /// A set (insertion-ordered in nn).
    case set(SetObject)
    case range(RangeObject)
    case slice(SliceObject)
    /// `...`
    case ellipsis
    /// A function or lambda written in nn.
    case function(FunctionObject)
    /// A function written in Swift (a built-in or a library binding).
    case builtin(BuiltinFunction)
    /// A function bound to its receiver (`xs.append`, `model.forward`).
    case method(BoundMethod)
    /// A class: built-in (`int`, `ValueError`), native (`torch.Tensor`) or written in nn.
    case type(ClassObject)
    /// An instance of a class written in nn (exceptions included).
    case instance(Instance)
    case module(ModuleObject)
    /// An iterator (`iter(xs)`, `zip(…)`, `enumerate(…)`, a generator expression).
    case iterator(IteratorObject)
    /// A library object implemented in Swift.
    case native(NativeObject)
}

extension Value {
    /// A `str` value.
    public static func string(_ s: String) -> Value { .str(StrObject(s)) }

    /// `True` or `False` as a value (shared spelling for bindings).
    public static var `true`: Value { .bool(true) }
    /// `False`.
    public static var `false`: Value { .bool(false) }

    /// Whether this is `None`.
    public var isNone: Bool {
        if case .none = self { return true }
        return false
    }

    /// The type object of the value (what `type(x)` returns).
    public var type: ClassObject {
        let t = BuiltinTypes.shared
        switch self {
        case .none: return t.noneType
        case .bool: return t.bool
        case .int: return t.int
        case .float: return t.float
        case .str: return t.str
        case .tuple: return t.tuple
        case .list: return t.list
        case .dict: return t.dict
        case .set: return t.set
        case .range: return t.range
        case .slice: return t.slice
        case .ellipsis: return t.ellipsis
        case .function: return t.function
        case .builtin: return t.builtinFunction
        case .method: return t.method
        case .type: return t.type
        case .instance(let i): return i.cls
        case .module: return t.module
        case .iterator(let it): return it.type
        case .native(let n): return n.nativeType
        }
    }

    /// A small number for each built-in value kind whose type is fixed (`list`, `dict`,
    /// `str`…), or -1 for values whose type varies (instances, natives, iterators).
    @inline(__always)
    var builtinKind: Int {
        switch self {
        case .none: return 0
        case .bool: return 1
        case .int: return 2
        case .float: return 3
        case .str: return 4
        case .tuple: return 5
        case .list: return 6
        case .dict: return 7
        case .set: return 8
        case .range: return 9
        case .slice: return 10
        case .ellipsis: return 11
        default: return -1
        }
    }

    /// The type's name as Python messages show it (`'int'`, `'NoneType'`, `'Net'`).
    public var typeName: String { type.name }

    /// Identity of reference values (for `is`, `id()` and default hashing); nil for unboxed ones.
    var objectIdentity: ObjectIdentifier? {
        switch self {
        case .none, .bool, .int, .float, .ellipsis, .tuple: return nil
        case .str(let o): return ObjectIdentifier(o)
        case .list(let o): return ObjectIdentifier(o)
        case .dict(let o): return ObjectIdentifier(o)
        case .set(let o): return ObjectIdentifier(o)
        case .range(let o): return ObjectIdentifier(o)
        case .slice(let o): return ObjectIdentifier(o)
        case .function(let o): return ObjectIdentifier(o)
        case .builtin(let o): return ObjectIdentifier(o)
        case .method(let o): return ObjectIdentifier(o)
        case .type(let o): return ObjectIdentifier(o)
        case .instance(let o): return ObjectIdentifier(o)
        case .module(let o): return ObjectIdentifier(o)
        case .iterator(let o): return ObjectIdentifier(o)
        case .native(let o): return ObjectIdentifier(o)
        }
    }
}
