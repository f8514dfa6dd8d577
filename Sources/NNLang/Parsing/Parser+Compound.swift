/// Compound statements: if, while, for, try, with, def, class, decorators.
extension Parser {
    /// if_stmt: 'if' named_expression ':' block ('elif' named_expression ':' block)* ['else' ':' block]
    mutating func parseIf() throws(Abort) -> Stmt {
        let start = advance()
        let test = try parseNamedExpression()
        let body = try parseBlock(after: "'\(start.kind == .kwElif ? "elif" : "if")' statement on line \(lineOf(start))")
        var orElse: [Stmt] = []
        if check(.kwElif) {
            orElse = [try parseIf()]
        } else if check(.kwElse) {
            let e = advance()
            orElse = try parseBlock(after: "'else' statement on line \(lineOf(e))")
        }
        return Stmt(span: spanFrom(start), kind: .ifElse(test, body, orElse))
    }

    /// while_stmt: 'while' named_expression ':' block ['else' ':' block]
    mutating func parseWhile() throws(Abort) -> Stmt {
        let start = advance()
        let test = try parseNamedExpression()
        let body = try parseBlock(after: "'while' statement on line \(lineOf(start))")
        var orElse: [Stmt] = []
        if check(.kwElse) {
            let e = advance()
            orElse = try parseBlock(after: "'else' statement on line \(lineOf(e))")
        }
        return Stmt(span: spanFrom(start), kind: .whileLoop(test, body, orElse))
    }

    /// for_stmt: 'for' star_targets 'in' star_expressions ':' block ['else' ':' block]
    mutating func parseFor() throws(Abort) -> Stmt {
        let start = advance()
        let target = try parseTargetList()
        try checkTarget(target, deleting: false)
        try expect(.kwIn, "expected 'in'")
        let iterable = try parseStarExpressions()
        let header = SourceSpan(start.start, check(.colon) ? current.end : lastEnd)
        let body = try parseBlock(after: "'for' statement on line \(lineOf(start))")
        var orElse: [Stmt] = []
        if check(.kwElse) {
            let e = advance()
            orElse = try parseBlock(after: "'else' statement on line \(lineOf(e))")
        }
        return Stmt(span: spanFrom(start), kind: .forLoop(target, iterable, body, orElse, header: header))
    }

    /// try_stmt: 'try' ':' block (except_block+ ['else' ':' block] ['finally' ':' block] | 'finally' ':' block)
    /// except_block: 'except' [expression ['as' NAME]] ':' block
    mutating func parseTry() throws(Abort) -> Stmt {
        let start = advance()
        let body = try parseBlock(after: "'try' statement on line \(lineOf(start))")
        var handlers: [ExceptHandler] = []
        while check(.kwExcept) {
            let e = advance()
            var type: Expr?, name: String?
            if !check(.colon) {
                type = try parseExpression()
                if check(.comma) {
                    throw fail("multiple exception types must be parenthesized")
                }
                if match(.kwAs) { name = try expect(.name, "expected a name after 'as'").name }
            }
            let headerSpan = SourceSpan(e.start, check(.colon) ? current.end : lastEnd)
            let handlerBody = try parseBlock(after: "'except' statement on line \(lineOf(e))")
            handlers.append(ExceptHandler(type: type, name: name, body: handlerBody, span: headerSpan))
        }
        var orElse: [Stmt] = [], finally: [Stmt] = []
        var sawFinally = false
        if check(.kwElse) {
            let e = advance()
            if handlers.isEmpty { throw fail("expected 'except' or 'finally' block", at: e.span) }
            orElse = try parseBlock(after: "'else' statement on line \(lineOf(e))")
        }
        if check(.kwFinally) {
            let f = advance()
            sawFinally = true
            finally = try parseBlock(after: "'finally' statement on line \(lineOf(f))")
        }
        if handlers.isEmpty && !sawFinally {
            throw fail("expected 'except' or 'finally' block")
        }
        return Stmt(span: spanFrom(start), kind: .tryExcept(TryStmt(body: body, handlers: handlers, orElse: orElse, finally: finally)))
    }

    /// with_stmt: 'with' ','.with_item+ ':' block
    /// with_item: expression ['as' star_target]
    mutating func parseWith() throws(Abort) -> Stmt {
        let start = advance()
        var items: [WithItem] = []
        let parenthesized = check(.lparen) && withHasParenthesizedItems()
        if parenthesized { advance() }
        repeat {
            if parenthesized && check(.rparen) { break }
            let context = try parseExpression()
            var target: Expr?
            if match(.kwAs) {
                let t = try parseBitOr()
                try checkTarget(t, deleting: false)
                target = t
            }
            items.append(WithItem(context: context, target: target))
        } while match(.comma)
        if parenthesized { try expect(.rparen, "expected ')'") }
        let body = try parseBlock(after: "'with' statement on line \(lineOf(start))")
        return Stmt(span: spanFrom(start), kind: .with(items, body))
    }

    /// Whether `with (` opens a parenthesized list of items (`with (a as b, c):`) rather than
    /// a parenthesized expression: true when an `as` appears at depth 1.
    func withHasParenthesizedItems() -> Bool {
        var level = 0
        var i = index
        while i < tokens.count {
            switch tokens[i].kind {
            case .lparen, .lbracket, .lbrace: level += 1
            case .rparen, .rbracket, .rbrace:
                level -= 1
                if level == 0 { return false }
            case .kwAs: if level == 1 { return true }
            case .newline, .eof: return false
            default: break
            }
            i += 1
        }
        return false
    }

    /// decorated: ('@' named_expression NEWLINE)+ (function_def | class_def)
    mutating func parseDecorated() throws(Abort) -> Stmt {
        var decorators: [Expr] = []
        while match(.at) {
            decorators.append(try parseNamedExpression())
            try expect(.newline, "expected a new line after the decorator")
        }
        if check(.kwDef) { return try parseFunctionDef(decorators: decorators) }
        if check(.kwClass) { return try parseClassDef(decorators: decorators) }
        throw fail("expected 'def' or 'class' after a decorator")
    }

    /// function_def: 'def' NAME '(' [params] ')' ['->' expression] ':' block
    mutating func parseFunctionDef(decorators: [Expr]) throws(Abort) -> Stmt {
        let start = advance()
        let name = try expect(.name, "expected a function name after 'def'")
        try expect(.lparen, "expected '('")
        let params = try parseParameters(closing: .rparen)
        try expect(.rparen, "expected ')'")
        if match(.arrow) { _ = try parseExpression() }
        let body = try parseBlock(after: "function definition on line \(lineOf(start))")
        let def = FunctionDef(name: name.name, nameSpan: name.span, parameters: params, body: body,
                              decorators: decorators, docstring: docstring(of: body))
        return Stmt(span: spanFrom(start), kind: .function(def))
    }

    /// class_def: 'class' NAME ['(' [arguments] ')'] ':' block
    mutating func parseClassDef(decorators: [Expr]) throws(Abort) -> Stmt {
        let start = advance()
        let name = try expect(.name, "expected a class name after 'class'")
        var bases: [Expr] = []
        if match(.lparen) {
            while !check(.rparen) {
                if check(.name) && peekKind(1) == .assign {
                    throw fail("class keyword arguments (metaclasses) are not supported in nn")
                }
                bases.append(try parseExpression())
                if !match(.comma) { break }
            }
            try expect(.rparen, "expected ')'")
        }
        let body = try parseBlock(after: "class definition on line \(lineOf(start))")
        let def = ClassDef(name: name.name, nameSpan: name.span, bases: bases, body: body,
                           decorators: decorators, docstring: docstring(of: body))
        return Stmt(span: spanFrom(start), kind: .classDef(def))
    }

    /// The docstring of a body: its first statement when that is a string literal.
    func docstring(of body: [Stmt]) -> String? {
        guard let first = body.first, case .expr(let e, _) = first.kind,
              case .constant(.string(let s)) = e.kind else { return nil }
        return s
    }

    /// params: param (',' param)* with '/' and '*' markers, defaults and annotations:
    /// `a, b=1, /, c, *args, d, e=2, **kw`
    mutating func parseParameters(closing: TokenKind) throws(Abort) -> Parameters {
        var params = Parameters()
        var seenDefault = false
        var keywordOnly = false
        var seen = Set<String>()
        while !check(closing) {
            let t = current
            if match(.slash) {
                if params.items.isEmpty || keywordOnly { throw fail("invalid syntax", at: t.span) }
                for i in params.items.indices { params.items[i].kind = .positionalOnly }
            } else if match(.doubleStar) {
                let name = try expect(.name, "expected a parameter name after '**'")
                if closing == .rparen, match(.colon) { _ = try parseExpression() }
                params.items.append(Parameter(name: name.name, kind: .varKeywords, defaultValue: nil, span: name.span))
                if !seen.insert(name.name).inserted { throw fail("duplicate argument '\(name.name)' in function definition", at: name.span) }
                _ = match(.comma)
                if !check(closing) { throw fail("arguments cannot follow var-keyword argument") }
                break
            } else if match(.star) {
                if keywordOnly { throw fail("* argument may appear only once", at: t.span) }
                keywordOnly = true
                if check(.name) {
                    let name = advance()
                    if closing == .rparen, match(.colon) { _ = try parseExpression() }
                    if !seen.insert(name.name).inserted { throw fail("duplicate argument '\(name.name)' in function definition", at: name.span) }
                    params.items.append(Parameter(name: name.name, kind: .varArgs, defaultValue: nil, span: name.span))
                } else if check(closing) || (check(.comma) && peekKind(1) == closing) {
                    throw fail("named arguments must follow bare *", at: t.span)
                }
            } else {
                let name = try expect(.name, "expected a parameter name")
                if closing == .rparen, match(.colon) { _ = try parseExpression() }
                var defaultValue: Expr?
                if match(.assign) {
                    defaultValue = try parseExpression()
                    if !keywordOnly { seenDefault = true }
                } else if seenDefault && !keywordOnly {
                    throw fail("non-default argument follows default argument", at: name.span)
                }
                if !seen.insert(name.name).inserted { throw fail("duplicate argument '\(name.name)' in function definition", at: name.span) }
                params.items.append(Parameter(name: name.name, kind: keywordOnly ? .keywordOnly : .normal,
                                              defaultValue: defaultValue, span: name.span))
            }
            if !match(.comma) { break }
        }
        return params
    }
}
