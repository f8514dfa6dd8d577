/// Fused nodes for the most common shapes of loop and recursion code: a local variable
/// compared with or combined with an int constant (`n < 2`, `n - 1`, `i + 1`). Each saves
/// two node evaluations; every other case falls back to the general operators.

/// `local op constant` for a comparison.
final class LocalConstCompareNode: ExprNode {
    let slot: Int
    let name: String
    let op: CompareOp
    let constant: Int
    /// The general form, for anything but an int or float local.
    let general: CompareNode

    init(general: CompareNode, slot: Int, name: String, constant: Int) {
        self.slot = slot
        self.name = name
        self.op = general.op
        self.constant = constant
        self.general = general
        super.init(span: general.span)
    }

    @inline(__always)
    func test(_ x: Int) -> Bool {
        switch op {
        case .lt: return x < constant
        case .le: return x <= constant
        case .gt: return x > constant
        case .ge: return x >= constant
        case .eq: return x == constant
        default: return x != constant
        }
    }

    override func eval(_ f: Frame) throws(ScriptError) -> Value {
        if case .int(let x) = f.slots[slot] { return .bool(test(x)) }
        return try general.eval(f)
    }

    override func evalCondition(_ f: Frame) throws(ScriptError) -> Bool {
        if case .int(let x) = f.slots[slot] { return test(x) }
        return try general.evalCondition(f)
    }
}

/// `local + constant`, `local - constant`, `local * constant` on ints.
final class LocalConstArithmeticNode: ExprNode {
    let slot: Int
    let op: BinaryOp
    let constant: Int
    let general: ExprNode

    init(general: ExprNode, slot: Int, op: BinaryOp, constant: Int) {
        self.slot = slot
        self.op = op
        self.constant = constant
        self.general = general
        super.init(span: general.span)
    }

    override func eval(_ f: Frame) throws(ScriptError) -> Value {
        if case .int(let x) = f.slots[slot] {
            switch op {
            case .add:
                let (r, o) = x.addingReportingOverflow(constant)
                if !o { return .int(r) }
            case .sub:
                let (r, o) = x.subtractingReportingOverflow(constant)
                if !o { return .int(r) }
            default:
                let (r, o) = x.multipliedReportingOverflow(by: constant)
                if !o { return .int(r) }
            }
        }
        return try general.eval(f)
    }
}

extension Compiler {
    /// The fused form of a comparison or arithmetic node, when its shape allows one.
    func fused(_ node: ExprNode) -> ExprNode {
        if let c = node as? CompareNode, [.lt, .le, .gt, .ge, .eq, .ne].contains(c.op),
           let local = c.left as? LocalLoadNode, let k = c.right as? ConstNode, case .int(let value) = k.value {
            return LocalConstCompareNode(general: c, slot: local.slot, name: local.name, constant: value)
        }
        if let b = node as? BinaryNode, [.sub, .mul].contains(b.op),
           let local = b.left as? LocalLoadNode, let k = b.right as? ConstNode, case .int(let value) = k.value {
            return LocalConstArithmeticNode(general: b, slot: local.slot, op: b.op, constant: value)
        }
        if let a = node as? AddNode, let local = a.left as? LocalLoadNode, let k = a.right as? ConstNode,
           case .int(let value) = k.value {
            return LocalConstArithmeticNode(general: a, slot: local.slot, op: .add, constant: value)
        }
        return node
    }
}
