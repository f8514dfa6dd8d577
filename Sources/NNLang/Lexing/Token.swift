/// What kind of token the lexer produced.
enum TokenKind: UInt8, Sendable {
    case name, int, float, string, fstring
    case newline, indent, dedent, eof
    /// A token the lexer could not make sense of; its error is already reported.
    case error

    // Brackets and punctuation.
    case lparen, rparen, lbracket, rbracket, lbrace, rbrace
    case colon, comma, semicolon, dot, ellipsis, arrow, at, assign, walrus

    // Operators.
    case plus, minus, star, slash, doubleSlash, percent, doubleStar, tilde
    case amp, pipe, caret, lshift, rshift
    case eq, ne, lt, gt, le, ge

    // Augmented assignment.
    case plusEq, minusEq, starEq, slashEq, doubleSlashEq, percentEq, doubleStarEq, atEq
    case ampEq, pipeEq, caretEq, lshiftEq, rshiftEq

    // Keywords.
    case kwAnd, kwAs, kwAssert, kwBreak, kwClass, kwContinue, kwDef, kwDel, kwElif, kwElse
    case kwExcept, kwFalse, kwFinally, kwFor, kwFrom, kwGlobal, kwIf, kwImport, kwIn, kwIs
    case kwLambda, kwNone, kwNonlocal, kwNot, kwOr, kwPass, kwRaise, kwReturn, kwTrue, kwTry
    case kwWhile, kwWith

    /// The keyword for each reserved word (LANGUAGE.md, "Lexical structure").
    static let keywords: [String: TokenKind] = [
        "and": .kwAnd, "as": .kwAs, "assert": .kwAssert, "break": .kwBreak, "class": .kwClass,
        "continue": .kwContinue, "def": .kwDef, "del": .kwDel, "elif": .kwElif, "else": .kwElse,
        "except": .kwExcept, "False": .kwFalse, "finally": .kwFinally, "for": .kwFor,
        "from": .kwFrom, "global": .kwGlobal, "if": .kwIf, "import": .kwImport, "in": .kwIn,
        "is": .kwIs, "lambda": .kwLambda, "None": .kwNone, "nonlocal": .kwNonlocal, "not": .kwNot,
        "or": .kwOr, "pass": .kwPass, "raise": .kwRaise, "return": .kwReturn, "True": .kwTrue,
        "try": .kwTry, "while": .kwWhile, "with": .kwWith,
    ]

    /// How the token reads in an error message ("')'", "end of line", "name").
    var described: String {
        switch self {
        case .name: return "name"
        case .int, .float: return "number"
        case .string, .fstring: return "string"
        case .newline: return "end of line"
        case .indent: return "indent"
        case .dedent: return "dedent"
        case .eof: return "end of input"
        case .error: return "invalid token"
        default:
            if let text = TokenKind.spelling[self] { return "'\(text)'" }
            return "\(self)"
        }
    }

    /// The source text of each punctuation, operator and keyword token.
    static let spelling: [TokenKind: String] = {
        var table: [TokenKind: String] = [
            .lparen: "(", .rparen: ")", .lbracket: "[", .rbracket: "]", .lbrace: "{", .rbrace: "}",
            .colon: ":", .comma: ",", .semicolon: ";", .dot: ".", .ellipsis: "...", .arrow: "->",
            .at: "@", .assign: "=", .walrus: ":=", .plus: "+", .minus: "-", .star: "*",
            .slash: "/", .doubleSlash: "//", .percent: "%", .doubleStar: "**", .tilde: "~",
            .amp: "&", .pipe: "|", .caret: "^", .lshift: "<<", .rshift: ">>", .eq: "==",
            .ne: "!=", .lt: "<", .gt: ">", .le: "<=", .ge: ">=", .plusEq: "+=", .minusEq: "-=",
            .starEq: "*=", .slashEq: "/=", .doubleSlashEq: "//=", .percentEq: "%=",
            .doubleStarEq: "**=", .atEq: "@=", .ampEq: "&=", .pipeEq: "|=", .caretEq: "^=",
            .lshiftEq: "<<=", .rshiftEq: ">>=",
        ]
        for (word, kind) in keywords { table[kind] = word }
        return table
    }()

    /// Whether this is a keyword token.
    var isKeyword: Bool { rawValue >= TokenKind.kwAnd.rawValue }
}

/// The decoded value a literal or name token carries.
enum TokenValue: Sendable {
    case none
    case name(String)
    case int(Int)
    case float(Double)
    case string(String)
    case fstring([FStringPart])
}

/// One piece of an f-string literal: literal text or a replacement field.
enum FStringPart: Sendable {
    case text(String)
    case field(FStringField)
}

/// A `{expr!c:spec}` field of an f-string, with the expression's byte range in the file.
struct FStringField: Sendable {
    /// Byte offsets of the expression text.
    var exprStart: Int
    var exprEnd: Int
    /// For `{x=}`: the text shown before the value (`"x="`, spaces kept).
    var debugText: String?
    /// `r`, `s` or `a` after `!`.
    var conversion: UInt8?
    /// The format spec after `:`, itself literal text and nested fields.
    var spec: [FStringPart]?
}

/// A token: its kind, its byte span in the source, and its decoded value.
struct Token: Sendable {
    var kind: TokenKind
    var start: Int
    var end: Int
    var value: TokenValue = .none

    /// The token's span.
    var span: SourceSpan { SourceSpan(start, end) }

    /// The identifier text of a name token ("" for other tokens).
    var name: String {
        if case .name(let s) = value { return s }
        return ""
    }
}
