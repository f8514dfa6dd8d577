/// Checks that expressions used as assignment, `for`, `with` and `del` targets can be targets.
extension Parser {
    /// What an expression is called in "cannot assign to …" messages.
    func describeForTarget(_ e: Expr) -> String {
        switch e.kind {
        case .call: return "function call"
        case .constant(.none), .constant(.bool): return "\(describeConstant(e))"
        case .constant, .fstring: return "literal"
        case .binary, .unary: return "expression"
        case .boolean: return "expression"
        case .compare: return "comparison"
        case .ifElse: return "conditional expression"
        case .lambda: return "lambda"
        case .dict, .set: return e.kind.isDict ? "dict literal" : "set display"
        case .listComp: return "list comprehension"
        case .dictComp: return "dict comprehension"
        case .setComp: return "set comprehension"
        case .generator: return "generator expression"
        case .walrus: return "named expression"
        default: return "expression"
        }
    }

    func describeConstant(_ e: Expr) -> String {
        switch e.kind {
        case .constant(.none): return "None"
        case .constant(.bool(let b)): return b ? "True" : "False"
        default: return "literal"
        }
    }

    /// Throws unless `e` is a valid target; `deleting` for `del`.
    mutating func checkTarget(_ e: Expr, deleting: Bool) throws(Abort) {
        let verb = deleting ? "delete" : "assign to"
        switch e.kind {
        case .name, .attribute, .subscription:
            return
        case .tuple(let items), .list(let items):
            var starred = 0
            for item in items {
                if case .starred(let inner) = item.kind {
                    if deleting { throw fail("cannot delete starred", at: item.span) }
                    starred += 1
                    if starred > 1 { throw fail("multiple starred expressions in assignment", at: item.span) }
                    try checkTarget(inner, deleting: deleting)
                } else {
                    try checkTarget(item, deleting: deleting)
                }
            }
        case .starred:
            throw fail("starred assignment target must be in a list or tuple", at: e.span)
        default:
            throw fail("cannot \(verb) \(describeForTarget(e))", at: e.span)
        }
    }

    /// Throws unless `e` is a valid augmented-assignment target (a single name, attribute or item).
    mutating func checkAugmentedTarget(_ e: Expr, op: Token) throws(Abort) {
        switch e.kind {
        case .name, .attribute, .subscription: return
        case .tuple: throw fail("'tuple' is an illegal expression for augmented assignment", at: e.span)
        case .list: throw fail("'list' is an illegal expression for augmented assignment", at: e.span)
        default: throw fail("'\(describeForTarget(e))' is an illegal expression for augmented assignment", at: e.span)
        }
    }

    /// Throws unless `e` can carry an annotation (`x: int = 1`).
    mutating func checkAnnotatedTarget(_ e: Expr) throws(Abort) {
        switch e.kind {
        case .name, .attribute, .subscription: return
        case .tuple: throw fail("only single target (not tuple) can be annotated", at: e.span)
        case .list: throw fail("only single target (not list) can be annotated", at: e.span)
        default: throw fail("illegal target for annotation", at: e.span)
        }
    }
}

extension Expr.Kind {
    /// Whether this is a dict display.
    var isDict: Bool {
        if case .dict = self { return true }
        return false
    }
}
