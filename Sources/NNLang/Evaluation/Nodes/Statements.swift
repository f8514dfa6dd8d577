/// Simple statements and control flow: expression statements, assignment, `if`, `while`,
/// `for`, `return`, `break`, `continue`, `del`.

/// An expression statement (its value is dropped).
final class ExprStmtNode: StmtNode {
    let expr: ExprNode

    init(span: SourceSpan, expr: ExprNode) {
        self.expr = expr
        super.init(span: span)
    }

    override func exec(_ f: Frame) throws(ScriptError) -> Flow {
        _ = try expr.eval(f)
        return .normal
    }
}

/// A top-level expression statement: a value other than None (and other than a figure or
/// axes, `NativeObject.showsAtTopLevel`) is shown with its repr.
final class ShowExprNode: StmtNode {
    let expr: ExprNode

    init(span: SourceSpan, expr: ExprNode) {
        self.expr = expr
        super.init(span: span)
    }

    override func exec(_ f: Frame) throws(ScriptError) -> Flow {
        let v = try expr.eval(f)
        switch v {
        case .none: return .normal
        case .native(let n) where !n.showsAtTopLevel: return .normal
        default: break
        }
        f.rt.lastShown = v
        do { try f.rt.show(v) } catch { throw error.locate(f.code.file, expr.span) }
        return .normal
    }
}

/// `target = value` (or `t1 = t2 = value`).
final class AssignNode: StmtNode {
    let target: TargetNode
    /// More targets of `a = b = value` (assigned after `target`).
    let more: NodeList<TargetNode>
    let value: ExprNode

    init(span: SourceSpan, targets: [TargetNode], value: ExprNode) {
        self.target = targets.first ?? TargetNode(span: span)
        self.more = NodeList(Array(targets.dropFirst()))
        self.value = value
        super.init(span: span)
    }

    override func exec(_ f: Frame) throws(ScriptError) -> Flow {
        let v = try value.eval(f)
        try target.assign(v, f)
        var i = 0
        while i < more.count {
            try more.with(i) { (t) throws(ScriptError) in try t.assign(v, f) }
            i += 1
        }
        return .normal
    }
}

/// `x op= value` for a variable: `load` reads it, `target` writes it.
final class AugAssignNode: StmtNode {
    let op: BinaryOp
    let load: ExprNode
    let target: TargetNode
    let value: ExprNode

    init(span: SourceSpan, op: BinaryOp, load: ExprNode, target: TargetNode, value: ExprNode) {
        self.op = op
        self.load = load
        self.target = target
        self.value = value
        super.init(span: span)
    }

    override func exec(_ f: Frame) throws(ScriptError) -> Flow {
        let a = try load.eval(f)
        let b = try value.eval(f)
        var r: Value?
        switch (a, b) {
        case (.int(let x), .int(let y)) where op == .add:
            let (s, o) = x.addingReportingOverflow(y)
            if !o { r = .int(s) }
        case (.float(let x), .float(let y)):
            if op == .add { r = .float(x + y) } else if op == .sub { r = .float(x - y) } else if op == .mul { r = .float(x * y) }
        default:
            break
        }
        if r == nil {
            do { r = try f.rt.inPlace(op, a, b) } catch { throw error.locate(f.code.file, span) }
        }
        try target.assign(r ?? .none, f)
        return .normal
    }
}

/// `obj.name op= value` (the object is evaluated once).
final class AugAttributeNode: StmtNode {
    let op: BinaryOp
    let object: ExprNode
    let name: String
    let value: ExprNode
    private let cache = SlotCache()

    init(span: SourceSpan, op: BinaryOp, object: ExprNode, name: String, value: ExprNode) {
        self.op = op
        self.object = object
        self.name = name
        self.value = value
        super.init(span: span)
    }

    override func exec(_ f: Frame) throws(ScriptError) -> Flow {
        let o = try object.eval(f)
        if case .instance(let inst) = o, inst.native == nil, inst.cls.kind == .user {
            let slot = f.runtime._withUnsafeGuaranteedRef { cache.readSlot(inst.cls, name, $0) }
            if slot >= 0, let a = inst.slot(slot) {
                let b = try value.eval(f)
                switch (a, b) {
                case (.float(let x), .float(let y)) where op == .add:
                    inst.setSlot(slot, .float(x + y))
                default:
                    do { inst.setSlot(slot, try f.rt.inPlace(op, a, b)) } catch { throw error.locate(f.code.file, span) }
                }
                return .normal
            }
        }
        do {
            let a = try f.rt.getAttribute(o, name)
            let b = try value.eval(f)
            try f.rt.setAttribute(o, name, try f.rt.inPlace(op, a, b))
        } catch {
            throw error.locate(f.code.file, span)
        }
        return .normal
    }
}

/// `obj[i] op= value` (object and index are evaluated once).
final class AugSubscriptNode: StmtNode {
    let op: BinaryOp
    let object: ExprNode
    let index: ExprNode
    let value: ExprNode

    init(span: SourceSpan, op: BinaryOp, object: ExprNode, index: ExprNode, value: ExprNode) {
        self.op = op
        self.object = object
        self.index = index
        self.value = value
        super.init(span: span)
    }

    override func exec(_ f: Frame) throws(ScriptError) -> Flow {
        let o = try object.eval(f)
        let i = try index.eval(f)
        do {
            let a = try f.rt.getItem(o, i)
            let b = try value.eval(f)
            try f.rt.setItem(o, i, try f.rt.inPlace(op, a, b))
        } catch {
            throw error.locate(f.code.file, span)
        }
        return .normal
    }
}

/// `if test: body else: orElse`.
final class IfNode: StmtNode {
    let test: ExprNode
    let body: StmtNode
    let orElse: StmtNode?

    init(span: SourceSpan, test: ExprNode, body: StmtNode, orElse: StmtNode?) {
        self.test = test
        self.body = body
        self.orElse = orElse
        super.init(span: span)
    }

    override func exec(_ f: Frame) throws(ScriptError) -> Flow {
        if try test.evalCondition(f) { return try body.exec(f) }
        if let orElse { return try orElse.exec(f) }
        return .normal
    }
}

/// `return [value]`.
final class ReturnNode: StmtNode {
    /// The returned expression (a `None` constant for a bare `return`).
    let value: ExprNode

    init(span: SourceSpan, value: ExprNode?) {
        self.value = value ?? ConstNode(span: span, value: .none)
        super.init(span: span)
    }

    override func exec(_ f: Frame) throws(ScriptError) -> Flow {
        let v = try value.eval(f)
        f.runtime._withUnsafeGuaranteedRef { $0.returnValue = v }
        return .returned
    }
}

/// `break`.
final class BreakNode: StmtNode {
    override func exec(_ f: Frame) throws(ScriptError) -> Flow { .breakLoop }
}

/// `continue`.
final class ContinueNode: StmtNode {
    override func exec(_ f: Frame) throws(ScriptError) -> Flow { .continueLoop }
}

/// `del a, b[i], c.x`.
final class DeleteNode: StmtNode {
    let targets: [TargetNode]

    init(span: SourceSpan, targets: [TargetNode]) {
        self.targets = targets
        super.init(span: span)
    }

    override func exec(_ f: Frame) throws(ScriptError) -> Flow {
        for t in targets { try t.delete(f) }
        return .normal
    }
}

/// `name := value`.
final class WalrusNode: ExprNode {
    let target: TargetNode
    let value: ExprNode

    init(span: SourceSpan, target: TargetNode, value: ExprNode) {
        self.target = target
        self.value = value
        super.init(span: span)
    }

    override func eval(_ f: Frame) throws(ScriptError) -> Value {
        let v = try value.eval(f)
        try target.assign(v, f)
        return v
    }
}

extension Runtime {
    /// Shows a value the way a top-level expression statement does: its repr and a newline.
    public func show(_ value: Value) throws(ScriptError) {
        write(try repr(value) + "\n")
    }
}
