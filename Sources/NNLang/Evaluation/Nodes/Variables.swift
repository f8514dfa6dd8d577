/// Reading and writing variables: local slots, cells, globals, class namespaces.

/// A constant.
final class ConstNode: ExprNode {
    let value: Value

    init(span: SourceSpan, value: Value) {
        self.value = value
        super.init(span: span)
    }

    override func eval(_ f: Frame) throws(ScriptError) -> Value { value }
}

/// A local variable in a slot.
final class LocalLoadNode: ExprNode {
    let slot: Int
    let name: String

    init(span: SourceSpan, slot: Int, name: String) {
        self.slot = slot
        self.name = name
        super.init(span: span)
    }

    override func eval(_ f: Frame) throws(ScriptError) -> Value {
        let v = f.slots[slot]
        if Unbound.isUnbound(v) {
            throw ScriptError(BuiltinTypes.shared.unboundLocalError,
                              "cannot access local variable '\(name)' where it is not associated with a value")
                .locate(f.code.file, span)
        }
        return v
    }
}

/// A variable shared with closures.
final class CellLoadNode: ExprNode {
    let index: Int
    let name: String
    let isFree: Bool

    init(span: SourceSpan, index: Int, name: String, isFree: Bool) {
        self.index = index
        self.name = name
        self.isFree = isFree
        super.init(span: span)
    }

    override func eval(_ f: Frame) throws(ScriptError) -> Value {
        guard let cells = f.cells else { throw ScriptError.runtimeError("internal error: no cells") }
        let v = cells[index].value
        if Unbound.isUnbound(v) {
            let e = isFree
                ? ScriptError.nameError("cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
                : ScriptError(BuiltinTypes.shared.unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
            throw e.locate(f.code.file, span)
        }
        return v
    }
}

/// A global (or built-in) variable, read through its cell.
final class GlobalLoadNode: ExprNode {
    let cell: GlobalCell

    init(span: SourceSpan, cell: GlobalCell) {
        self.cell = cell
        super.init(span: span)
    }

    override func eval(_ f: Frame) throws(ScriptError) -> Value {
        let v = cell.value
        if !Unbound.isUnbound(v) { return v }
        if let b = cell.builtin { return b }
        if let b = f.rt.builtin(cell.name) {
            cell.builtin = b
            return b
        }
        throw f.rt.nameError(cell.name, f).locate(f.code.file, span)
    }
}

/// A name read in a class body: the class namespace first, then globals and built-ins.
final class ClassNameLoadNode: ExprNode {
    let name: String
    let cell: GlobalCell

    init(span: SourceSpan, name: String, cell: GlobalCell) {
        self.name = name
        self.cell = cell
        super.init(span: span)
    }

    override func eval(_ f: Frame) throws(ScriptError) -> Value {
        if case .dict(let ns) = f.slots[0], let v = ns.getString(name) { return v }
        let v = cell.value
        if !Unbound.isUnbound(v) { return v }
        if let b = f.rt.builtin(name) { return b }
        throw f.rt.nameError(name, f).locate(f.code.file, span)
    }
}

/// Stores into a local slot.
final class LocalTarget: TargetNode {
    let slot: Int
    let name: String

    init(span: SourceSpan, slot: Int, name: String) {
        self.slot = slot
        self.name = name
        super.init(span: span)
    }

    override func assign(_ value: Value, _ f: Frame) throws(ScriptError) {
        f.slots[slot] = value
    }

    override func delete(_ f: Frame) throws(ScriptError) {
        if Unbound.isUnbound(f.slots[slot]) {
            throw ScriptError(BuiltinTypes.shared.unboundLocalError,
                              "cannot access local variable '\(name)' where it is not associated with a value")
                .locate(f.code.file, span)
        }
        f.slots[slot] = Unbound.value
    }
}

/// Stores into a cell.
final class CellTarget: TargetNode {
    let index: Int
    let name: String

    init(span: SourceSpan, index: Int, name: String) {
        self.index = index
        self.name = name
        super.init(span: span)
    }

    override func assign(_ value: Value, _ f: Frame) throws(ScriptError) {
        guard let cells = f.cells else { throw ScriptError.runtimeError("internal error: no cells") }
        cells[index].value = value
    }

    override func delete(_ f: Frame) throws(ScriptError) {
        guard let cells = f.cells else { throw ScriptError.runtimeError("internal error: no cells") }
        if Unbound.isUnbound(cells[index].value) {
            throw ScriptError.nameError("cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
                .locate(f.code.file, span)
        }
        cells[index].value = Unbound.value
    }
}

/// Stores into a global.
final class GlobalTarget: TargetNode {
    let cell: GlobalCell

    init(span: SourceSpan, cell: GlobalCell) {
        self.cell = cell
        super.init(span: span)
    }

    override func assign(_ value: Value, _ f: Frame) throws(ScriptError) {
        cell.value = value
    }

    override func delete(_ f: Frame) throws(ScriptError) {
        if Unbound.isUnbound(cell.value) {
            throw f.rt.nameError(cell.name, f).locate(f.code.file, span)
        }
        cell.value = Unbound.value
    }
}

/// Stores into the class namespace (names bound in a class body).
final class ClassNameTarget: TargetNode {
    let name: String

    init(span: SourceSpan, name: String) {
        self.name = name
        super.init(span: span)
    }

    override func assign(_ value: Value, _ f: Frame) throws(ScriptError) {
        if case .dict(let ns) = f.slots[0] { ns.setString(name, value) }
    }

    override func delete(_ f: Frame) throws(ScriptError) {
        if case .dict(let ns) = f.slots[0], ns.getString(name) != nil {
            _ = try ns.remove(.string(name), f.rt)
            return
        }
        throw f.rt.nameError(name, f).locate(f.code.file, span)
    }
}

/// Unpacks an iterable into several targets (`a, b = t`, `a, *rest = xs`).
final class UnpackTarget: TargetNode {
    let targets: [TargetNode]
    /// Position of the starred target, if any.
    let starIndex: Int?

    init(span: SourceSpan, targets: [TargetNode], starIndex: Int?) {
        self.targets = targets
        self.starIndex = starIndex
        super.init(span: span)
    }

    override func assign(_ value: Value, _ f: Frame) throws(ScriptError) {
        let n = targets.count
        if starIndex == nil, case .tuple(let items) = value, items.count == n {
            for i in 0..<n { try targets[i].assign(items[i], f) }
            return
        }
        let items: [Value]
        do throws(ScriptError) {
            switch value {
            case .tuple(let t): items = t
            case .list(let l): items = l.items
            case .str, .dict, .set, .range, .iterator, .native, .instance: items = try f.rt.toArray(value)
            default: throw ScriptError.typeError("cannot unpack non-iterable \(value.typeName) object")
            }
        } catch {
            throw error.locate(f.code.file, span)
        }
        if let star = starIndex {
            let after = n - star - 1
            guard items.count >= n - 1 else {
                throw ScriptError.valueError("not enough values to unpack (expected at least \(n - 1), got \(items.count))")
                    .locate(f.code.file, span)
            }
            for i in 0..<star { try targets[i].assign(items[i], f) }
            try targets[star].assign(.list(ListObject(Array(items[star..<(items.count - after)]))), f)
            for i in 0..<after { try targets[star + 1 + i].assign(items[items.count - after + i], f) }
            return
        }
        if items.count > n {
            throw ScriptError.valueError("too many values to unpack (expected \(n))").locate(f.code.file, span)
        }
        if items.count < n {
            throw ScriptError.valueError("not enough values to unpack (expected \(n), got \(items.count))").locate(f.code.file, span)
        }
        for i in 0..<n { try targets[i].assign(items[i], f) }
    }

    override func delete(_ f: Frame) throws(ScriptError) {
        for t in targets { try t.delete(f) }
    }
}

extension Runtime {
    /// NameError for an undefined name, with a suggestion from the function's locals, then
    /// the globals, then the built-ins.
    func nameError(_ name: String, _ f: Frame) -> ScriptError {
        let e = ScriptError.nameError("name '\(name)' is not defined")
        var locals: [String] = []
        for (i, n) in f.code.slotNames.enumerated() where i < f.code.frameSize && !n.hasPrefix(".") {
            if !Unbound.isUnbound(f.slots[i]) { locals.append(n) }
        }
        let stages = [locals, globalNames, builtinOrder]
        for candidates in stages {
            if let close = Suggestions.closest(to: name, in: candidates) {
                e.hint = "did you mean '\(close)'?"
                break
            }
        }
        return e
    }
}
