/// One right-hand operand of printf-style `format % args`, as the interpreter hands it over.
///
/// Numbers keep their type because the conversions treat them differently (`%d` truncates
/// a float, `%x` refuses one, `%s` prints `True` for a bool). A 0-d tensor or any value with
/// `__float__`/`__index__` semantics should arrive already converted to `.float`/`.int`.
/// Everything else (None, lists, objects) arrives as `.object` with its `str`, `repr` and
/// type name, which is all `%s`, `%r`, `%a` and the error messages need.
enum PercentArg: Equatable, Sendable {
    case int(Int)
    case bool(Bool)
    case float(Double)
    case string(String)
    case object(typeName: String, str: String, repr: String)

    /// The Python type name, for error messages.
    var typeName: String {
        switch self {
        case .int: return "int"
        case .bool: return "bool"
        case .float: return "float"
        case .string: return "str"
        case let .object(typeName, _, _): return typeName
        }
    }

    /// `str(arg)`.
    var str: String {
        switch self {
        case let .int(v): return String(v)
        case let .bool(b): return b ? "True" : "False"
        case let .float(x): return PyFormat.floatRepr(x)
        case let .string(s): return s
        case let .object(_, str, _): return str
        }
    }

    /// `repr(arg)`.
    var repr: String {
        switch self {
        case let .string(s): return PyFormat.stringRepr(s)
        case let .object(_, _, repr): return repr
        default: return str
        }
    }

    /// The value as an int where Python's `%c` and `*` accept one (int and bool only).
    var exactInt: Int? {
        switch self {
        case let .int(v): return v
        case let .bool(b): return b ? 1 : 0
        default: return nil
        }
    }
}
