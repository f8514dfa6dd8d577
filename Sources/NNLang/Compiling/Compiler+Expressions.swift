/// Code generation for expressions and assignment targets.
extension Compiler {
    func compileExpr(_ e: Expr) -> ExprNode {
        let span = e.span
        switch e.kind {
        case .name(let n):
            return load(n, span)
        case .constant(let c):
            return ConstNode(span: span, value: constantValue(c))
        case .fstring(let pieces):
            if let plain = plainFString(pieces, span) { return plain }
            return FStringNode(span: span, parts: compilePieces(pieces))
        case .unary(let op, let operand):
            let o = compileExpr(operand)
            switch op {
            case .not: return NotNode(span: span, operand: o)
            case .negate: return UnaryNode(span: span, op: .negate, operand: o)
            case .plus: return UnaryNode(span: span, op: .plus, operand: o)
            case .invert: return UnaryNode(span: span, op: .invert, operand: o)
            }
        case .binary(let op, let a, let b):
            let l = compileExpr(a), r = compileExpr(b)
            if op == .add { return fused(AddNode(span: span, left: l, right: r)) }
            return fused(BinaryNode(span: span, op: op, left: l, right: r))
        case .boolean(let isAnd, let items):
            let nodes = items.map { compileExpr($0) }
            return isAnd ? AndNode(span: span, items: nodes) : OrNode(span: span, items: nodes)
        case .compare(let first, let steps):
            let f = compileExpr(first)
            if steps.count == 1, let step = steps.first {
                return fused(CompareNode(span: span, op: step.op, left: f, right: compileExpr(step.operand)))
            }
            return ChainCompareNode(span: span, first: f, steps: steps.map { ($0.op, compileExpr($0.operand)) })
        case .ifElse(let test, let then, let orElse):
            return IfExpNode(span: span, test: compileExpr(test), then: compileExpr(then), orElse: compileExpr(orElse))
        case .lambda(let params, let body):
            return compileLambda(params, body, span)
        case .call(let callee, let args):
            return compileCall(callee, args, span)
        case .attribute(let obj, let name, _):
            return AttributeNode(span: span, object: compileExpr(obj), name: name)
        case .subscription(let obj, let index):
            return SubscriptNode(span: span, object: compileExpr(obj), index: compileExpr(index))
        case .slice(let a, let b, let c):
            return SliceNode(span: span, lower: a.map { compileExpr($0) }, upper: b.map { compileExpr($0) },
                             step: c.map { compileExpr($0) })
        case .starred:
            issues.append(.syntax("can't use starred expression here", span))
            return ConstNode(span: span, value: .none)
        case .tuple(let items):
            return TupleNode(span: span, items: displayItems(items))
        case .list(let items):
            return ListNode(span: span, items: displayItems(items))
        case .set(let items):
            return SetNode(span: span, items: displayItems(items))
        case .dict(let items):
            return DictNode(span: span, entries: items.map { item in
                switch item {
                case .pair(let k, let v): return (compileExpr(k), compileExpr(v))
                case .unpack(let m): return (nil, compileExpr(m))
                }
            })
        case .listComp(let elt, let clauses):
            return compileComprehension(.list, elt, nil, clauses, span)
        case .setComp(let elt, let clauses):
            return compileComprehension(.set, elt, nil, clauses, span)
        case .dictComp(let k, let v, let clauses):
            return compileComprehension(.dict, k, v, clauses, span)
        case .generator(let elt, let clauses):
            return compileComprehension(.generator, elt, nil, clauses, span)
        case .walrus(let name, let value):
            return WalrusNode(span: span, target: store(name, span), value: compileExpr(value))
        }
    }

    func constantValue(_ c: Constant) -> Value {
        switch c {
        case .none: return .none
        case .ellipsis: return .ellipsis
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        case .string(let s): return .string(s)
        }
    }

    /// The fast form of an f-string whose fields are plain (no `!r`, no `=`, constant spec).
    func plainFString(_ pieces: [FPiece], _ span: SourceSpan) -> ExprNode? {
        let plain = pieces.allSatisfy { p in
            guard case .field(_, let debug, let conversion, let spec) = p else { return true }
            return debug == nil && conversion == nil
                && (spec ?? []).allSatisfy { if case .text = $0 { return true } else { return false } }
        }
        guard plain else { return nil }
        var texts = [""], fields: [ExprNode] = [], specs: [String] = []
        for p in pieces {
            switch p {
            case .text(let s):
                texts[texts.count - 1] += s
            case .field(let e, let debug, let conversion, let spec):
                guard debug == nil, conversion == nil else { return nil }
                var specText = ""
                for piece in spec ?? [] {
                    guard case .text(let t) = piece else { return nil }
                    specText += t
                }
                fields.append(compileExpr(e))
                specs.append(specText)
                texts.append("")
            }
        }
        return PlainFStringNode(span: span, texts: texts, fields: fields, specs: specs)
    }

    func compilePieces(_ pieces: [FPiece]) -> [FStringNodePart] {
        pieces.map { p in
            switch p {
            case .text(let s): return .text(s)
            case .field(let e, let debug, let conversion, let spec):
                return .field(compileExpr(e), debug: debug, conversion: conversion, spec: spec.map { compilePieces($0) })
            }
        }
    }

    func displayItems(_ items: [Expr]) -> [DisplayItem] {
        items.map { item in
            if case .starred(let inner) = item.kind { return DisplayItem(value: compileExpr(inner), starred: true) }
            return DisplayItem(value: compileExpr(item), starred: false)
        }
    }

    func compileCall(_ callee: Expr, _ args: [Argument], _ span: SourceSpan) -> ExprNode {
        var positional: [Expr] = []
        var simple = true
        for a in args {
            if case .positional(let e) = a { positional.append(e) } else { simple = false }
        }
        if simple, args.isEmpty, case .name("super") = callee.kind, let superNode = zeroArgumentSuper(span) {
            return superNode
        }
        if simple {
            let argNodes = positional.map { compileExpr($0) }
            if case .attribute(let obj, let name, _) = callee.kind {
                return CallMethodNode(span: span, receiver: compileExpr(obj), name: name, args: argNodes,
                                      attributeSpan: callee.span)
            }
            return CallNode(span: span, callee: compileExpr(callee), args: argNodes)
        }
        var pos: [CallArgument] = [], names: [String] = [], values: [ExprNode] = [], double: [ExprNode] = []
        for a in args {
            switch a {
            case .positional(let e): pos.append(CallArgument(value: compileExpr(e), starred: false))
            case .starred(let e): pos.append(CallArgument(value: compileExpr(e), starred: true))
            case .keyword(let name, let e, let nameSpan):
                if names.contains(name) { issues.append(.syntax("keyword argument repeated: \(name)", nameSpan)) }
                names.append(name)
                values.append(compileExpr(e))
            case .doubleStarred(let e): double.append(compileExpr(e))
            }
        }
        return GeneralCallNode(span: span, callee: compileExpr(callee), positional: pos, keywordNames: names,
                               keywordValues: values, doubleStarred: double)
    }

    /// `super()` inside a method: the `__class__` cell and the first parameter.
    func zeroArgumentSuper(_ span: SourceSpan) -> ExprNode? {
        guard case .global = state.scope.access("super"), let cell = state.scope.cellIndex("__class__") else { return nil }
        var first: ExprNode?
        if let name = state.scope.parameters.first, state.code.signature.parameters.first?.kind != .varArgs {
            first = load(name, span)
        }
        return SuperNode(span: span, classCell: cell, firstArgument: first)
    }

    func compileLambda(_ params: Parameters, _ body: Expr, _ span: SourceSpan) -> ExprNode {
        guard let scope = scope(span, 2) else { return ConstNode(span: span, value: .none) }
        let sig = signature(params, text: parameterText(params))
        let defaults = compileDefaults(params, sig)
        let code = FunctionCode(name: "<lambda>", qualifiedName: scope.qualifiedName, signature: sig, doc: nil, file: file, rt: rt)
        let inner = makeState(scope: scope, code: code, inFunction: true)
        let cells = closureCells(for: scope, at: span)
        _ = withState(inner) { ReturnNode(span: body.span, value: compileExpr(body)) }
        return LambdaNode(span: span, maker: FunctionMaker(code: code, defaults: defaults, closureCells: cells))
    }

    func compileComprehension(_ kind: ComprehensionKind, _ element: Expr, _ value: Expr?,
                              _ clauses: [Comprehension], _ span: SourceSpan) -> ExprNode {
        guard let firstClause = clauses.first, let scope = scope(span, 3) else {
            return ConstNode(span: span, value: .none)
        }
        let first = compileExpr(firstClause.iterable)
        let code = FunctionCode(name: kind == .generator ? "<genexpr>" : "<\(kind)comp>", qualifiedName: scope.qualifiedName,
                                signature: Signature.parse(".0") ?? .empty, doc: nil, file: file, rt: rt)
        let inner = makeState(scope: scope, code: code, inFunction: false)
        let cells = closureCells(for: scope, at: span)
        var compiled: [ComprehensionClause] = []
        var elementNode: ExprNode = ConstNode(span: span, value: .none)
        var valueNode: ExprNode?
        _ = withState(inner) {
            for (i, c) in clauses.enumerated() {
                compiled.append(ComprehensionClause(target: compileTarget(c.target),
                                                    iterable: i == 0 ? nil : compileExpr(c.iterable),
                                                    conditions: c.conditions.map { compileExpr($0) }))
            }
            elementNode = compileExpr(element)
            valueNode = value.map { compileExpr($0) }
            return StmtNode(span: span)
        }
        return ComprehensionNode(span: span, kind: kind, code: code, firstIterable: first, closureCells: cells,
                                 clauses: compiled, element: elementNode, value: valueNode)
    }

    func compileTarget(_ t: Expr) -> TargetNode {
        switch t.kind {
        case .name(let n):
            return store(n, t.span)
        case .attribute(let obj, let name, _):
            return AttributeTarget(span: t.span, object: compileExpr(obj), name: name)
        case .subscription(let obj, let index):
            return SubscriptTarget(span: t.span, object: compileExpr(obj), index: compileExpr(index))
        case .tuple(let items), .list(let items):
            var star: Int?
            let targets = items.enumerated().map { (i, item) -> TargetNode in
                if case .starred(let inner) = item.kind {
                    star = i
                    return compileTarget(inner)
                }
                return compileTarget(item)
            }
            return UnpackTarget(span: t.span, targets: targets, starIndex: star)
        default:
            issues.append(.syntax("cannot assign to expression", t.span))
            return TargetNode(span: t.span)
        }
    }
}
