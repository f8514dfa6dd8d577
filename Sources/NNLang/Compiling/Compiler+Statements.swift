/// Code generation for statements.
extension Compiler {
    func compileBlock(_ body: [Stmt], span: SourceSpan) -> StmtNode {
        blockDepth += 1
        defer { blockDepth -= 1 }
        let nodes = body.map { compileStatement($0) }
        if nodes.count == 1, let only = nodes.first { return only }
        return BlockNode(span: span, body: nodes)
    }

    func optionalBlock(_ body: [Stmt], span: SourceSpan) -> StmtNode? {
        body.isEmpty ? nil : compileBlock(body, span: span)
    }

    func compileStatement(_ s: Stmt) -> StmtNode {
        let span = s.span
        switch s.kind {
        case .expr(let e, let hidden):
            let node = compileExpr(e)
            if state.showsValues && blockDepth == 0 && !hidden { return ShowExprNode(span: span, expr: node) }
            return ExprStmtNode(span: span, expr: node)
        case .assign(let targets, let value):
            let v = compileExpr(value)
            return AssignNode(span: span, targets: targets.map { compileTarget($0) }, value: v)
        case .augAssign(let target, let op, let value):
            return compileAugAssign(target, op, value, span)
        case .annAssign:
            return StmtNode(span: span)
        case .ifElse(let test, let body, let orElse):
            return IfNode(span: span, test: compileExpr(test), body: compileBlock(body, span: span),
                          orElse: optionalBlock(orElse, span: span))
        case .whileLoop(let test, let body, let orElse):
            let t = compileExpr(test)
            state.loopDepth += 1
            let b = compileBlock(body, span: span)
            state.loopDepth -= 1
            return WhileNode(span: span, test: t, body: b, orElse: optionalBlock(orElse, span: span))
        case .forLoop(let target, let iterable, let body, let orElse, let header):
            let it = compileExpr(iterable)
            let t = compileTarget(target)
            state.loopDepth += 1
            let b = compileBlock(body, span: span)
            state.loopDepth -= 1
            return ForNode(span: header, target: t, iterable: it, body: b, orElse: optionalBlock(orElse, span: span))
        case .breakLoop:
            if state.loopDepth == 0 { issues.append(.syntax("'break' outside loop", span)) }
            return BreakNode(span: span)
        case .continueLoop:
            if state.loopDepth == 0 { issues.append(.syntax("'continue' not properly in loop", span)) }
            return ContinueNode(span: span)
        case .pass, .global, .nonlocal:
            return StmtNode(span: span)
        case .returnValue(let value):
            if !state.inFunction { issues.append(.syntax("'return' outside function", span)) }
            return ReturnNode(span: span, value: value.map { compileExpr($0) })
        case .function(let def):
            return compileFunctionDef(def, span)
        case .classDef(let def):
            return compileClassDef(def, span)
        case .importModules(let names):
            return ImportNode(span: span, items: names.map { n in
                let bound = n.alias ?? String(n.name.split(separator: ".").first ?? "")
                return ImportNode.Item(module: n.name, alias: n.alias, target: store(bound, n.span), span: n.span)
            })
        case .importFrom(let module, let names, let moduleSpan):
            if names.isEmpty && state.scope.kind != .module {
                issues.append(.syntax("import * only allowed at module level", span))
            }
            return ImportFromNode(span: span, module: module, moduleSpan: moduleSpan, items: names.map { n in
                ImportFromNode.Item(name: n.name, target: store(n.alias ?? n.name, n.span), span: n.span)
            })
        case .with(let items, let body):
            var node = compileBlock(body, span: span)
            for item in items.reversed() {
                node = WithNode(span: span, context: compileExpr(item.context),
                                target: item.target.map { compileTarget($0) }, body: node)
            }
            return node
        case .tryExcept(let t):
            let handlers = t.handlers.map { h in
                ExceptClause(span: h.span, type: h.type.map { compileExpr($0) }, target: h.name.map { store($0, h.span) },
                             body: compileBlock(h.body, span: h.span))
            }
            return TryNode(span: span, body: compileBlock(t.body, span: span), handlers: handlers,
                           orElse: optionalBlock(t.orElse, span: span), finally: optionalBlock(t.finally, span: span))
        case .raise(let e, let cause):
            return RaiseNode(span: span, exception: e.map { compileExpr($0) }, cause: cause.map { compileExpr($0) })
        case .assert(let test, let message):
            return AssertNode(span: span, test: compileExpr(test), message: message.map { compileExpr($0) })
        case .delete(let targets):
            return DeleteNode(span: span, targets: targets.map { compileTarget($0) })
        }
    }

    func compileAugAssign(_ target: Expr, _ op: BinaryOp, _ value: Expr, _ span: SourceSpan) -> StmtNode {
        let v = compileExpr(value)
        switch target.kind {
        case .name(let n):
            return AugAssignNode(span: span, op: op, load: load(n, target.span), target: store(n, target.span), value: v)
        case .attribute(let obj, let name, _):
            return AugAttributeNode(span: span, op: op, object: compileExpr(obj), name: name, value: v)
        case .subscription(let obj, let index):
            return AugSubscriptNode(span: span, op: op, object: compileExpr(obj), index: compileExpr(index), value: v)
        default:
            issues.append(.syntax("illegal expression for augmented assignment", target.span))
            return StmtNode(span: span)
        }
    }

    /// The slot-ordered defaults of a parameter list.
    func compileDefaults(_ params: Parameters, _ signature: Signature) -> [(slot: Int, node: ExprNode)] {
        params.items.compactMap { p in
            guard let d = p.defaultValue, let slot = signature.slot(named: p.name) else { return nil }
            return (slot, compileExpr(d))
        }
    }

    /// The signature of a parameter list (defaults marked, values supplied at run time).
    func signature(_ params: Parameters, text: String) -> Signature {
        let ps = params.items.map { p in
            Signature.Parameter(name: p.name, kind: {
                switch p.kind {
                case .positionalOnly: return .positionalOnly
                case .normal: return .normal
                case .keywordOnly: return .keywordOnly
                case .varArgs: return .varArgs
                case .varKeywords: return .varKeywords
                }
            }(), hasDefault: p.defaultValue != nil)
        }
        return Signature(parameters: ps, defaults: params.items.map { _ in nil }, text: text)
    }

    /// The parameter list as source text (for `help`).
    func parameterText(_ params: Parameters) -> String {
        var parts: [String] = []
        var sawStar = false
        var lastPositionalOnly = -1
        for (i, p) in params.items.enumerated() where p.kind == .positionalOnly { lastPositionalOnly = i }
        for (i, p) in params.items.enumerated() {
            var text = p.name
            switch p.kind {
            case .varArgs: text = "*" + p.name; sawStar = true
            case .varKeywords: text = "**" + p.name
            case .keywordOnly:
                if !sawStar { parts.append("*"); sawStar = true }
            default: break
            }
            if let d = p.defaultValue { text += "=" + file.text(from: Int(d.span.start), to: Int(d.span.end)) }
            parts.append(text)
            if i == lastPositionalOnly { parts.append("/") }
        }
        return parts.joined(separator: ", ")
    }

    func compileFunctionDef(_ def: FunctionDef, _ span: SourceSpan) -> StmtNode {
        let decorators = def.decorators.map { compileExpr($0) }
        guard let scope = scope(span, 0) else { return StmtNode(span: span) }
        let sig = signature(def.parameters, text: parameterText(def.parameters))
        let defaults = compileDefaults(def.parameters, sig)
        let code = FunctionCode(name: def.name, qualifiedName: scope.qualifiedName, signature: sig,
                                doc: def.docstring, file: file, rt: rt)
        let inner = makeState(scope: scope, code: code, inFunction: true)
        let cells = closureCells(for: scope, at: span)
        let body = def.body
        _ = withState(inner) { compileBlock(body, span: span) }
        let maker = FunctionMaker(code: code, defaults: defaults, closureCells: cells)
        return FunctionDefNode(span: span, maker: maker, decorators: decorators, target: store(def.name, def.nameSpan))
    }

    func compileClassDef(_ def: ClassDef, _ span: SourceSpan) -> StmtNode {
        let decorators = def.decorators.map { compileExpr($0) }
        let bases = def.bases.map { compileExpr($0) }
        guard let scope = scope(span, 1) else { return StmtNode(span: span) }
        let code = FunctionCode(name: def.name, qualifiedName: scope.qualifiedName, signature: .empty,
                                doc: def.docstring, file: file, rt: rt)
        let inner = makeState(scope: scope, code: code, inFunction: false, reserveFirst: true)
        let cells = closureCells(for: scope, at: span)
        let body = def.body
        _ = withState(inner) { compileBlock(body, span: span) }
        return ClassDefNode(span: span, name: def.name, body: code, bases: bases, closureCells: cells,
                            decorators: decorators, target: store(def.name, def.nameSpan), doc: def.docstring)
    }
}
