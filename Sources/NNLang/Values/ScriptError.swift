/// An nn exception travelling up the Swift stack: the exception's class and arguments (or
/// the instance itself, once a handler or a `raise` has one), where it was raised, and the
/// calls it has passed through.
///
/// Library code throws these for errors a script should see:
/// `throw ScriptError.valueError("math domain error")`. Any other Swift error a binding
/// throws is converted at the boundary (see `Runtime.convert(_:)`).
public final class ScriptError: Error, @unchecked Sendable {
    // @unchecked Sendable: an error is created, thrown and caught on the one interpreter
    // thread; it never crosses threads while the interpreter runs.

    /// The exception's class (a subclass of BaseException).
    public let type: ClassObject
    /// The exception's arguments (`e.args`); a single message string for most errors.
    public internal(set) var args: [Value]
    /// The exception object, made on demand (by `except … as e`) or given by `raise obj`.
    var instance: Instance?
    /// Where the error was raised; set by the first node that sees the error.
    public internal(set) var location: SourceLocation?
    /// Call sites passed on the way out, innermost first.
    public internal(set) var frames: [TraceFrame] = []
    /// Text appended to the message in diagnostics (`(did you mean 'model'?)`).
    var hint: String?
    /// The nn function the error just left, waiting for its caller to record the call site.
    var pendingFunction: String?

    /// An error of `type` with `args`.
    public init(type: ClassObject, args: [Value]) {
        self.type = type
        self.args = args
    }

    /// An error of `type` with a message.
    public convenience init(_ type: ClassObject, _ message: String) {
        self.init(type: type, args: [.string(message)])
    }

    /// The error carried by an exception instance raised with `raise`.
    init(instance: Instance) {
        self.type = instance.cls
        self.args = (instance.native as? ExceptionState)?.args ?? []
        self.instance = instance
    }

    /// Attaches `location` unless the error already has one.
    @inline(__always)
    /// An nn function the error just left (`pendingFunction`) was called from here: that
    /// call site is recorded as a frame.
    func locate(_ file: SourceFile, _ span: SourceSpan) -> ScriptError {
        if location == nil { location = SourceLocation(file: file, span: span) }
        if let name = pendingFunction {
            pendingFunction = nil
            frames.append(TraceFrame(function: name, file: file.name, line: file.line(of: Int(span.start))))
        }
        return self
    }

    /// Whether this error is an instance of `cls` or a subclass.
    public func matches(_ cls: ClassObject) -> Bool { type.isSubclass(of: cls) }

    // MARK: - Built-in errors

    static var types: BuiltinTypes { BuiltinTypes.shared }
    /// TypeError(message).
    public static func typeError(_ m: String) -> ScriptError { ScriptError(types.typeError, m) }
    /// ValueError(message).
    public static func valueError(_ m: String) -> ScriptError { ScriptError(types.valueError, m) }
    /// IndexError(message).
    public static func indexError(_ m: String) -> ScriptError { ScriptError(types.indexError, m) }
    /// KeyError(key): its message is the key's repr.
    public static func keyError(_ key: Value) -> ScriptError { ScriptError(type: types.keyError, args: [key]) }
    /// AttributeError(message).
    public static func attributeError(_ m: String) -> ScriptError { ScriptError(types.attributeError, m) }
    /// NameError(message).
    public static func nameError(_ m: String) -> ScriptError { ScriptError(types.nameError, m) }
    /// ZeroDivisionError(message).
    public static func zeroDivision(_ m: String) -> ScriptError { ScriptError(types.zeroDivisionError, m) }
    /// OverflowError(message).
    public static func overflow(_ m: String) -> ScriptError { ScriptError(types.overflowError, m) }
    /// RuntimeError(message).
    public static func runtimeError(_ m: String) -> ScriptError { ScriptError(types.runtimeError, m) }
    /// ShapeError(message): nn's error for incompatible tensor shapes (a ValueError).
    public static func shapeError(_ m: String) -> ScriptError { ScriptError(types.shapeError, m) }
    /// NotImplementedError(message).
    public static func notImplemented(_ m: String) -> ScriptError { ScriptError(types.notImplementedError, m) }
    /// ImportError(message).
    public static func importError(_ m: String) -> ScriptError { ScriptError(types.importError, m) }
    /// MemoryError for a sequence too large to build.
    public static func tooLarge(_ what: String = "sequence") -> ScriptError {
        ScriptError(types.memoryError, "\(what) is too large (nn's limit is 2**28 items)")
    }
    /// The largest sequence nn builds at once; larger requests raise MemoryError, not crash.
    public static let maximumItems = 1 << 28
    /// StopIteration().
    public static func stopIteration() -> ScriptError { ScriptError(type: types.stopIteration, args: []) }
    /// RecursionError(message).
    public static func recursion(_ m: String) -> ScriptError { ScriptError(types.recursionError, m) }
    /// The integer overflow error nn raises for arithmetic past 64 bits.
    static func intOverflow(_ what: String = "integer") -> ScriptError {
        ScriptError(types.overflowError, "\(what) result does not fit in nn's 64-bit int")
    }
}
