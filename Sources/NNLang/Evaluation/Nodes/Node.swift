/// The executable form of code: a tree of node objects with names resolved to slots, cells
/// and global cells, made by the compiler from the parse tree. Each node evaluates itself
/// against a `Frame`; hot operations (int and float arithmetic, local access, list and dict
/// indexing, method calls on built-in types) have fast paths in their nodes.

/// The running function's view of its variables.
struct Frame {
    /// This call's local slots on the runtime's value stack.
    let slots: UnsafeMutablePointer<Value>
    /// Cells of the call: its own captured variables, then the closure's free variables.
    let cells: UnsafeMutablePointer<Cell>?
    /// The code being run (its file, name and runtime).
    unowned(unsafe) let code: FunctionCode
    /// The runtime, for use without reference counting on hot paths (`withRuntime`).
    let runtime: Unmanaged<Runtime>

    init(slots: UnsafeMutablePointer<Value>, cells: UnsafeMutablePointer<Cell>?, code: FunctionCode) {
        self.slots = slots
        self.cells = cells
        self.code = code
        self.runtime = code.runtimeRef
    }

    /// The runtime (a counted reference; hot paths use `withRuntime`).
    @inline(__always) var rt: Runtime { code.rt }

    /// Runs `body` with the runtime, without retaining it (the runtime outlives every frame).
    @inline(__always)
    func withRuntime<R>(_ body: (Runtime) throws(ScriptError) -> R) throws(ScriptError) -> R {
        try runtime.guaranteed(body)
    }
}

extension Unmanaged {
    /// Calls `body` with the referenced object and no reference counting; the caller
    /// guarantees the object stays alive (nodes are owned by their compiled code, the
    /// runtime by its interpreter).
    @inline(__always)
    func guaranteed<R>(_ body: (Instance) throws(ScriptError) -> R) throws(ScriptError) -> R {
        do {
            return try _withUnsafeGuaranteedRef(body)
        } catch let e as ScriptError {
            throw e
        } catch {
            throw ScriptError.runtimeError("internal error: \(error)")
        }
    }
}

/// Child nodes held in an array, iterated without reference counting: `nodes` owns them,
/// evaluation reads the unmanaged copies in `refs` (a plain buffer, so reading it touches
/// no reference counts either).
final class NodeList<T: AnyObject> {
    let nodes: [T]
    private let refs: UnsafeMutablePointer<Unmanaged<T>>
    let count: Int

    init(_ nodes: [T]) {
        self.nodes = nodes
        count = nodes.count
        refs = .allocate(capacity: max(1, nodes.count))
        for (i, n) in nodes.enumerated() { (refs + i).initialize(to: Unmanaged.passUnretained(n)) }
    }

    deinit { refs.deallocate() }

    /// Calls `body` with node `i` (0 ≤ i < count).
    @inline(__always)
    func with<R>(_ i: Int, _ body: (T) throws(ScriptError) -> R) throws(ScriptError) -> R {
        try refs[i].guaranteed(body)
    }
}

/// How a statement finished.
enum Flow: UInt8 {
    case normal, breakLoop, continueLoop, returned
}

/// An expression node.
class ExprNode {
    /// The source span (for error carets).
    let span: SourceSpan

    init(span: SourceSpan) { self.span = span }

    /// Evaluates the expression.
    func eval(_ f: Frame) throws(ScriptError) -> Value {
        throw ScriptError.runtimeError("internal error: \(Swift.type(of: self)) cannot be evaluated")
    }

    /// Evaluates the expression as a condition (comparisons override this to skip boxing).
    func evalCondition(_ f: Frame) throws(ScriptError) -> Bool {
        let v = try eval(f)
        switch v {
        case .bool(let b): return b
        case .none: return false
        case .int(let i): return i != 0
        default:
            do { return try f.rt.truthy(v) } catch { throw error.locate(f.code.file, span) }
        }
    }
}

/// A statement node.
class StmtNode {
    let span: SourceSpan

    init(span: SourceSpan) { self.span = span }

    /// Runs the statement.
    func exec(_ f: Frame) throws(ScriptError) -> Flow { .normal }
}

/// Something that can be assigned to: a variable, `obj.attr`, `obj[i]`, or a pattern of them.
class TargetNode {
    let span: SourceSpan

    init(span: SourceSpan) { self.span = span }

    /// Stores `value`.
    func assign(_ value: Value, _ f: Frame) throws(ScriptError) {}

    /// Deletes (`del target`).
    func delete(_ f: Frame) throws(ScriptError) {
        throw ScriptError.runtimeError("internal error: cannot delete this target")
    }
}

/// A sequence of statements.
final class BlockNode: StmtNode {
    let body: NodeList<StmtNode>

    init(span: SourceSpan, body: [StmtNode]) {
        self.body = NodeList(body)
        super.init(span: span)
    }

    override func exec(_ f: Frame) throws(ScriptError) -> Flow {
        var i = 0
        let n = body.count
        while i < n {
            let flow = try body.with(i) { (s) throws(ScriptError) in try s.exec(f) }
            if flow != .normal { return flow }
            i += 1
        }
        return .normal
    }
}

/// Compiled code of a function, lambda, comprehension, class body or top-level statement.
final class FunctionCode {
    /// `__name__` and `__qualname__`.
    let name: String
    let qualifiedName: String
    /// The parameters (defaults live on each function object).
    let signature: Signature
    /// Number of local slots (parameters first, then locals and temporaries).
    var frameSize = 0
    /// Own cells: for each, the parameter slot whose value seeds it (or -1).
    var cellSeeds: [Int] = []
    /// Number of free variables (closure cells) after the own cells.
    var freeCount = 0
    /// The body.
    var body: StmtNode = StmtNode(span: .none) {
        didSet { bodyRef = Unmanaged.passUnretained(body) }
    }
    /// The body, for running without reference counting.
    private(set) var bodyRef: Unmanaged<StmtNode>
    /// Whether a call needs a cell array (set when compilation finishes).
    var hasCells = false
    /// The argument count that binds straight into the parameter slots (no defaults needed,
    /// no `*args`, `**kwargs` or keyword-only parameters), or -1.
    let simpleArity: Int
    /// Slot names (for "did you mean" and completion of locals).
    var slotNames: [String] = []
    /// The docstring.
    let doc: String?
    /// The source file.
    let file: SourceFile
    /// The runtime this code was compiled for.
    unowned(unsafe) let rt: Runtime
    /// The runtime as an unmanaged reference (for frames).
    let runtimeRef: Unmanaged<Runtime>

    init(name: String, qualifiedName: String, signature: Signature, doc: String?, file: SourceFile, rt: Runtime) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.signature = signature
        self.doc = doc
        self.file = file
        self.rt = rt
        self.runtimeRef = Unmanaged.passUnretained(rt)
        self.bodyRef = Unmanaged.passUnretained(body)
        self.simpleArity = signature.directBindable && signature.slotCount == signature.positionalCount
            ? signature.positionalCount : -1
    }
}
