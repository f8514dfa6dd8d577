/// One scope of a program: the module, a function or lambda, a class body, or a
/// comprehension. Scope analysis fills in which names are bound here, then resolution
/// decides for every name whether it is a local slot, a cell, a free variable, a class
/// namespace entry or a global.
final class Scope {
    enum Kind { case module, function, classBody, comprehension }

    let kind: Kind
    weak var parent: Scope?
    /// `Net.forward`-style prefix for names defined inside.
    let qualifiedName: String
    /// Parameters in signature slot order.
    var parameters: [String] = []
    /// Names bound in this scope, in order of first binding.
    var bound: [String] = []
    var boundSet: Set<String> = []
    var globalDeclared: Set<String> = []
    var nonlocalDeclared: Set<String> = []
    /// Where each `nonlocal` name was declared (for its error).
    var nonlocalSpans: [String: SourceSpan] = [:]
    /// Names read in this scope.
    var used: [String] = []
    var usedSet: Set<String> = []
    var children: [Scope] = []

    /// Own variables captured by inner scopes, in order.
    var cells: [String] = []
    /// Variables of enclosing scopes used here (or passed through to inner scopes), in order.
    var frees: [String] = []
    /// For a class body: whether methods need the `__class__` cell (for `super()`).
    var providesClassCell = false

    init(kind: Kind, parent: Scope?, qualifiedName: String) {
        self.kind = kind
        self.parent = parent
        self.qualifiedName = qualifiedName
    }

    /// Whether this scope keeps variables in slots (functions, lambdas, comprehensions).
    var isFunctionLike: Bool { kind == .function || kind == .comprehension }

    func bind(_ name: String) {
        if boundSet.insert(name).inserted { bound.append(name) }
    }

    func use(_ name: String) {
        if usedSet.insert(name).inserted { used.append(name) }
    }

    /// Whether `name` is a local variable of this function-like scope.
    func isLocal(_ name: String) -> Bool {
        isFunctionLike && (boundSet.contains(name) || parameters.contains(name))
            && !globalDeclared.contains(name) && !nonlocalDeclared.contains(name)
    }

    func addCell(_ name: String) {
        if !cells.contains(name) { cells.append(name) }
    }

    func addFree(_ name: String) {
        if !frees.contains(name) { frees.append(name) }
    }

    /// The cell index of `name` (own cells first, then free variables).
    func cellIndex(_ name: String) -> Int? {
        if let i = cells.firstIndex(of: name) { return i }
        if let i = frees.firstIndex(of: name) { return cells.count + i }
        return nil
    }

    /// How a name is reached from this scope.
    enum Access {
        case slot
        case cell(Int)
        case global
        /// Class body: the class namespace, then globals.
        case classNamespace
    }

    /// Resolves `name` for code in this scope (after `Resolver` has run).
    func access(_ name: String) -> Access {
        if globalDeclared.contains(name) { return .global }
        if let i = cellIndex(name) { return .cell(i) }
        switch kind {
        case .module: return .global
        case .classBody: return boundSet.contains(name) ? .classNamespace : .global
        case .function, .comprehension: return isLocal(name) ? .slot : .global
        }
    }
}

/// A key identifying the parse-tree node that opens a scope.
struct ScopeKey: Hashable {
    let start: Int32
    let end: Int32
    let kind: UInt8
}
