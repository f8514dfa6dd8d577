/// Walks a statement's parse tree, builds its scopes and records bindings and uses, then
/// resolves free variables: a name used in a function and bound in an enclosing function
/// becomes a cell there and a free variable in every scope in between (class bodies are
/// skipped, as in Python, except for the implicit `__class__` that `super()` uses).
struct ScopeAnalyzer {
    var scopes: [ScopeKey: Scope] = [:]
    var issues: [SyntaxIssue] = []
    var current: Scope

    init(module: Scope) { current = module }

    static func key(_ span: SourceSpan, _ kind: UInt8) -> ScopeKey { ScopeKey(start: span.start, end: span.end, kind: kind) }

    // MARK: - Statements

    mutating func visit(_ body: [Stmt]) { for s in body { visit(s) } }

    mutating func visit(_ s: Stmt) {
        switch s.kind {
        case .expr(let e, _): visit(e)
        case .assign(let targets, let value):
            visit(value)
            for t in targets { bindTarget(t) }
        case .augAssign(let t, _, let value):
            visit(value)
            if case .name(let n) = t.kind { current.use(n) }
            bindTarget(t)
        case .annAssign(let t, _):
            bindTarget(t)
        case .ifElse(let test, let body, let orElse):
            visit(test); visit(body); visit(orElse)
        case .whileLoop(let test, let body, let orElse):
            visit(test); visit(body); visit(orElse)
        case .forLoop(let target, let iterable, let body, let orElse, _):
            visit(iterable); bindTarget(target); visit(body); visit(orElse)
        case .breakLoop, .continueLoop, .pass: break
        case .returnValue(let e): if let e { visit(e) }
        case .function(let def):
            for d in def.decorators { visit(d) }
            for p in def.parameters.items { if let d = p.defaultValue { visit(d) } }
            current.bind(def.name)
            let scope = Scope(kind: .function, parent: current, qualifiedName: qualify(def.name))
            scope.parameters = orderedParameters(def.parameters)
            enter(scope, key: ScopeAnalyzer.key(s.span, 0)) { a in a.visit(def.body) }
        case .classDef(let def):
            for d in def.decorators { visit(d) }
            for b in def.bases { visit(b) }
            current.bind(def.name)
            let scope = Scope(kind: .classBody, parent: current, qualifiedName: qualify(def.name))
            enter(scope, key: ScopeAnalyzer.key(s.span, 1)) { a in a.visit(def.body) }
        case .importModules(let names):
            for n in names { current.bind(n.alias ?? String(n.name.split(separator: ".").first ?? "")) }
        case .importFrom(_, let names, _):
            for n in names { current.bind(n.alias ?? n.name) }
        case .with(let items, let body):
            for item in items {
                visit(item.context)
                if let t = item.target { bindTarget(t) }
            }
            visit(body)
        case .tryExcept(let t):
            visit(t.body)
            for h in t.handlers {
                if let type = h.type { visit(type) }
                if let name = h.name { current.bind(name) }
                visit(h.body)
            }
            visit(t.orElse)
            visit(t.finally)
        case .raise(let e, let cause):
            if let e { visit(e) }
            if let cause { visit(cause) }
        case .assert(let test, let msg):
            visit(test)
            if let msg { visit(msg) }
        case .delete(let targets):
            for t in targets {
                if case .name(let n) = t.kind { current.bind(n); current.use(n) } else { visit(t) }
            }
        case .global(let names):
            for n in names {
                if current.kind == .module { continue }
                if current.boundSet.contains(n) || current.usedSet.contains(n) {
                    issues.append(.syntax("name '\(n)' is used prior to global declaration", s.span))
                }
                current.globalDeclared.insert(n)
            }
        case .nonlocal(let names):
            if current.kind == .module {
                issues.append(.syntax("nonlocal declaration not allowed at module level", s.span))
            }
            for n in names {
                current.nonlocalDeclared.insert(n)
                current.nonlocalSpans[n] = s.span
            }
        }
    }

    /// Parameters in the order `Signature` lays out slots.
    func orderedParameters(_ p: Parameters) -> [String] {
        let order: [Parameter.Kind] = [.positionalOnly, .normal, .keywordOnly, .varArgs, .varKeywords]
        return order.flatMap { k in p.items.filter { $0.kind == k }.map(\.name) }
    }

    func qualify(_ name: String) -> String {
        switch current.kind {
        case .module: return name
        case .classBody: return "\(current.qualifiedName).\(name)"
        default: return "\(current.qualifiedName).<locals>.\(name)"
        }
    }

    mutating func enter(_ scope: Scope, key: ScopeKey, _ body: (inout ScopeAnalyzer) -> Void) {
        current.children.append(scope)
        scopes[key] = scope
        let saved = current
        current = scope
        body(&self)
        current = saved
    }

    /// Records the names a target binds (and visits the expressions inside it).
    mutating func bindTarget(_ t: Expr) {
        switch t.kind {
        case .name(let n): current.bind(n)
        case .tuple(let items), .list(let items): for i in items { bindTarget(i) }
        case .starred(let inner): bindTarget(inner)
        case .attribute(let obj, _, _): visit(obj)
        case .subscription(let obj, let index): visit(obj); visit(index)
        default: visit(t)
        }
    }

    // MARK: - Expressions

    mutating func visit(_ e: Expr) {
        switch e.kind {
        case .name(let n):
            current.use(n)
            if n == "super" { current.use("__class__") }
        case .constant: break
        case .fstring(let pieces): visitPieces(pieces)
        case .unary(_, let x): visit(x)
        case .binary(_, let a, let b): visit(a); visit(b)
        case .boolean(_, let items): for i in items { visit(i) }
        case .compare(let first, let steps):
            visit(first)
            for s in steps { visit(s.operand) }
        case .ifElse(let t, let a, let b): visit(t); visit(a); visit(b)
        case .lambda(let params, let body):
            for p in params.items { if let d = p.defaultValue { visit(d) } }
            let scope = Scope(kind: .function, parent: current, qualifiedName: qualify("<lambda>"))
            scope.parameters = orderedParameters(params)
            enter(scope, key: ScopeAnalyzer.key(e.span, 2)) { a in a.visit(body) }
        case .call(let f, let args):
            visit(f)
            for a in args {
                switch a {
                case .positional(let x), .starred(let x), .doubleStarred(let x): visit(x)
                case .keyword(_, let x, _): visit(x)
                }
            }
        case .attribute(let obj, _, _): visit(obj)
        case .subscription(let obj, let index): visit(obj); visit(index)
        case .slice(let a, let b, let c):
            if let a { visit(a) }
            if let b { visit(b) }
            if let c { visit(c) }
        case .starred(let x): visit(x)
        case .tuple(let items), .list(let items), .set(let items): for i in items { visit(i) }
        case .dict(let items):
            for item in items {
                switch item {
                case .pair(let k, let v): visit(k); visit(v)
                case .unpack(let x): visit(x)
                }
            }
        case .listComp(let elt, let clauses), .setComp(let elt, let clauses), .generator(let elt, let clauses):
            visitComprehension(e.span, clauses) { a in a.visit(elt) }
        case .dictComp(let k, let v, let clauses):
            visitComprehension(e.span, clauses) { a in a.visit(k); a.visit(v) }
        case .walrus(let name, let value):
            visit(value)
            var target: Scope = current
            while target.kind == .comprehension, let p = target.parent { target = p }
            target.bind(name)
            if target !== current { current.use(name) }
        }
    }

    mutating func visitPieces(_ pieces: [FPiece]) {
        for p in pieces {
            if case .field(let e, _, _, let spec) = p {
                visit(e)
                if let spec { visitPieces(spec) }
            }
        }
    }

    /// A comprehension: the first iterable belongs to the enclosing scope, the rest to the
    /// comprehension's own scope (whose hidden parameter `.0` is the first iterable).
    mutating func visitComprehension(_ span: SourceSpan, _ clauses: [Comprehension], _ element: (inout ScopeAnalyzer) -> Void) {
        guard let first = clauses.first else { return }
        visit(first.iterable)
        let scope = Scope(kind: .comprehension, parent: current, qualifiedName: qualify("<comprehension>"))
        scope.parameters = [".0"]
        enter(scope, key: ScopeAnalyzer.key(span, 3)) { a in
            for (i, c) in clauses.enumerated() {
                if i > 0 { a.visit(c.iterable) }
                a.bindTarget(c.target)
                for cond in c.conditions { a.visit(cond) }
            }
            element(&a)
        }
    }
}
