/// The base class of library objects implemented in Swift (tensors, layers, optimizers, data
/// loaders, figures) and of the native part of nn instances whose class derives from a
/// native class (`class Net(nn.Module)`).
///
/// Subclasses override the hooks they support; every default behaves like a Python object
/// without that feature (e.g. `len` raises "object of type 'X' has no len()"). Methods are
/// usually registered on the type object (`nativeType`) as `BuiltinFunction`s that receive
/// the object as their receiver; `getAttribute` is consulted after the class dictionary
/// (like Python's `__getattr__`), so it suits data attributes (`t.shape`, `t.grad`).
/// All hooks may throw any Swift error; `ScriptError`s pass through unchanged and other
/// errors are converted (see `Runtime.convert(_:)`).
open class NativeObject {
    /// A native object; subclasses set up their own state.
    public init() {}

    /// The type object: `type(x)`, `isinstance`, method look-up, help and completion.
    open var nativeType: ClassObject { BuiltinTypes.shared.object }

    /// An attribute not found in the class dictionary, or nil for AttributeError.
    /// `owner` is the value the look-up started from (the nn instance for a native part).
    open func getAttribute(_ name: String, owner: Value, _ rt: Runtime) throws -> Value? { nil }

    /// Handles `obj.name = value`; return false to let the default happen (store it on the
    /// nn instance; for a plain native object, an AttributeError).
    open func setAttribute(_ name: String, _ value: Value, owner: Value, _ rt: Runtime) throws -> Bool { false }

    /// Handles `del obj.name`; return false when the name is not the object's.
    open func deleteAttribute(_ name: String, owner: Value, _ rt: Runtime) throws -> Bool { false }

    /// Attribute names served by `getAttribute` (for completion and "did you mean").
    open var dynamicAttributeNames: [String] { [] }

    /// Whether `obj(...)` is allowed (also reported by `callable()`).
    open var isCallable: Bool { false }

    /// `obj(args)`.
    open func call(_ args: Arguments, owner: Value, _ rt: Runtime) throws -> Value {
        throw ScriptError.typeError("'\(nativeType.name)' object is not callable")
    }

    /// `self op other` (or `other op self` when `reflected`); nil when unsupported, so the
    /// other operand gets its turn (Python's NotImplemented). `0.1 * t` reaches the tensor
    /// as `reflected` with `other == 0.1`.
    open func binaryOp(_ op: BinaryOp, _ other: Value, reflected: Bool, _ rt: Runtime) throws -> Value? { nil }

    /// `self op= other`; nil to fall back to `binaryOp` and rebinding.
    open func inPlaceOp(_ op: BinaryOp, _ other: Value, _ rt: Runtime) throws -> Value? { nil }

    /// `-self`, `+self`, `~self`; nil when unsupported.
    open func unaryOp(_ op: UnaryOperator, _ rt: Runtime) throws -> Value? { nil }

    /// `self op other` for `== != < <= > >=`; nil when unsupported (then `==` falls back to
    /// identity and ordering raises TypeError). May return any value (an elementwise mask).
    open func compare(_ op: CompareOp, _ other: Value, _ rt: Runtime) throws -> Value? { nil }

    /// `item in self`; nil when unsupported (iteration is tried next).
    open func contains(_ item: Value, _ rt: Runtime) throws -> Bool? { nil }

    /// `self[index]`, with NumPy's index syntax delivered structurally.
    open func getItem(_ index: Index, _ rt: Runtime) throws -> Value {
        throw ScriptError.typeError("'\(nativeType.name)' object is not subscriptable")
    }

    /// `self[index] = value`.
    open func setItem(_ index: Index, _ value: Value, _ rt: Runtime) throws {
        throw ScriptError.typeError("'\(nativeType.name)' object does not support item assignment")
    }

    /// `iter(self)`; nil when the object is not iterable.
    open func makeIterator(_ rt: Runtime) throws -> IteratorObject? { nil }

    /// `len(self)`; nil when the object has no length.
    open func length(_ rt: Runtime) throws -> Int? { nil }

    /// `repr(self)`.
    open func repr(_ rt: Runtime) throws -> String {
        "<\(nativeType.qualifiedName) object>"
    }

    /// `str(self)`; defaults to `repr`.
    open func str(_ rt: Runtime) throws -> String { try repr(rt) }

    /// Whether a top-level expression statement whose value is this object shows its repr.
    /// Figures and axes say no: a script draws them with `plt.show()`, so `plt.figure(…)` or
    /// `plt.subplot(…)` on a line of its own prints nothing, as in a matplotlib script.
    open var showsAtTopLevel: Bool { true }

    /// `bool(self)`. Arrays raise NumPy's "The truth value of an array with more than one
    /// element is ambiguous…" here.
    open func truth(_ rt: Runtime) throws -> Bool {
        if let n = try length(rt) { return n != 0 }
        return true
    }

    /// `hash(self)`; nil hashes by identity. Throw TypeError for unhashable objects.
    open func hashValue(_ rt: Runtime) throws -> Int? { nil }

    /// The object as an index (`__index__`: NumPy ints, 0-d integer tensors); nil if not one.
    open func asIndex() -> Int? { nil }

    /// The object as a float (`float(x)` of a one-element tensor); nil if it cannot be one.
    open func asDouble() -> Double? { nil }

    /// `with self [as x]:` entry; returns what `as` binds.
    open func enter(_ rt: Runtime) throws -> Value {
        throw ScriptError.typeError("'\(nativeType.name)' object does not support the context manager protocol")
    }

    /// `with` exit; `error` is the exception leaving the block (nil on normal exit). Return
    /// true to suppress it.
    open func exit(_ error: ScriptError?, _ rt: Runtime) throws -> Bool { false }
}

/// The unary operators a native object can implement.
public enum UnaryOperator: Sendable {
    case negate, plus, invert
}
