/// An expression of the parse tree, with the byte span it covers.
struct Expr: Sendable {
    var span: SourceSpan
    var kind: Kind

    /// What the expression is.
    indirect enum Kind: Sendable {
        case name(String)
        case constant(Constant)
        /// An f-string (possibly joined with adjacent plain strings).
        case fstring([FPiece])
        case unary(UnaryOp, Expr)
        case binary(BinaryOp, Expr, Expr)
        /// `a and b and c` (`isAnd`) or `a or b or c`.
        case boolean(isAnd: Bool, [Expr])
        /// `a < b <= c`: the first operand and each (operator, operand) pair.
        case compare(Expr, [CompareStep])
        case ifElse(test: Expr, then: Expr, orElse: Expr)
        case lambda(Parameters, Expr)
        case call(Expr, [Argument])
        /// `obj.name`; `nameSpan` covers the attribute name.
        case attribute(Expr, String, nameSpan: SourceSpan)
        case subscription(Expr, Expr)
        /// `lower:upper:step` inside a subscript.
        case slice(Expr?, Expr?, Expr?)
        case starred(Expr)
        case tuple([Expr])
        case list([Expr])
        case set([Expr])
        case dict([DictItem])
        case listComp(Expr, [Comprehension])
        case setComp(Expr, [Comprehension])
        case dictComp(Expr, Expr, [Comprehension])
        case generator(Expr, [Comprehension])
        /// `name := value`.
        case walrus(String, Expr)
    }
}

/// A literal constant.
enum Constant: Sendable {
    case none, ellipsis
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
}

/// A piece of an f-string: text, or a replacement field.
enum FPiece: Sendable {
    case text(String)
    case field(Expr, debug: String?, conversion: UInt8?, spec: [FPiece]?)
}

/// The unary operators.
enum UnaryOp: Sendable {
    case negate, plus, invert, not

    /// The operator as written in messages.
    var symbol: String {
        switch self {
        case .negate: return "-"
        case .plus: return "+"
        case .invert: return "~"
        case .not: return "not"
        }
    }
}

/// The binary arithmetic and bitwise operators.
public enum BinaryOp: UInt8, Sendable, CaseIterable {
    case add, sub, mul, div, floorDiv, mod, pow, matmul
    case lshift, rshift, and, or, xor

    /// The operator as written (`+`, `//`, `@`).
    public var symbol: String {
        switch self {
        case .add: return "+"
        case .sub: return "-"
        case .mul: return "*"
        case .div: return "/"
        case .floorDiv: return "//"
        case .mod: return "%"
        case .pow: return "**"
        case .matmul: return "@"
        case .lshift: return "<<"
        case .rshift: return ">>"
        case .and: return "&"
        case .or: return "|"
        case .xor: return "^"
        }
    }

    /// The special method name (`__add__`); the reflected one is `__r…`, in-place `__i…`.
    public var dunder: String {
        switch self {
        case .add: return "add"
        case .sub: return "sub"
        case .mul: return "mul"
        case .div: return "truediv"
        case .floorDiv: return "floordiv"
        case .mod: return "mod"
        case .pow: return "pow"
        case .matmul: return "matmul"
        case .lshift: return "lshift"
        case .rshift: return "rshift"
        case .and: return "and"
        case .or: return "or"
        case .xor: return "xor"
        }
    }
}

/// The comparison operators.
public enum CompareOp: UInt8, Sendable {
    case eq, ne, lt, le, gt, ge, `in`, notIn, `is`, isNot

    /// The operator as written.
    public var symbol: String {
        switch self {
        case .eq: return "=="
        case .ne: return "!="
        case .lt: return "<"
        case .le: return "<="
        case .gt: return ">"
        case .ge: return ">="
        case .in: return "in"
        case .notIn: return "not in"
        case .is: return "is"
        case .isNot: return "is not"
        }
    }

    /// The operator with operands swapped (`a < b` is `b > a`), for reflected comparisons.
    public var swapped: CompareOp {
        switch self {
        case .lt: return .gt
        case .le: return .ge
        case .gt: return .lt
        case .ge: return .le
        default: return self
        }
    }
}

/// One `op operand` step of a comparison chain.
struct CompareStep: Sendable {
    var op: CompareOp
    var operand: Expr
}

/// A call argument.
enum Argument: Sendable {
    case positional(Expr)
    case starred(Expr)
    case keyword(String, Expr, nameSpan: SourceSpan)
    case doubleStarred(Expr)
}

/// An entry of a dict display.
enum DictItem: Sendable {
    case pair(Expr, Expr)
    case unpack(Expr)
}

/// One `for target in iterable [if cond]*` clause of a comprehension.
struct Comprehension: Sendable {
    var target: Expr
    var iterable: Expr
    var conditions: [Expr]
}

/// A function's parameter list.
struct Parameters: Sendable {
    var items: [Parameter] = []

    /// Names in order (for scope analysis).
    var names: [String] { items.map(\.name) }
}

/// One parameter of `def` or `lambda`.
struct Parameter: Sendable {
    enum Kind: Sendable { case positionalOnly, normal, varArgs, keywordOnly, varKeywords }
    var name: String
    var kind: Kind
    var defaultValue: Expr?
    var span: SourceSpan
}
