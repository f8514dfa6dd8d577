/// Simple statements: expressions, assignments, and the one-line keyword statements.
extension Parser {
    /// statement: compound_stmt | simple_stmts
    mutating func parseStatement() throws(Abort) -> [Stmt] {
        switch kind {
        case .kwIf: return [try parseIf()]
        case .kwWhile: return [try parseWhile()]
        case .kwFor: return [try parseFor()]
        case .kwTry: return [try parseTry()]
        case .kwWith: return [try parseWith()]
        case .kwDef: return [try parseFunctionDef(decorators: [])]
        case .kwClass: return [try parseClassDef(decorators: [])]
        case .at: return [try parseDecorated()]
        default: return try parseSimpleStatements()
        }
    }

    /// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
    mutating func parseSimpleStatements() throws(Abort) -> [Stmt] {
        var statements: [Stmt] = []
        while true {
            var stmt = try parseSimpleStatement()
            if check(.semicolon) {
                advance()
                if case .expr(let e, _) = stmt.kind, check(.newline) || check(.eof) {
                    stmt.kind = .expr(e, hidden: true)
                }
                statements.append(stmt)
                if check(.newline) || check(.eof) { break }
                continue
            }
            statements.append(stmt)
            break
        }
        if !match(.newline) && !check(.eof) {
            throw fail(check(.assign) ? "invalid syntax. Maybe you meant '==' or ':=' instead of '='?" : "invalid syntax")
        }
        return statements
    }

    /// simple_stmt: assignment | star_expressions | return | import | raise | pass | del
    ///            | yield | assert | break | continue | global | nonlocal
    mutating func parseSimpleStatement() throws(Abort) -> Stmt {
        let start = current
        switch kind {
        case .kwPass: advance(); return Stmt(span: start.span, kind: .pass)
        case .kwBreak: advance(); return Stmt(span: start.span, kind: .breakLoop)
        case .kwContinue: advance(); return Stmt(span: start.span, kind: .continueLoop)
        case .kwReturn:
            advance()
            let value = atStatementEnd ? nil : try parseStarExpressions()
            return Stmt(span: spanFrom(start), kind: .returnValue(value))
        case .kwRaise:
            advance()
            var exc: Expr?, cause: Expr?
            if !atStatementEnd {
                exc = try parseExpression()
                if match(.kwFrom) { cause = try parseExpression() }
            }
            return Stmt(span: spanFrom(start), kind: .raise(exc, cause: cause))
        case .kwAssert:
            advance()
            let test = try parseExpression()
            let message = match(.comma) ? try parseExpression() : nil
            return Stmt(span: spanFrom(start), kind: .assert(test, message))
        case .kwDel:
            advance()
            var targets: [Expr] = []
            repeat {
                if atStatementEnd { break }
                let t = try parseBitOr()
                try checkTarget(t, deleting: true)
                targets.append(t)
            } while match(.comma)
            if targets.isEmpty { throw fail("invalid syntax") }
            return Stmt(span: spanFrom(start), kind: .delete(targets))
        case .kwGlobal, .kwNonlocal:
            advance()
            var names: [String] = []
            repeat {
                names.append(try expect(.name, "expected a name").name)
            } while match(.comma)
            return Stmt(span: spanFrom(start), kind: start.kind == .kwGlobal ? .global(names) : .nonlocal(names))
        case .kwImport: return try parseImport()
        case .kwFrom: return try parseFromImport()
        case .name where current.name == "yield":
            throw fail("'yield' is not supported: nn has no generator functions (build a list instead)")
        case .kwElse, .kwElif, .kwExcept, .kwFinally:
            throw fail("invalid syntax ('\(TokenKind.spelling[kind] ?? "")' without a matching statement before it)")
        default:
            return try parseExpressionStatement()
        }
    }

    /// Whether the current token ends a simple statement.
    var atStatementEnd: Bool { check(.newline) || check(.semicolon) || check(.eof) }

    /// The span from `start` to the end of the previous token.
    func spanFrom(_ start: Token) -> SourceSpan { SourceSpan(start.start, max(start.end, lastEnd)) }

    /// The span from an expression's start to the end of the previous token.
    func spanFrom(_ start: Expr) -> SourceSpan { SourceSpan(Int(start.span.start), max(Int(start.span.end), lastEnd)) }

    /// expression_stmt: star_expressions
    ///   | (star_targets '=')+ (star_expressions)
    ///   | single_target augassign star_expressions
    ///   | single_target ':' expression ['=' star_expressions]
    mutating func parseExpressionStatement() throws(Abort) -> Stmt {
        let first = try parseStarExpressions()
        if let op = augmentedOperator(kind) {
            let opToken = advance()
            try checkAugmentedTarget(first, op: opToken)
            let value = try parseStarExpressions()
            return Stmt(span: spanFrom(first), kind: .augAssign(first, op, value))
        }
        if check(.colon) {
            advance()
            try checkAnnotatedTarget(first)
            _ = try parseExpression()
            var value: Expr?
            if match(.assign) { value = try parseStarExpressions() }
            if let value {
                return Stmt(span: spanFrom(first), kind: .assign([first], value))
            }
            return Stmt(span: spanFrom(first), kind: .annAssign(first, nil))
        }
        guard check(.assign) else {
            return Stmt(span: first.span, kind: .expr(first, hidden: false))
        }
        var targets = [first]
        var value = first
        while match(.assign) {
            value = try parseStarExpressions()
            targets.append(value)
        }
        targets.removeLast()
        for t in targets { try checkTarget(t, deleting: false) }
        return Stmt(span: spanFrom(first), kind: .assign(targets, value))
    }

    /// The binary operator of an augmented assignment token, if it is one.
    func augmentedOperator(_ k: TokenKind) -> BinaryOp? {
        switch k {
        case .plusEq: return .add
        case .minusEq: return .sub
        case .starEq: return .mul
        case .slashEq: return .div
        case .doubleSlashEq: return .floorDiv
        case .percentEq: return .mod
        case .doubleStarEq: return .pow
        case .atEq: return .matmul
        case .ampEq: return .and
        case .pipeEq: return .or
        case .caretEq: return .xor
        case .lshiftEq: return .lshift
        case .rshiftEq: return .rshift
        default: return nil
        }
    }

    /// import_name: 'import' dotted_as_names
    mutating func parseImport() throws(Abort) -> Stmt {
        let start = advance()
        var names: [ImportName] = []
        repeat {
            let (name, span) = try parseDottedName()
            var alias: String?
            if match(.kwAs) { alias = try expect(.name, "expected a name after 'as'").name }
            names.append(ImportName(name: name, alias: alias, span: span))
        } while match(.comma)
        return Stmt(span: spanFrom(start), kind: .importModules(names))
    }

    /// import_from: 'from' dotted_name 'import' ('*' | '(' import_as_names ')' | import_as_names)
    mutating func parseFromImport() throws(Abort) -> Stmt {
        let start = advance()
        if check(.dot) || check(.ellipsis) {
            throw fail("relative imports are not supported: nn has no packages")
        }
        let (module, moduleSpan) = try parseDottedName()
        try expect(.kwImport, "expected 'import'")
        var names: [ImportName] = []
        if match(.star) {
            return Stmt(span: spanFrom(start), kind: .importFrom(module: module, names: [], moduleSpan: moduleSpan))
        }
        let parenthesized = match(.lparen)
        repeat {
            if parenthesized && check(.rparen) { break }
            let t = try expect(.name, "expected a name to import")
            var alias: String?
            if match(.kwAs) { alias = try expect(.name, "expected a name after 'as'").name }
            names.append(ImportName(name: t.name, alias: alias, span: t.span))
        } while match(.comma)
        if parenthesized { try expect(.rparen, "expected ')'") }
        if names.isEmpty { throw fail("expected a name to import") }
        return Stmt(span: spanFrom(start), kind: .importFrom(module: module, names: names, moduleSpan: moduleSpan))
    }

    /// dotted_name: NAME ('.' NAME)*
    mutating func parseDottedName() throws(Abort) -> (String, SourceSpan) {
        let first = try expect(.name, "expected a module name")
        var name = first.name
        while match(.dot) {
            name += "." + (try expect(.name, "expected a name after '.'").name)
        }
        return (name, spanFrom(first))
    }
}
