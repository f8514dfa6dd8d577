/// Definitions: `def`, `lambda`, `class`, and zero-argument `super()`.

/// Creates a function object: evaluates defaults now, captures the cells it closes over.
struct FunctionMaker {
    let code: FunctionCode
    /// Default expressions by slot.
    let defaults: [(slot: Int, node: ExprNode)]
    /// For each free variable of the new function: the cell index in the defining frame.
    let closureCells: [Int]

    func make(_ f: Frame) throws(ScriptError) -> FunctionObject {
        var values = [Value?](repeating: nil, count: code.signature.slotCount)
        for (slot, node) in defaults { values[slot] = try node.eval(f) }
        var closure: [Cell] = []
        if !closureCells.isEmpty, let cells = f.cells {
            closure.reserveCapacity(closureCells.count)
            for i in closureCells { closure.append(cells[i]) }
        }
        return FunctionObject(code: code, defaults: values, closure: closure)
    }
}

/// `def name(...): ...` with decorators.
final class FunctionDefNode: StmtNode {
    let maker: FunctionMaker
    let decorators: [ExprNode]
    let target: TargetNode

    init(span: SourceSpan, maker: FunctionMaker, decorators: [ExprNode], target: TargetNode) {
        self.maker = maker
        self.decorators = decorators
        self.target = target
        super.init(span: span)
    }

    override func exec(_ f: Frame) throws(ScriptError) -> Flow {
        var decorated: [Value] = []
        for d in decorators { decorated.append(try d.eval(f)) }
        var v = Value.function(try maker.make(f))
        for (i, d) in decorated.enumerated().reversed() {
            do { v = try f.rt.call(d, v) } catch { throw f.rt.traceCall(error, f.code.file, decorators[i].span) }
        }
        try target.assign(v, f)
        return .normal
    }
}

/// `lambda params: body`.
final class LambdaNode: ExprNode {
    let maker: FunctionMaker

    init(span: SourceSpan, maker: FunctionMaker) {
        self.maker = maker
        super.init(span: span)
    }

    override func eval(_ f: Frame) throws(ScriptError) -> Value { .function(try maker.make(f)) }
}

/// `class Name(bases): body` with decorators.
final class ClassDefNode: StmtNode {
    let name: String
    let body: FunctionCode
    let bases: [ExprNode]
    let closureCells: [Int]
    let decorators: [ExprNode]
    let target: TargetNode
    let doc: String?

    init(span: SourceSpan, name: String, body: FunctionCode, bases: [ExprNode], closureCells: [Int],
         decorators: [ExprNode], target: TargetNode, doc: String?) {
        self.name = name
        self.body = body
        self.bases = bases
        self.closureCells = closureCells
        self.decorators = decorators
        self.target = target
        self.doc = doc
        super.init(span: span)
    }

    override func exec(_ f: Frame) throws(ScriptError) -> Flow {
        let rt = f.rt
        var decorated: [Value] = []
        for d in decorators { decorated.append(try d.eval(f)) }
        var baseClasses: [ClassObject] = []
        for b in bases {
            let v = try b.eval(f)
            guard case .type(let c) = v else {
                throw ScriptError.typeError("a class can only derive from classes, not from '\(v.typeName)'").locate(f.code.file, b.span)
            }
            guard c.subclassable, c.kind != .builtin || c === BuiltinTypes.shared.object else {
                throw ScriptError.typeError("nn classes cannot derive from the built-in type '\(c.name)'").locate(f.code.file, b.span)
            }
            baseClasses.append(c)
        }
        if baseClasses.isEmpty { baseClasses = [BuiltinTypes.shared.object] }
        let namespace = DictObject()
        var cells = ContiguousArray<Cell>()
        for _ in body.cellSeeds { cells.append(Cell()) }
        if let outer = f.cells { for i in closureCells { cells.append(outer[i]) } }
        do {
            try rt.runBody(body, first: .dict(namespace), cells: &cells)
        } catch {
            if error.pendingFunction == nil { error.pendingFunction = name }
            throw rt.traceCall(error, f.code.file, span)
        }
        let cls = ClassObject(name: name, module: "__main__", kind: .user, bases: baseClasses, doc: doc)
        guard cls.mro.count > 1 else {
            throw ScriptError.typeError("Cannot create a consistent method resolution order (MRO) for bases "
                + baseClasses.map(\.name).joined(separator: ", ")).locate(f.code.file, span)
        }
        for e in namespace.entries {
            guard case .str(let key) = e.key else { continue }
            if key.value == "__doc__" || key.value == "__module__" || key.value == "__qualname__" { continue }
            cls.define(key.value, e.value)
        }
        if !body.cellSeeds.isEmpty { cells[0].value = .type(cls) }
        rt.classEpoch &+= 1
        var v = Value.type(cls)
        for (i, d) in decorated.enumerated().reversed() {
            do { v = try rt.call(d, v) } catch { throw rt.traceCall(error, f.code.file, decorators[i].span) }
        }
        try target.assign(v, f)
        return .normal
    }
}

/// `super()` with no arguments inside a method: the class from the `__class__` cell and the
/// method's first argument.
final class SuperNode: ExprNode {
    let classCell: Int
    let firstArgument: ExprNode?

    init(span: SourceSpan, classCell: Int, firstArgument: ExprNode?) {
        self.classCell = classCell
        self.firstArgument = firstArgument
        super.init(span: span)
    }

    override func eval(_ f: Frame) throws(ScriptError) -> Value {
        guard let first = firstArgument else {
            throw ScriptError.runtimeError("super(): no arguments").locate(f.code.file, span)
        }
        let receiver = try first.eval(f)
        guard let cells = f.cells, case .type(let cls) = cells[classCell].value else {
            throw ScriptError.runtimeError("super(): __class__ cell not found").locate(f.code.file, span)
        }
        return .native(SuperObject(start: cls, receiver: receiver))
    }
}

extension Runtime {
    /// Runs a class body or a top-level statement: a frame of `code.frameSize` slots whose
    /// first slot is `first`, with the given cells.
    func runBody(_ code: FunctionCode, first: Value?, cells: inout ContiguousArray<Cell>) throws(ScriptError) {
        let base = top
        try reserve(code.frameSize + 1)
        if let first { push(first) }
        while top < base + code.frameSize { push(Unbound.value) }
        try enterCall()
        defer {
            leaveCall()
            pop(to: base)
        }
        if cells.isEmpty {
            _ = try run(code, Frame(slots: stack + base, cells: nil, code: code))
            return
        }
        _ = try cells.withUnsafeMutableBufferPointer { (buf) throws(ScriptError) -> Value in
            try run(code, Frame(slots: stack + base, cells: buf.baseAddress, code: code))
        }
    }
}
