import Synchronization

/// The process-wide interrupt request, for a SIGINT handler (a process running one script):
/// every runtime polls it, together with its own flag (`Interpreter.interrupt()`), at loop
/// back-edges and calls, and raises KeyboardInterrupt.
public enum Interrupt {
    /// The flag (an atomic, so any thread or a signal handler may set it).
    static let flag = Atomic<Bool>(false)

    /// Requests an interrupt. Async-signal-safe once `prepare()` has run.
    public static func request() { flag.store(true, ordering: .relaxed) }

    /// Whether a request is pending (a second Ctrl-C while one is pending may exit at once).
    public static var isPending: Bool { flag.load(ordering: .relaxed) }

    /// Touches the flag so its one-time initialisation happens outside any signal handler.
    public static func prepare() { flag.store(false, ordering: .relaxed) }

    /// Drops a pending request (a REPL calls this when Ctrl-C arrives at the prompt, while no
    /// code runs, so the next statement does not stop at once).
    public static func clear() { flag.store(false, ordering: .relaxed) }
}

/// A module-level variable: nodes that read or write a global hold its cell directly, so a
/// global access is one load, not a dictionary look-up.
final class GlobalCell {
    let name: String
    var value: Value = Unbound.value
    /// The built-in of the same name, looked up once (used while the global is unbound).
    var builtin: Value?

    init(name: String) { self.name = name }
}

/// The state of one running interpreter: globals, built-ins, imported modules, the value
/// stack that holds every frame's local variables, the recursion depth, the output sink and
/// the interrupt flag. Library bindings receive it to call back into nn code
/// (`call`, `callMethod`, `getAttribute`, `repr`, `iterate`…).
public final class Runtime {
    /// Globals by name, in definition order.
    var globals: [String: GlobalCell] = [:]
    var globalOrder: [String] = []
    /// The built-in namespace (functions, types, exceptions, pre-bound module aliases).
    var builtins: [String: Value] = [:]
    /// Built-in names in registration order (for suggestions and completion).
    var builtinOrder: [String] = []
    /// Modules already instantiated, by import name.
    var modules: [String: ModuleObject] = [:]

    /// Where `print` writes.
    public var output: OutputSink
    /// Maximum depth of nested nn calls before RecursionError (Python's default, 1000).
    public var recursionLimit = 1000
    /// The highest recursion limit `sys.setrecursionlimit` accepts (the evaluator's thread
    /// stack is sized for it).
    static let maximumRecursionLimit = 20000
    /// Command-line arguments for `sys.argv` (the script path first).
    public var argv: [String] = []
    var depth = 0
    /// Bumped whenever a class attribute changes, invalidating the look-up caches of nodes.
    var classEpoch = 0
    /// This runtime's interrupt request (set by `interrupt()` from any thread).
    let interruptFlag = Atomic<Bool>(false)
    /// Exceptions being handled by `except` blocks, innermost last (for a bare `raise`).
    var handling: [ScriptError] = []
    /// The value the last top-level expression statement showed.
    var lastShown: Value?
    /// The value of the last `return`.
    var returnValue: Value = .none
    /// Objects whose repr is being computed (to print `[...]` for cycles).
    var reprInProgress: Set<ObjectIdentifier> = []
    /// Per-session state of library bindings (print options…), keyed by the state's type;
    /// a reset session starts without it (see `Runtime.bindingState(_:)`).
    var bindingStates: [ObjectIdentifier: AnyObject] = [:]

    // The value stack: frames' slots live here; memory below `top` is initialised.
    let stackCapacity: Int
    let stack: UnsafeMutablePointer<Value>
    var top = 0

    /// A runtime writing to `output`.
    init(output: OutputSink, stackCapacity: Int = 1 << 20) {
        self.output = output
        self.stackCapacity = stackCapacity
        self.stack = UnsafeMutablePointer<Value>.allocate(capacity: stackCapacity)
        _ = Interrupt.isPending   // initialise the process flag outside any signal handler
        BuiltinsModule.install(into: self)
    }

    deinit {
        // Release everything scripts made on a big-stack thread: dropping a deeply nested
        // structure releases it recursively, which could overflow the caller's stack.
        let box = Teardown(globals: globals, modules: modules, builtins: builtins)
        globals = [:]
        modules = [:]
        builtins = [:]
        lastShown = nil
        returnValue = .none
        handling = []
        BigStack.run { box.release() }
        stack.deinitialize(count: top)
        stack.deallocate()
    }

    /// What a runtime owns, handed to a big-stack thread to be released there.
    private final class Teardown: @unchecked Sendable {
        // Only touched by the tearing-down thread, then by the helper thread it waits for.
        var globals: [String: GlobalCell]
        var modules: [String: ModuleObject]
        var builtins: [String: Value]

        init(globals: [String: GlobalCell], modules: [String: ModuleObject], builtins: [String: Value]) {
            self.globals = globals
            self.modules = modules
            self.builtins = builtins
        }

        func release() {
            for cell in globals.values { cell.value = .none }
            globals = [:]
            modules = [:]
            builtins = [:]
        }
    }

    // MARK: - Globals

    /// The cell of global `name`, created unbound when new.
    func globalCell(_ name: String) -> GlobalCell {
        if let c = globals[name] { return c }
        let c = GlobalCell(name: name)
        globals[name] = c
        globalOrder.append(name)
        return c
    }

    /// The value of a global (or built-in) name, if bound.
    public func global(_ name: String) -> Value? {
        if let c = globals[name], !Unbound.isUnbound(c.value) { return c.value }
        return builtin(name)
    }

    /// Binds a global name.
    public func setGlobal(_ name: String, _ value: Value) {
        globalCell(name).value = value
    }

    /// Names of the bound globals, in definition order.
    public var globalNames: [String] {
        globalOrder.filter { name in globals[name].map { !Unbound.isUnbound($0.value) } ?? false }
    }

    /// A built-in by name (instantiating a pre-bound module alias on first use).
    func builtin(_ name: String) -> Value? {
        if let v = builtins[name] { return v }
        if let spec = ModuleRegistry.alias(name), let m = try? importModule(spec.module) {
            let v: Value = spec.attribute.flatMap { m.attribute($0) } ?? .module(m)
            builtins[name] = v
            return v
        }
        return nil
    }

    // MARK: - Stack

    /// Pushes a value (the caller has checked capacity).
    @inline(__always)
    func push(_ v: Value) {
        (stack + top).initialize(to: v)
        top += 1
    }

    /// Pops everything above `base`.
    @inline(__always)
    func pop(to base: Int) {
        if top > base {
            (stack + base).deinitialize(count: top - base)
            top = base
        }
    }

    /// Throws RecursionError when `n` more slots do not fit.
    @inline(__always)
    func reserve(_ n: Int) throws(ScriptError) {
        if top + n > stackCapacity {
            throw ScriptError.recursion("maximum recursion depth exceeded (nn's value stack is full)")
        }
    }

    // MARK: - Interrupts and recursion

    /// Asks this runtime's running code to stop with KeyboardInterrupt at its next loop
    /// iteration or call. Safe to call from any thread.
    public func interrupt() { interruptFlag.store(true, ordering: .relaxed) }

    /// Whether an interrupt (of this runtime, or of the process) is pending.
    @inline(__always)
    var interruptPending: Bool {
        interruptFlag.load(ordering: .relaxed) || Interrupt.flag.load(ordering: .relaxed)
    }

    /// Clears pending interrupts.
    func clearInterrupt() {
        interruptFlag.store(false, ordering: .relaxed)
        Interrupt.flag.store(false, ordering: .relaxed)
    }

    /// Raises KeyboardInterrupt if an interrupt is pending.
    @inline(__always)
    func checkInterrupt() throws(ScriptError) {
        if interruptPending {
            clearInterrupt()
            throw ScriptError(type: BuiltinTypes.shared.keyboardInterrupt, args: [])
        }
    }

    /// Enters one level of nn call (or recursive native work such as a nested repr).
    @inline(__always)
    func enterCall() throws(ScriptError) {
        depth += 1
        if depth > recursionLimit {
            depth -= 1
            throw ScriptError.recursion("maximum recursion depth exceeded")
        }
        if interruptPending {
            depth -= 1
            try checkInterrupt()
        }
    }

    @inline(__always)
    func leaveCall() { depth -= 1 }

    // MARK: - Output

    /// Writes text to the output sink.
    public func write(_ text: String) { output.write(text) }
}
