/// Atoms: names, literals, strings and f-strings, parenthesized forms, displays, comprehensions.
extension Parser {
    /// atom: NAME | 'True' | 'False' | 'None' | '...' | NUMBER | strings
    ///     | (tuple | group | genexp) | (list | listcomp) | (dict | set | dictcomp | setcomp)
    mutating func parseAtom() throws(Abort) -> Expr {
        let t = current
        switch t.kind {
        case .name:
            if t.name == "yield" {
                throw fail("'yield' is not supported: nn has no generator functions (build a list instead)")
            }
            advance()
            return Expr(span: t.span, kind: .name(t.name))
        case .int:
            advance()
            if case .int(let v) = t.value { return Expr(span: t.span, kind: .constant(.int(v))) }
            return Expr(span: t.span, kind: .constant(.int(0)))
        case .float:
            advance()
            if case .float(let v) = t.value { return Expr(span: t.span, kind: .constant(.float(v))) }
            return Expr(span: t.span, kind: .constant(.float(0)))
        case .kwTrue: advance(); return Expr(span: t.span, kind: .constant(.bool(true)))
        case .kwFalse: advance(); return Expr(span: t.span, kind: .constant(.bool(false)))
        case .kwNone: advance(); return Expr(span: t.span, kind: .constant(.none))
        case .ellipsis: advance(); return Expr(span: t.span, kind: .constant(.ellipsis))
        case .string, .fstring: return try parseStrings()
        case .lparen: return try parseParenthesized()
        case .lbracket: return try parseListDisplay()
        case .lbrace: return try parseBraceDisplay()
        case .error:
            throw Abort()
        case .indent:
            throw fail("unexpected indent", kind: "IndentationError")
        case .newline, .eof:
            throw fail("invalid syntax")
        default:
            if t.kind.isKeyword {
                throw fail("invalid syntax ('\(TokenKind.spelling[t.kind] ?? "")' is a keyword)")
            }
            throw fail("invalid syntax")
        }
    }

    /// strings: (STRING | FSTRING)+ — adjacent literals join into one.
    mutating func parseStrings() throws(Abort) -> Expr {
        let start = current
        var pieces: [FPiece] = []
        var plain = true
        while check(.string) || check(.fstring) {
            let t = advance()
            switch t.value {
            case .string(let s):
                pieces.append(.text(s))
            case .fstring(let parts):
                plain = false
                pieces.append(contentsOf: try convertFString(parts))
            default: break
            }
        }
        if plain {
            var text = ""
            for case .text(let s) in pieces { text += s }
            return Expr(span: spanFrom(start), kind: .constant(.string(text)))
        }
        return Expr(span: spanFrom(start), kind: .fstring(pieces))
    }

    /// Parses the expressions of f-string fields (each from its own byte range).
    mutating func convertFString(_ parts: [FStringPart]) throws(Abort) -> [FPiece] {
        var pieces: [FPiece] = []
        for part in parts {
            switch part {
            case .text(let s):
                pieces.append(.text(s))
            case .field(let field):
                var sub = Parser(source: source, range: field.exprStart..<field.exprEnd)
                sub.depth = depth
                var expr: Expr?
                do {
                    let e = try sub.parseStarExpressions()
                    if !sub.check(.eof) { throw sub.fail("f-string: invalid syntax") }
                    expr = e
                } catch {}
                issues.append(contentsOf: sub.issues)
                guard let expr else { throw Abort() }
                let spec = try field.spec.map { (s) throws(Abort) -> [FPiece] in try convertFString(s) }
                pieces.append(.field(expr, debug: field.debugText, conversion: field.conversion, spec: spec))
            }
        }
        return pieces
    }

    /// group: '(' (yield_expr | named_expression) ')'
    /// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
    /// genexp: '(' named_expression for_if_clauses ')'
    mutating func parseParenthesized() throws(Abort) -> Expr {
        let open = advance()
        try enter()
        defer { leave() }
        if match(.rparen) { return Expr(span: spanFrom(open), kind: .tuple([])) }
        let first = try parseStarExpression()
        if check(.kwFor) {
            let clauses = try parseComprehensionClauses()
            try expect(.rparen, "expected ')'")
            return Expr(span: spanFrom(open), kind: .generator(first, clauses))
        }
        if match(.rparen) {
            if case .starred = first.kind { throw fail("cannot use starred expression here", at: first.span) }
            return first
        }
        var items = [first]
        while match(.comma) {
            if check(.rparen) { break }
            items.append(try parseStarExpression())
        }
        try expect(.rparen, "expected ')'")
        return Expr(span: spanFrom(open), kind: .tuple(items))
    }

    /// list: '[' [star_named_expressions] ']'   listcomp: '[' named_expression for_if_clauses ']'
    mutating func parseListDisplay() throws(Abort) -> Expr {
        let open = advance()
        try enter()
        defer { leave() }
        if match(.rbracket) { return Expr(span: spanFrom(open), kind: .list([])) }
        let first = try parseStarExpression()
        if check(.kwFor) {
            let clauses = try parseComprehensionClauses()
            try expect(.rbracket, "expected ']'")
            return Expr(span: spanFrom(open), kind: .listComp(first, clauses))
        }
        var items = [first]
        while match(.comma) {
            if check(.rbracket) { break }
            items.append(try parseStarExpression())
        }
        try expect(.rbracket, "expected ']'")
        return Expr(span: spanFrom(open), kind: .list(items))
    }

    /// dict: '{' [kvpair (',' kvpair)*] '}'   set: '{' star_named_expressions '}'
    /// dictcomp: '{' kvpair for_if_clauses '}'   setcomp: '{' named_expression for_if_clauses '}'
    mutating func parseBraceDisplay() throws(Abort) -> Expr {
        let open = advance()
        try enter()
        defer { leave() }
        if match(.rbrace) { return Expr(span: spanFrom(open), kind: .dict([])) }
        if match(.doubleStar) {
            var items: [DictItem] = [.unpack(try parseBitOr())]
            try parseDictRest(&items)
            return Expr(span: spanFrom(open), kind: .dict(items))
        }
        let first = try parseStarExpression()
        if match(.colon) {
            let value = try parseExpression()
            if check(.kwFor) {
                let clauses = try parseComprehensionClauses()
                try expect(.rbrace, "expected '}'")
                return Expr(span: spanFrom(open), kind: .dictComp(first, value, clauses))
            }
            var items: [DictItem] = [.pair(first, value)]
            try parseDictRest(&items)
            return Expr(span: spanFrom(open), kind: .dict(items))
        }
        if check(.kwFor) {
            let clauses = try parseComprehensionClauses()
            try expect(.rbrace, "expected '}'")
            return Expr(span: spanFrom(open), kind: .setComp(first, clauses))
        }
        var items = [first]
        while match(.comma) {
            if check(.rbrace) { break }
            items.append(try parseStarExpression())
        }
        try expect(.rbrace, "expected '}'")
        return Expr(span: spanFrom(open), kind: .set(items))
    }

    /// The `, key: value` / `, **mapping` entries after a dict's first entry, and the `}`.
    mutating func parseDictRest(_ items: inout [DictItem]) throws(Abort) {
        while match(.comma) {
            if check(.rbrace) { break }
            if match(.doubleStar) {
                items.append(.unpack(try parseBitOr()))
            } else {
                let key = try parseExpression()
                try expect(.colon, "expected ':' after a dict key")
                items.append(.pair(key, try parseExpression()))
            }
        }
        try expect(.rbrace, "expected '}'")
    }

    /// for_if_clauses: ('for' star_targets 'in' disjunction ('if' disjunction)*)+
    mutating func parseComprehensionClauses() throws(Abort) -> [Comprehension] {
        var clauses: [Comprehension] = []
        while match(.kwFor) {
            let target = try parseTargetList()
            try checkTarget(target, deleting: false)
            try expect(.kwIn, "expected 'in'")
            let iterable = try parseDisjunction()
            var conditions: [Expr] = []
            while match(.kwIf) { conditions.append(try parseDisjunction()) }
            clauses.append(Comprehension(target: target, iterable: iterable, conditions: conditions))
        }
        return clauses
    }

    /// star_targets: star_target (',' star_target)* [','] — stops before `in` and `=`.
    mutating func parseTargetList() throws(Abort) -> Expr {
        let first = try parseTarget()
        guard check(.comma) else { return first }
        var items = [first]
        while match(.comma) {
            if check(.kwIn) || check(.assign) { break }
            items.append(try parseTarget())
        }
        return Expr(span: spanFrom(first), kind: .tuple(items))
    }

    /// star_target: '*' bitwise_or | bitwise_or
    mutating func parseTarget() throws(Abort) -> Expr {
        if check(.star) {
            let star = advance()
            let inner = try parseBitOr()
            return Expr(span: spanFrom(star), kind: .starred(inner))
        }
        return try parseBitOr()
    }
}
