/// The type objects of the built-in types and exception classes, shared by every
/// interpreter in the process (they are immutable once built: nn code cannot set
/// attributes on built-in types).
public final class BuiltinTypes {
    // Built once by Swift's thread-safe lazy global initialisation, never mutated afterwards.
    nonisolated(unsafe) public static let shared = BuiltinTypes()

    /// `object`, the root class.
    public let object: ClassObject
    /// `type`, the class of classes.
    public let type: ClassObject
    /// The types of the built-in values.
    public let noneType, bool, int, float, str, list, tuple, dict, set, range, slice, ellipsis: ClassObject
    /// The types of functions, built-ins, bound methods and modules.
    public let function, builtinFunction, method, module: ClassObject
    /// Iterator types.
    public let iterator, listIterator, tupleIterator, rangeIterator, strIterator, dictKeyIterator,
               dictValueIterator, dictItemIterator, setIterator, zip, enumerate, map, filter,
               reversed, generator: ClassObject

    /// The exception classes (CPython's hierarchy; ShapeError is nn's own, a ValueError).
    public let baseException, exception, keyboardInterrupt, systemExit: ClassObject
    /// Arithmetic and lookup errors.
    public let arithmeticError, overflowError, zeroDivisionError, assertionError, attributeError: ClassObject
    /// Import and lookup errors.
    public let importError, moduleNotFoundError, lookupError, indexError, keyError: ClassObject
    /// Name and runtime errors.
    public let nameError, unboundLocalError, runtimeError, notImplementedError, recursionError: ClassObject
    /// Iteration, syntax, type and value errors.
    public let stopIteration, syntaxError, indentationError, tabError, typeError, valueError: ClassObject
    /// nn's ShapeError, file errors and MemoryError.
    public let shapeError, osError, fileNotFoundError, memoryError: ClassObject
    /// Every exception class, base classes first (for the builtins module).
    public private(set) var exceptionClasses: [ClassObject] = []

    private init() {
        let object = ClassObject(name: "object", module: "builtins", kind: .builtin, bases: [],
                                 doc: "The base class of every class.")
        self.object = object
        func builtin(_ name: String, _ base: ClassObject? = nil, final: Bool = false, doc: String = "") -> ClassObject {
            let c = ClassObject(name: name, module: "builtins", kind: .builtin, bases: [base ?? object], doc: doc)
            c.subclassable = !final
            return c
        }
        type = builtin("type", doc: "type(x) is the class of x.")
        noneType = builtin("NoneType", final: true)
        int = builtin("int", doc: "A 64-bit integer; arithmetic past its range raises OverflowError.")
        bool = builtin("bool", int, final: true, doc: "True or False.")
        float = builtin("float", doc: "A double-precision floating-point number.")
        str = builtin("str", doc: "An immutable string of Unicode code points.")
        list = builtin("list", doc: "A mutable sequence.")
        tuple = builtin("tuple", doc: "An immutable sequence.")
        dict = builtin("dict", doc: "An insertion-ordered mapping.")
        set = builtin("set", doc: "An unordered collection of distinct hashable values (insertion-ordered in nn).")
        range = builtin("range", final: true, doc: "range(stop) or range(start, stop[, step]): a sequence of ints.")
        slice = builtin("slice", final: true)
        ellipsis = builtin("ellipsis", final: true)
        function = builtin("function", final: true)
        builtinFunction = builtin("builtin_function_or_method", final: true)
        method = builtin("method", final: true)
        module = builtin("module")
        iterator = builtin("iterator", final: true)
        listIterator = builtin("list_iterator", final: true)
        tupleIterator = builtin("tuple_iterator", final: true)
        rangeIterator = builtin("range_iterator", final: true)
        strIterator = builtin("str_ascii_iterator", final: true)
        dictKeyIterator = builtin("dict_keyiterator", final: true)
        dictValueIterator = builtin("dict_valueiterator", final: true)
        dictItemIterator = builtin("dict_itemiterator", final: true)
        setIterator = builtin("set_iterator", final: true)
        zip = builtin("zip", final: true)
        enumerate = builtin("enumerate", final: true)
        map = builtin("map", final: true)
        filter = builtin("filter", final: true)
        reversed = builtin("reversed", final: true)
        generator = builtin("generator", final: true)

        var all: [ClassObject] = []
        func exc(_ name: String, _ base: ClassObject?, _ doc: String) -> ClassObject {
            let c = ClassObject(name: name, module: "builtins", kind: .native, bases: [base ?? object], doc: doc)
            all.append(c)
            return c
        }
        baseException = exc("BaseException", nil, "The base class of all exceptions.")
        systemExit = exc("SystemExit", baseException, "Request to exit.")
        keyboardInterrupt = exc("KeyboardInterrupt", baseException, "The run was interrupted (Ctrl-C).")
        exception = exc("Exception", baseException, "The base class of ordinary errors.")
        arithmeticError = exc("ArithmeticError", exception, "Base class for arithmetic errors.")
        overflowError = exc("OverflowError", arithmeticError, "Result too large to be represented (nn ints are 64-bit).")
        zeroDivisionError = exc("ZeroDivisionError", arithmeticError, "Division or modulo by zero.")
        assertionError = exc("AssertionError", exception, "An assert statement failed.")
        attributeError = exc("AttributeError", exception, "Attribute not found.")
        importError = exc("ImportError", exception, "Import can't find module, or can't find name in module.")
        moduleNotFoundError = exc("ModuleNotFoundError", importError, "Module not found.")
        lookupError = exc("LookupError", exception, "Base class for lookup errors.")
        indexError = exc("IndexError", lookupError, "Sequence index out of range.")
        keyError = exc("KeyError", lookupError, "Mapping key not found.")
        nameError = exc("NameError", exception, "Name not found.")
        unboundLocalError = exc("UnboundLocalError", nameError, "Local name referenced but not bound to a value.")
        runtimeError = exc("RuntimeError", exception, "Unspecified run-time error.")
        notImplementedError = exc("NotImplementedError", runtimeError, "Method or function hasn't been implemented yet.")
        recursionError = exc("RecursionError", runtimeError, "Recursion limit exceeded.")
        stopIteration = exc("StopIteration", exception, "Signal the end from iterator.__next__().")
        syntaxError = exc("SyntaxError", exception, "Invalid syntax.")
        indentationError = exc("IndentationError", syntaxError, "Improper indentation.")
        tabError = exc("TabError", indentationError, "Improper mixture of spaces and tabs.")
        typeError = exc("TypeError", exception, "Inappropriate argument type.")
        valueError = exc("ValueError", exception, "Inappropriate argument value (of correct type).")
        shapeError = exc("ShapeError", valueError, "Tensor or array shapes do not fit together (nn's own; a ValueError).")
        osError = exc("OSError", exception, "Operating system or file error.")
        fileNotFoundError = exc("FileNotFoundError", osError, "File or directory not found.")
        memoryError = exc("MemoryError", exception, "Out of memory (nn refuses sequences past 2**28 items).")
        exceptionClasses = all

        for cls in [int, float, str, list, tuple, dict, set, range, slice, noneType, bool, object, type] {
            cls.doc = cls.doc ?? ""
        }
        ObjectMethods.register(self)
        ExceptionMethods.register(self)
        StrMethods.register(on: str)
        ListMethods.register(on: list)
        TupleMethods.register(on: tuple)
        DictMethods.register(on: dict)
        SetMethods.register(on: set)
        NumberMethods.register(int: int, float: float)
        Constructors.register(self)
    }
}
