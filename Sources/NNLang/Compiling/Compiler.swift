/// Turns one top-level statement's parse tree into executable nodes: runs scope analysis and
/// resolution, then generates nodes with every name bound to a slot, a cell or a global
/// cell. Errors Python reports at compile time (`'return' outside function`, `'break'
/// outside loop`, a `nonlocal` without binding) are collected as syntax issues.
final class Compiler {
    let rt: Runtime
    let file: SourceFile
    var issues: [SyntaxIssue] = []
    var scopes: [ScopeKey: Scope] = [:]
    var state: CodeState
    /// How many blocks deep the statement being compiled is (0: a top-level statement).
    var blockDepth = 0

    /// What the compiler tracks for the code unit it is generating.
    struct CodeState {
        let scope: Scope
        let code: FunctionCode
        var slots: [String: Int] = [:]
        var loopDepth = 0
        /// Whether `return` is allowed.
        let inFunction: Bool
        /// Whether expression statements show their value (top level only).
        let showsValues: Bool
    }

    init(rt: Runtime, file: SourceFile, module: Scope) {
        self.rt = rt
        self.file = file
        let code = FunctionCode(name: "<module>", qualifiedName: "<module>", signature: Signature.empty, doc: nil, file: file, rt: rt)
        state = CodeState(scope: module, code: code, inFunction: false, showsValues: true)
    }

    /// Compiles a top-level statement into a runnable unit.
    static func compile(_ stmt: Stmt, file: SourceFile, rt: Runtime) -> (FunctionCode, [SyntaxIssue]) {
        let module = Scope(kind: .module, parent: nil, qualifiedName: "")
        var analyzer = ScopeAnalyzer(module: module)
        analyzer.visit(stmt)
        var issues = analyzer.issues
        Resolver.resolve(module, issues: &issues, span: stmt.span)
        let compiler = Compiler(rt: rt, file: file, module: module)
        compiler.scopes = analyzer.scopes
        compiler.issues = issues
        let body = compiler.compileStatement(stmt)
        let code = compiler.state.code
        code.body = body
        code.frameSize = max(code.frameSize, compiler.state.slots.count)
        return (code, compiler.issues)
    }

    // MARK: - Code units

    /// Builds the state for a new code unit of `scope`: parameters first, then locals.
    func makeState(scope: Scope, code: FunctionCode, inFunction: Bool, reserveFirst: Bool = false) -> CodeState {
        var s = CodeState(scope: scope, code: code, inFunction: inFunction, showsValues: false)
        var names: [String] = []
        if reserveFirst { names.append(".namespace") }
        names += scope.parameters
        if scope.isFunctionLike {
            for n in scope.bound where scope.isLocal(n) && !names.contains(n) { names.append(n) }
        }
        for (i, n) in names.enumerated() { s.slots[n] = i }
        code.slotNames = names
        code.frameSize = names.count
        code.cellSeeds = scope.cells.map { name in scope.parameters.contains(name) ? (s.slots[name] ?? -1) : -1 }
        code.freeCount = scope.frees.count
        code.hasCells = !code.cellSeeds.isEmpty || code.freeCount > 0
        return s
    }

    /// Runs `body` with `inner` as the current state and returns the finished code.
    func withState(_ inner: CodeState, _ body: () -> StmtNode) -> FunctionCode {
        let saved = state
        state = inner
        let node = body()
        let code = state.code
        code.body = node
        code.frameSize = max(code.frameSize, state.slots.count)
        state = saved
        return code
    }

    /// A hidden slot for a temporary of the current code unit.
    func temporary(_ hint: String) -> Int {
        let name = ".\(hint)\(state.slots.count)"
        let i = state.slots.count
        state.slots[name] = i
        state.code.slotNames.append(name)
        return i
    }

    /// For each free variable of `child`: its cell index in the current code unit.
    func closureCells(for child: Scope, at span: SourceSpan) -> [Int] {
        child.frees.map { name in
            if let i = state.scope.cellIndex(name) { return i }
            issues.append(.syntax("internal error: no cell for '\(name)'", span))
            return 0
        }
    }

    /// The scope the analyzer made for a node.
    func scope(_ span: SourceSpan, _ kind: UInt8) -> Scope? {
        scopes[ScopeAnalyzer.key(span, kind)]
    }

    // MARK: - Names

    func load(_ name: String, _ span: SourceSpan) -> ExprNode {
        switch state.scope.access(name) {
        case .slot:
            if let slot = state.slots[name] { return LocalLoadNode(span: span, slot: slot, name: name) }
            return GlobalLoadNode(span: span, cell: rt.globalCell(name))
        case .cell(let i):
            return CellLoadNode(span: span, index: i, name: name, isFree: i >= state.scope.cells.count)
        case .global:
            return GlobalLoadNode(span: span, cell: rt.globalCell(name))
        case .classNamespace:
            return ClassNameLoadNode(span: span, name: name, cell: rt.globalCell(name))
        }
    }

    func store(_ name: String, _ span: SourceSpan) -> TargetNode {
        switch state.scope.access(name) {
        case .slot:
            if let slot = state.slots[name] { return LocalTarget(span: span, slot: slot, name: name) }
            return GlobalTarget(span: span, cell: rt.globalCell(name))
        case .cell(let i):
            return CellTarget(span: span, index: i, name: name)
        case .global:
            return GlobalTarget(span: span, cell: rt.globalCell(name))
        case .classNamespace:
            return ClassNameTarget(span: span, name: name)
        }
    }
}

extension Signature {
    /// A signature without parameters.
    static var empty: Signature { Signature(parameters: [], defaults: [], text: "") }
}
