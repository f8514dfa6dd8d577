/// List, set and dict comprehensions (run at once in their own frame) and generator
/// expressions (lazy: their frame lives on the heap and advances one element per `next`).

/// One compiled `for target in iterable if cond…` clause.
struct ComprehensionClause {
    let target: TargetNode
    /// The iterable (nil for the first clause, whose iterable is evaluated outside and
    /// passed in slot 0).
    let iterable: ExprNode?
    let conditions: [ExprNode]
}

/// What a comprehension builds.
enum ComprehensionKind { case list, set, dict, generator }

/// A comprehension or generator expression.
final class ComprehensionNode: ExprNode {
    let kind: ComprehensionKind
    let code: FunctionCode
    let firstIterable: ExprNode
    let closureCells: [Int]
    let clauses: [ComprehensionClause]
    let element: ExprNode
    /// The value expression of a dict comprehension.
    let value: ExprNode?

    init(span: SourceSpan, kind: ComprehensionKind, code: FunctionCode, firstIterable: ExprNode, closureCells: [Int],
         clauses: [ComprehensionClause], element: ExprNode, value: ExprNode?) {
        self.kind = kind
        self.code = code
        self.firstIterable = firstIterable
        self.closureCells = closureCells
        self.clauses = clauses
        self.element = element
        self.value = value
        super.init(span: span)
    }

    override func eval(_ f: Frame) throws(ScriptError) -> Value {
        let source = try firstIterable.eval(f)
        let rt = f.rt
        var cells = ContiguousArray<Cell>()
        for _ in code.cellSeeds { cells.append(Cell()) }
        if let outer = f.cells { for i in closureCells { cells.append(outer[i]) } }
        if kind == .generator {
            let it: IteratorObject
            do { it = try rt.makeIterator(source) } catch { throw error.locate(f.code.file, firstIterable.span) }
            return .iterator(GeneratorState(node: self, first: it, cells: cells).iterator())
        }
        let base = rt.top
        do {
            try rt.reserve(code.frameSize)
            try rt.enterCall()
        } catch {
            throw error.locate(f.code.file, span)
        }
        defer {
            rt.leaveCall()
            rt.pop(to: base)
        }
        rt.push(source)
        while rt.top < base + code.frameSize { rt.push(Unbound.value) }
        var list: [Value] = []
        let set = kind == .set ? SetObject() : nil
        let dict = kind == .dict ? DictObject() : nil
        func run(_ inner: Frame) throws(ScriptError) {
            try loop(0, inner) { (fr: Frame) throws(ScriptError) in
                let e = try element.eval(fr)
                switch kind {
                case .list: list.append(e)
                case .set:
                    do throws(ScriptError) { try set?.add(e, rt) } catch { throw error.locate(fr.code.file, element.span) }
                default:
                    let v = try value?.eval(fr) ?? .none
                    do throws(ScriptError) { try dict?.set(e, v, rt) } catch { throw error.locate(fr.code.file, element.span) }
                }
            }
        }
        do {
            if cells.isEmpty {
                try run(Frame(slots: rt.stack + base, cells: nil, code: code))
            } else {
                try cells.withUnsafeMutableBufferPointer { (buf) throws(ScriptError) in
                    try run(Frame(slots: rt.stack + base, cells: buf.baseAddress, code: code))
                }
            }
        } catch {
            if error.location == nil { throw error.locate(f.code.file, span) }
            throw error
        }
        switch kind {
        case .list: return .list(ListObject(list))
        case .set: return .set(set ?? SetObject())
        default: return .dict(dict ?? DictObject())
        }
    }

    /// Runs clause `level` and the ones inside it, calling `emit` for every element.
    func loop(_ level: Int, _ f: Frame, _ emit: (Frame) throws(ScriptError) -> Void) throws(ScriptError) {
        let clause = clauses[level]
        let source: Value = clause.iterable == nil ? f.slots[0] : try clause.iterable?.eval(f) ?? .none
        let rt = f.rt
        let last = level == clauses.count - 1
        func visit(_ v: Value) throws(ScriptError) {
            try clause.target.assign(v, f)
            for c in clause.conditions where !(try c.evalCondition(f)) { return }
            if last { try emit(f) } else { try loop(level + 1, f, emit) }
        }
        if case .iterator(let it) = source, let pairing = it.pairing,
           let unpack = clause.target as? UnpackTarget, unpack.starIndex == nil {
            // zip/enumerate over lists: assign the unpacked targets straight from the sequences.
            func visitAssigned() throws(ScriptError) {
                for c in clause.conditions where !(try c.evalCondition(f)) { return }
                if last { try emit(f) } else { try loop(level + 1, f, emit) }
            }
            switch pairing {
            case .zip(let sources) where sources.count == unpack.targets.count:
                it.pairing = nil
                var i = 0
                do {
                    while !sources.contains(where: { ForNode.element($0, i) == nil }) {
                        for (k, s) in sources.enumerated() { try unpack.targets[k].assign(ForNode.element(s, i) ?? .none, f) }
                        try visitAssigned()
                        i += 1
                    }
                } catch {
                    // Leave the iterator where Python's would be: past the failing pair.
                    for _ in 0...i { _ = try it.next(rt) }
                    throw error
                }
                it.finished = true
                return
            case .enumerate(let s, let start) where unpack.targets.count == 2:
                it.pairing = nil
                var i = 0
                do {
                    while let v = ForNode.element(s, i) {
                        try unpack.targets[0].assign(.int(start &+ i), f)
                        try unpack.targets[1].assign(v, f)
                        try visitAssigned()
                        i += 1
                    }
                } catch {
                    for _ in 0...i { _ = try it.next(rt) }
                    throw error
                }
                it.finished = true
                return
            default:
                break
            }
        }
        switch source {
        case .range(let r):
            for i in 0..<r.count { try visit(.int(r.element(i))) }
        case .list(let l):
            var i = 0
            while i < l.items.count {
                try visit(l.items[i])
                i += 1
            }
        case .tuple(let t):
            for v in t { try visit(v) }
        default:
            let it: IteratorObject
            do { it = try rt.makeIterator(source) } catch { throw error.locate(f.code.file, clause.iterable?.span ?? span) }
            while let v = try it.next(rt) { try visit(v) }
        }
        if rt.interruptPending { try rt.checkInterrupt() }
    }
}

/// The suspended state of a generator expression: its frame on the heap and one iterator
/// per clause.
final class GeneratorState {
    let node: ComprehensionNode
    let slots: UnsafeMutablePointer<Value>
    let cellStorage: UnsafeMutablePointer<Cell>?
    let cellCount: Int
    var iterators: [IteratorObject?]
    var level = 0

    init(node: ComprehensionNode, first: IteratorObject, cells: ContiguousArray<Cell>) {
        self.node = node
        let size = max(1, node.code.frameSize)
        slots = UnsafeMutablePointer<Value>.allocate(capacity: size)
        slots.initialize(repeating: Unbound.value, count: size)
        cellCount = cells.count
        if cells.isEmpty {
            cellStorage = nil
        } else {
            let p = UnsafeMutablePointer<Cell>.allocate(capacity: cells.count)
            for (i, c) in cells.enumerated() { (p + i).initialize(to: c) }
            cellStorage = p
        }
        iterators = [IteratorObject?](repeating: nil, count: node.clauses.count)
        iterators[0] = first
    }

    deinit {
        slots.deinitialize(count: max(1, node.code.frameSize))
        slots.deallocate()
        if let cellStorage {
            cellStorage.deinitialize(count: cellCount)
            cellStorage.deallocate()
        }
    }

    /// The iterator object scripts see.
    func iterator() -> IteratorObject {
        IteratorObject(type: BuiltinTypes.shared.generator) { (rt: Runtime) throws(ScriptError) -> Value? in
            try rt.enterCall()
            defer { rt.leaveCall() }
            do throws(ScriptError) {
                return try self.advance(rt)
            } catch {
                if error.pendingFunction == nil { error.pendingFunction = "<genexpr>" }
                throw error
            }
        }
    }

    /// Produces the next element, or nil when every clause is exhausted.
    func advance(_ rt: Runtime) throws(ScriptError) -> Value? {
        let f = Frame(slots: slots, cells: cellStorage, code: node.code)
        let clauses = node.clauses
        while level >= 0 {
            guard let it = iterators[level], let v = try it.next(rt) else {
                iterators[level] = nil
                level -= 1
                continue
            }
            let clause = clauses[level]
            try clause.target.assign(v, f)
            var keep = true
            for c in clause.conditions where !(try c.evalCondition(f)) {
                keep = false
                break
            }
            if !keep { continue }
            if level == clauses.count - 1 { return try node.element.eval(f) }
            level += 1
            let source = try clauses[level].iterable?.eval(f) ?? .none
            iterators[level] = try rt.makeIterator(source)
        }
        return nil
    }
}
