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

    /// The runtime.
    @inline(__always) var rt: Runtime { code.rt }
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
    let body: [StmtNode]

    init(span: SourceSpan, body: [StmtNode]) {
        self.body = body
        super.init(span: span)
    }

    override func exec(_ f: Frame) throws(ScriptError) -> Flow {
        for s in body {
            let flow = try s.exec(f)
            if flow != .normal { return flow }
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
    var body: StmtNode = StmtNode(span: .none)
    /// Slot names (for "did you mean" and completion of locals).
    var slotNames: [String] = []
    /// The docstring.
    let doc: String?
    /// The source file.
    let file: SourceFile
    /// The runtime this code was compiled for.
    unowned(unsafe) let rt: Runtime

    init(name: String, qualifiedName: String, signature: Signature, doc: String?, file: SourceFile, rt: Runtime) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.signature = signature
        self.doc = doc
        self.file = file
        self.rt = rt
    }

    /// Whether a call needs a cell array.
    var hasCells: Bool { !cellSeeds.isEmpty || freeCount > 0 }
}
