/// Expressions from the lowest precedence up to unary operators and `**`.
extension Parser {
    /// Binary operator precedence, loosest first (LANGUAGE.md, "Expressions"):
    /// `|`, `^`, `&`, `<< >>`, `+ -`, `* / // % @`.
    static let binaryLevels: [[(TokenKind, BinaryOp)]] = [
        [(.pipe, .or)],
        [(.caret, .xor)],
        [(.amp, .and)],
        [(.lshift, .lshift), (.rshift, .rshift)],
        [(.plus, .add), (.minus, .sub)],
        [(.star, .mul), (.slash, .div), (.doubleSlash, .floorDiv), (.percent, .mod), (.at, .matmul)],
    ]

    /// star_expressions: star_expression (',' star_expression)* [','] — a tuple when a comma appears.
    mutating func parseStarExpressions() throws(Abort) -> Expr {
        let first = try parseStarExpression()
        guard check(.comma) else { return first }
        var items = [first]
        while match(.comma) {
            if !startsExpression { break }
            items.append(try parseStarExpression())
        }
        return Expr(span: spanFrom(first), kind: .tuple(items))
    }

    /// star_expression: '*' bitwise_or | named_expression
    mutating func parseStarExpression() throws(Abort) -> Expr {
        if check(.star) {
            let star = advance()
            let operand = try parseBitOr()
            return Expr(span: spanFrom(star), kind: .starred(operand))
        }
        return try parseNamedExpression()
    }

    /// Whether the current token can begin an expression (to allow trailing commas).
    var startsExpression: Bool {
        switch kind {
        case .name, .int, .float, .string, .fstring, .lparen, .lbracket, .lbrace, .minus, .plus,
             .tilde, .kwNot, .kwLambda, .kwNone, .kwTrue, .kwFalse, .ellipsis, .star, .error:
            return true
        default:
            return false
        }
    }

    /// named_expression: NAME ':=' expression | expression
    mutating func parseNamedExpression() throws(Abort) -> Expr {
        if check(.name) && peekKind(1) == .walrus {
            let name = advance()
            advance()
            let value = try parseExpression()
            return Expr(span: spanFrom(name), kind: .walrus(name.name, value))
        }
        return try parseExpression()
    }

    /// expression: disjunction ['if' disjunction 'else' expression] | lambdef
    mutating func parseExpression() throws(Abort) -> Expr {
        try enter()
        defer { leave() }
        if check(.kwLambda) { return try parseLambda() }
        let body = try parseDisjunction()
        guard check(.kwIf) else { return body }
        advance()
        let test = try parseDisjunction()
        try expect(.kwElse, "expected 'else' after 'if' expression")
        let orElse = try parseExpression()
        return Expr(span: spanFrom(body), kind: .ifElse(test: test, then: body, orElse: orElse))
    }

    /// lambdef: 'lambda' [params] ':' expression
    mutating func parseLambda() throws(Abort) -> Expr {
        let start = advance()
        let params = try parseParameters(closing: .colon)
        try expect(.colon, "expected ':' after lambda parameters")
        let body = try parseExpression()
        return Expr(span: spanFrom(start), kind: .lambda(params, body))
    }

    /// disjunction: conjunction ('or' conjunction)*
    mutating func parseDisjunction() throws(Abort) -> Expr {
        let first = try parseConjunction()
        guard check(.kwOr) else { return first }
        var items = [first]
        while match(.kwOr) { items.append(try parseConjunction()) }
        return Expr(span: spanFrom(first), kind: .boolean(isAnd: false, items))
    }

    /// conjunction: inversion ('and' inversion)*
    mutating func parseConjunction() throws(Abort) -> Expr {
        let first = try parseInversion()
        guard check(.kwAnd) else { return first }
        var items = [first]
        while match(.kwAnd) { items.append(try parseInversion()) }
        return Expr(span: spanFrom(first), kind: .boolean(isAnd: true, items))
    }

    /// inversion: 'not' inversion | comparison
    mutating func parseInversion() throws(Abort) -> Expr {
        if check(.kwNot) {
            let start = advance()
            try enter()
            defer { leave() }
            let operand = try parseInversion()
            return Expr(span: spanFrom(start), kind: .unary(.not, operand))
        }
        return try parseComparison()
    }

    /// comparison: bitwise_or (compare_op bitwise_or)*
    mutating func parseComparison() throws(Abort) -> Expr {
        let first = try parseBitOr()
        var steps: [CompareStep] = []
        while let op = compareOperator() {
            steps.append(CompareStep(op: op, operand: try parseBitOr()))
        }
        if steps.isEmpty { return first }
        return Expr(span: spanFrom(first), kind: .compare(first, steps))
    }

    /// Consumes a comparison operator (`==`, `not in`, `is not`, …) if one is next.
    mutating func compareOperator() -> CompareOp? {
        switch kind {
        case .eq: advance(); return .eq
        case .ne: advance(); return .ne
        case .lt: advance(); return .lt
        case .le: advance(); return .le
        case .gt: advance(); return .gt
        case .ge: advance(); return .ge
        case .kwIn: advance(); return .in
        case .kwNot where peekKind(1) == .kwIn: advance(); advance(); return .notIn
        case .kwIs:
            advance()
            return match(.kwNot) ? .isNot : .is
        default: return nil
        }
    }

    /// bitwise_or … term: left-associative binary operators by `binaryLevels`.
    mutating func parseBitOr() throws(Abort) -> Expr {
        try parseBinary(level: 0)
    }

    mutating func parseBinary(level: Int) throws(Abort) -> Expr {
        if level == Parser.binaryLevels.count { return try parseFactor() }
        var left = try parseBinary(level: level + 1)
        let ops = Parser.binaryLevels[level]
        while let op = ops.first(where: { $0.0 == kind }) {
            advance()
            let right = try parseBinary(level: level + 1)
            left = Expr(span: left.span.through(right.span), kind: .binary(op.1, left, right))
        }
        return left
    }

    /// factor: ('+' | '-' | '~') factor | power
    mutating func parseFactor() throws(Abort) -> Expr {
        let op: UnaryOp
        switch kind {
        case .minus: op = .negate
        case .plus: op = .plus
        case .tilde: op = .invert
        default: return try parsePower()
        }
        let start = advance()
        try enter()
        defer { leave() }
        let operand = try parseFactor()
        // Fold `-5` into a constant so `-9223372036854775807` and friends stay literals.
        if op == .negate, case .constant(let c) = operand.kind {
            if case .int(let v) = c, v != Int.min { return Expr(span: spanFrom(start), kind: .constant(.int(-v))) }
            if case .float(let v) = c { return Expr(span: spanFrom(start), kind: .constant(.float(-v))) }
        }
        return Expr(span: spanFrom(start), kind: .unary(op, operand))
    }

    /// power: primary ['**' factor]
    mutating func parsePower() throws(Abort) -> Expr {
        let base = try parsePrimary()
        guard check(.doubleStar) else { return base }
        advance()
        try enter()
        defer { leave() }
        let exponent = try parseFactor()
        return Expr(span: base.span.through(exponent.span), kind: .binary(.pow, base, exponent))
    }

    /// primary: atom ('.' NAME | '(' [arguments] ')' | '[' slices ']')*
    mutating func parsePrimary() throws(Abort) -> Expr {
        var expr = try parseAtom()
        while true {
            switch kind {
            case .dot:
                advance()
                let name = try expect(.name, "expected an attribute name after '.'")
                expr = Expr(span: spanFrom(expr), kind: .attribute(expr, name.name, nameSpan: name.span))
            case .lparen:
                advance()
                let args = try parseArguments()
                try expect(.rparen, "expected ')' after arguments")
                expr = Expr(span: spanFrom(expr), kind: .call(expr, args))
            case .lbracket:
                advance()
                let index = try parseSlices()
                try expect(.rbracket, "expected ']'")
                expr = Expr(span: spanFrom(expr), kind: .subscription(expr, index))
            default:
                return expr
            }
        }
    }

    /// arguments: (positional | '*' expression | NAME '=' expression | '**' expression) (',' …)*
    /// A lone generator expression is allowed without its own parentheses: `sum(x for x in xs)`.
    mutating func parseArguments() throws(Abort) -> [Argument] {
        var args: [Argument] = []
        var sawKeyword = false, sawDoubleStar = false
        while !check(.rparen) {
            let t = current
            if match(.star) {
                if sawDoubleStar { throw fail("iterable argument unpacking follows keyword argument unpacking", at: t.span) }
                args.append(.starred(try parseExpression()))
            } else if match(.doubleStar) {
                sawDoubleStar = true
                args.append(.doubleStarred(try parseExpression()))
            } else if check(.name) && peekKind(1) == .assign {
                let name = advance()
                advance()
                sawKeyword = true
                args.append(.keyword(name.name, try parseExpression(), nameSpan: name.span))
            } else {
                let value = try parseNamedExpression()
                if check(.kwFor) {
                    let clauses = try parseComprehensionClauses()
                    let gen = Expr(span: spanFrom(value), kind: .generator(value, clauses))
                    if !args.isEmpty || check(.comma) && peekKind(1) != .rparen {
                        throw fail("Generator expression must be parenthesized", at: gen.span)
                    }
                    args.append(.positional(gen))
                } else {
                    if check(.assign) {
                        throw fail("expression cannot contain assignment, perhaps you meant \"==\"?", at: value.span)
                    }
                    if sawDoubleStar { throw fail("positional argument follows keyword argument unpacking", at: value.span) }
                    if sawKeyword { throw fail("positional argument follows keyword argument", at: value.span) }
                    args.append(.positional(value))
                }
            }
            if !match(.comma) { break }
        }
        return args
    }

    /// slices: slice | ','.slice+ [','] — a tuple when a comma appears.
    mutating func parseSlices() throws(Abort) -> Expr {
        let first = try parseSlice()
        guard check(.comma) else { return first }
        var items = [first]
        while match(.comma) {
            if check(.rbracket) { break }
            items.append(try parseSlice())
        }
        return Expr(span: spanFrom(first), kind: .tuple(items))
    }

    /// slice: [expression] ':' [expression] [':' [expression]] | star_expression
    mutating func parseSlice() throws(Abort) -> Expr {
        let start = current
        var lower: Expr?
        if !check(.colon) {
            let e = try parseStarExpression()
            if !check(.colon) { return e }
            lower = e
        }
        advance()
        var upper: Expr?, step: Expr?
        if !check(.colon) && !check(.comma) && !check(.rbracket) { upper = try parseExpression() }
        if match(.colon) {
            if !check(.comma) && !check(.rbracket) { step = try parseExpression() }
        }
        return Expr(span: spanFrom(start), kind: .slice(lower, upper, step))
    }
}
