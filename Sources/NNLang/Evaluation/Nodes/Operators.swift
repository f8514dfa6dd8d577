/// Arithmetic, comparison and boolean operators, with int and float fast paths inline.

/// `a op b`.
final class BinaryNode: ExprNode {
    let op: BinaryOp
    let left: ExprNode
    let right: ExprNode

    init(span: SourceSpan, op: BinaryOp, left: ExprNode, right: ExprNode) {
        self.op = op
        self.left = left
        self.right = right
        super.init(span: span)
    }

    override func eval(_ f: Frame) throws(ScriptError) -> Value {
        let a = try left.eval(f)
        let b = try right.eval(f)
        do {
            switch (a, b) {
            case (.int(let x), .int(let y)):
                if let r = try Arithmetic.int(op, x, y) { return r }
            case (.float(let x), .float(let y)):
                if let r = try Arithmetic.float(op, x, y) { return r }
            case (.float(let x), .int(let y)):
                if let r = try Arithmetic.float(op, x, Double(y)) { return r }
            case (.int(let x), .float(let y)):
                if let r = try Arithmetic.float(op, Double(x), y) { return r }
            default:
                break
            }
            return try f.rt.binary(op, a, b)
        } catch {
            throw error.locate(f.code.file, span)
        }
    }
}

/// `a + b` (the most common operator gets its own node).
final class AddNode: ExprNode {
    let left: ExprNode
    let right: ExprNode

    init(span: SourceSpan, left: ExprNode, right: ExprNode) {
        self.left = left
        self.right = right
        super.init(span: span)
    }

    override func eval(_ f: Frame) throws(ScriptError) -> Value {
        let a = try left.eval(f)
        let b = try right.eval(f)
        switch (a, b) {
        case (.int(let x), .int(let y)):
            let (r, o) = x.addingReportingOverflow(y)
            if !o { return .int(r) }
        case (.float(let x), .float(let y)): return .float(x + y)
        case (.float(let x), .int(let y)): return .float(x + Double(y))
        case (.int(let x), .float(let y)): return .float(Double(x) + y)
        default: break
        }
        do { return try f.rt.binary(.add, a, b) } catch { throw error.locate(f.code.file, span) }
    }
}

/// `-a`, `+a`, `~a`.
final class UnaryNode: ExprNode {
    let op: UnaryOperator
    let operand: ExprNode

    init(span: SourceSpan, op: UnaryOperator, operand: ExprNode) {
        self.op = op
        self.operand = operand
        super.init(span: span)
    }

    override func eval(_ f: Frame) throws(ScriptError) -> Value {
        let v = try operand.eval(f)
        if op == .negate {
            if case .float(let d) = v { return .float(-d) }
            if case .int(let i) = v, i != Int.min { return .int(-i) }
        }
        do { return try f.rt.unary(op, v) } catch { throw error.locate(f.code.file, span) }
    }
}

/// `not a`.
final class NotNode: ExprNode {
    let operand: ExprNode

    init(span: SourceSpan, operand: ExprNode) {
        self.operand = operand
        super.init(span: span)
    }

    override func eval(_ f: Frame) throws(ScriptError) -> Value { .bool(!(try operand.evalCondition(f))) }

    override func evalCondition(_ f: Frame) throws(ScriptError) -> Bool { !(try operand.evalCondition(f)) }
}

/// `a and b and …`: the first falsy operand, or the last.
final class AndNode: ExprNode {
    let items: [ExprNode]

    init(span: SourceSpan, items: [ExprNode]) {
        self.items = items
        super.init(span: span)
    }

    override func eval(_ f: Frame) throws(ScriptError) -> Value {
        var v = Value.none
        for (i, item) in items.enumerated() {
            v = try item.eval(f)
            if i < items.count - 1 {
                let t: Bool
                do { t = try f.rt.truthy(v) } catch { throw error.locate(f.code.file, item.span) }
                if !t { return v }
            }
        }
        return v
    }

    override func evalCondition(_ f: Frame) throws(ScriptError) -> Bool {
        for item in items where !(try item.evalCondition(f)) { return false }
        return true
    }
}

/// `a or b or …`: the first truthy operand, or the last.
final class OrNode: ExprNode {
    let items: [ExprNode]

    init(span: SourceSpan, items: [ExprNode]) {
        self.items = items
        super.init(span: span)
    }

    override func eval(_ f: Frame) throws(ScriptError) -> Value {
        var v = Value.none
        for (i, item) in items.enumerated() {
            v = try item.eval(f)
            if i < items.count - 1 {
                let t: Bool
                do { t = try f.rt.truthy(v) } catch { throw error.locate(f.code.file, item.span) }
                if t { return v }
            }
        }
        return v
    }

    override func evalCondition(_ f: Frame) throws(ScriptError) -> Bool {
        for item in items where try item.evalCondition(f) { return true }
        return false
    }
}

/// `a if test else b`.
final class IfExpNode: ExprNode {
    let test: ExprNode
    let then: ExprNode
    let orElse: ExprNode

    init(span: SourceSpan, test: ExprNode, then: ExprNode, orElse: ExprNode) {
        self.test = test
        self.then = then
        self.orElse = orElse
        super.init(span: span)
    }

    override func eval(_ f: Frame) throws(ScriptError) -> Value {
        try test.evalCondition(f) ? try then.eval(f) : try orElse.eval(f)
    }
}

/// `a op b` for one comparison operator.
final class CompareNode: ExprNode {
    let op: CompareOp
    let left: ExprNode
    let right: ExprNode

    init(span: SourceSpan, op: CompareOp, left: ExprNode, right: ExprNode) {
        self.op = op
        self.left = left
        self.right = right
        super.init(span: span)
    }

    /// Int and float comparisons without boxing; nil when the operands need the runtime.
    @inline(__always)
    static func fast(_ op: CompareOp, _ a: Value, _ b: Value) -> Bool? {
        switch (a, b) {
        case (.int(let x), .int(let y)):
            switch op {
            case .lt: return x < y
            case .le: return x <= y
            case .gt: return x > y
            case .ge: return x >= y
            case .eq: return x == y
            case .ne: return x != y
            default: return nil
            }
        case (.float(let x), .float(let y)):
            switch op {
            case .lt: return x < y
            case .le: return x <= y
            case .gt: return x > y
            case .ge: return x >= y
            case .eq: return x == y
            case .ne: return x != y
            default: return nil
            }
        case (.float(let x), .int(let y)) where Double(y).magnitude < 9007199254740992:
            return fast(op, .float(x), .float(Double(y)))
        case (.int(let x), .float(let y)) where Double(x).magnitude < 9007199254740992:
            return fast(op, .float(Double(x)), .float(y))
        default:
            return nil
        }
    }

    override func eval(_ f: Frame) throws(ScriptError) -> Value {
        let a = try left.eval(f)
        let b = try right.eval(f)
        if let r = CompareNode.fast(op, a, b) { return .bool(r) }
        do { return try f.rt.compare(op, a, b) } catch { throw error.locate(f.code.file, span) }
    }

    override func evalCondition(_ f: Frame) throws(ScriptError) -> Bool {
        let a = try left.eval(f)
        let b = try right.eval(f)
        if let r = CompareNode.fast(op, a, b) { return r }
        do { return try f.rt.truthy(f.rt.compare(op, a, b)) } catch { throw error.locate(f.code.file, span) }
    }
}

/// `a < b < c …`: each operand evaluated once, stopping at the first false link.
final class ChainCompareNode: ExprNode {
    let first: ExprNode
    let steps: [(CompareOp, ExprNode)]

    init(span: SourceSpan, first: ExprNode, steps: [(CompareOp, ExprNode)]) {
        self.first = first
        self.steps = steps
        super.init(span: span)
    }

    override func eval(_ f: Frame) throws(ScriptError) -> Value {
        var a = try first.eval(f)
        var result = Value.bool(true)
        for (op, node) in steps {
            let b = try node.eval(f)
            do {
                result = try f.rt.compare(op, a, b)
                if !(try f.rt.truthy(result)) { return result }
            } catch {
                throw error.locate(f.code.file, span)
            }
            a = b
        }
        return result
    }
}
