/// Resolves the scopes built by `ScopeAnalyzer`: decides cells and free variables, innermost
/// scopes first so their needs propagate outward, and reports `nonlocal` names that have no
/// binding.
enum Resolver {
    static func resolve(_ scope: Scope, issues: inout [SyntaxIssue], span: SourceSpan) {
        var childNeeds: [String] = []
        for child in scope.children {
            resolve(child, issues: &issues, span: span)
            for n in child.frees where !childNeeds.contains(n) { childNeeds.append(n) }
        }
        if scope.kind == .module { return }
        for n in scope.nonlocalDeclared.sorted() {
            if findEnclosing(n, from: scope) == nil {
                issues.append(.syntax("no binding for nonlocal '\(n)' found", scope.nonlocalSpans[n] ?? span))
            } else {
                scope.addFree(n)
            }
        }
        for n in scope.used {
            resolveOwnUse(n, in: scope)
        }
        for n in childNeeds {
            switch scope.kind {
            case .classBody:
                if n == "__class__" {
                    scope.providesClassCell = true
                    scope.addCell(n)
                } else if findEnclosing(n, from: scope) != nil {
                    scope.addFree(n)
                }
            default:
                if scope.isLocal(n) {
                    scope.addCell(n)
                } else if !scope.globalDeclared.contains(n), findEnclosing(n, from: scope) != nil {
                    scope.addFree(n)
                }
            }
        }
    }

    /// A name read by code of `scope` itself: free when an enclosing function binds it.
    static func resolveOwnUse(_ n: String, in scope: Scope) {
        if scope.globalDeclared.contains(n) { return }
        switch scope.kind {
        case .classBody:
            if scope.boundSet.contains(n) { return }
            if n == "__class__" { return }
        case .function, .comprehension:
            if scope.isLocal(n) { return }
        case .module:
            return
        }
        if findEnclosing(n, from: scope) != nil { scope.addFree(n) }
    }

    /// The enclosing scope that owns `name` as a variable (skipping class bodies, except that
    /// a class body owns `__class__`), or nil when the name is global.
    static func findEnclosing(_ name: String, from scope: Scope) -> Scope? {
        var p = scope.parent
        while let s = p {
            switch s.kind {
            case .module: return nil
            case .classBody:
                if name == "__class__" { return s }
            case .function, .comprehension:
                if s.isLocal(name) { return s }
                if s.globalDeclared.contains(name) { return nil }
            }
            p = s.parent
        }
        return nil
    }
}
