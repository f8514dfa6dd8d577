/// A statement of the parse tree, with the byte span it covers.
struct Stmt: Sendable {
    var span: SourceSpan
    var kind: Kind

    /// What the statement is.
    indirect enum Kind: Sendable {
        /// An expression statement; `hidden` when a trailing `;` hides its value.
        case expr(Expr, hidden: Bool)
        /// `t1 = t2 = value`.
        case assign([Expr], Expr)
        case augAssign(Expr, BinaryOp, Expr)
        /// `target: annotation [= value]` (the annotation is parsed and ignored).
        case annAssign(Expr, Expr?)
        case ifElse(Expr, [Stmt], [Stmt])
        case whileLoop(Expr, [Stmt], [Stmt])
        /// `for target in iterable: body else: orElse`; `header` spans `for … :`.
        case forLoop(Expr, Expr, [Stmt], [Stmt], header: SourceSpan)
        case breakLoop, continueLoop, pass
        case returnValue(Expr?)
        case function(FunctionDef)
        case classDef(ClassDef)
        /// `import a.b as c, d`.
        case importModules([ImportName])
        /// `from a.b import c as d` (`names` empty for `*`).
        case importFrom(module: String, names: [ImportName], moduleSpan: SourceSpan)
        case with([WithItem], [Stmt])
        case tryExcept(TryStmt)
        case raise(Expr?, cause: Expr?)
        case assert(Expr, Expr?)
        case delete([Expr])
        case global([String])
        case nonlocal([String])
    }
}

/// `def name(params): body`, with its decorators.
struct FunctionDef: Sendable {
    var name: String
    var nameSpan: SourceSpan
    var parameters: Parameters
    var body: [Stmt]
    var decorators: [Expr]
    /// The first line of the docstring, when the body starts with a string.
    var docstring: String?
}

/// `class Name(bases): body`, with its decorators.
struct ClassDef: Sendable {
    var name: String
    var nameSpan: SourceSpan
    var bases: [Expr]
    var body: [Stmt]
    var decorators: [Expr]
    var docstring: String?
}

/// `a.b.c [as d]` in an import.
struct ImportName: Sendable {
    var name: String
    var alias: String?
    var span: SourceSpan
}

/// `expr [as target]` in a `with`.
struct WithItem: Sendable {
    var context: Expr
    var target: Expr?
}

/// `try: … except T as e: … else: … finally: …`.
struct TryStmt: Sendable {
    var body: [Stmt]
    var handlers: [ExceptHandler]
    var orElse: [Stmt]
    var finally: [Stmt]
}

/// One `except [Type [as name]]:` clause.
struct ExceptHandler: Sendable {
    var type: Expr?
    var name: String?
    var body: [Stmt]
    var span: SourceSpan
}
