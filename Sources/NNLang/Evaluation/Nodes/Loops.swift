/// `while` and `for` loops, with fast paths for ranges, lists, tuples and zip/enumerate pairs.

/// `while test: body else: orElse`.
final class WhileNode: StmtNode {
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
        while try test.evalCondition(f) {
            switch try body.exec(f) {
            case .breakLoop: return .normal
            case .returned: return .returned
            default: break
            }
            if f.runtime._withUnsafeGuaranteedRef({ $0.interruptPending }) {
                do { try f.rt.checkInterrupt() } catch { throw error.locate(f.code.file, span) }
            }
        }
        if let orElse { return try orElse.exec(f) }
        return .normal
    }
}

/// `for target in iterable: body else: orElse`, with fast paths for ranges and lists.
final class ForNode: StmtNode {
    let target: TargetNode
    let iterable: ExprNode
    let body: StmtNode
    let orElse: StmtNode?

    /// The targets of `for a, b in …` (an unpacking without `*`), for pairing fast paths.
    let pairTargets: [TargetNode]?

    init(span: SourceSpan, target: TargetNode, iterable: ExprNode, body: StmtNode, orElse: StmtNode?) {
        self.target = target
        self.iterable = iterable
        self.body = body
        self.orElse = orElse
        if let u = target as? UnpackTarget, u.starIndex == nil { pairTargets = u.targets } else { pairTargets = nil }
        super.init(span: span)
    }

    /// Element `i` of a list or tuple, or nil past its end (lists are read live).
    @inline(__always)
    static func element(_ seq: Value, _ i: Int) -> Value? {
        switch seq {
        case .list(let l): return i < l.items.count ? l.items[i] : nil
        case .tuple(let t): return i < t.count ? t[i] : nil
        default: return nil
        }
    }

    /// `for a, b in zip(xs, ys)` / `for i, v in enumerate(xs)` over lists and tuples, without
    /// building a tuple per step. Returns nil when the loop does not have that shape. When the
    /// loop ends early (break, return, an error) the iterator is advanced past the elements
    /// handed out, so code that keeps using it sees what Python would.
    func pairedLoop(_ it: IteratorObject, _ f: Frame, _ rt: Runtime) throws(ScriptError) -> Flow? {
        guard let targets = pairTargets, let pairing = it.pairing else { return nil }
        var consumed = 0
        func leave(_ flow: Flow) throws(ScriptError) -> Flow {
            for _ in 0..<consumed { _ = try it.next(rt) }
            return flow
        }
        switch pairing {
        case .zip(let sources) where sources.count == targets.count:
            it.pairing = nil
            outer: while true {
                for s in sources where ForNode.element(s, consumed) == nil { break outer }
                do {
                    for (k, s) in sources.enumerated() { try targets[k].assign(ForNode.element(s, consumed) ?? .none, f) }
                    consumed += 1
                    if let exit = try step(f, rt) { return try leave(exit) }
                } catch {
                    _ = try leave(.normal)
                    throw error
                }
            }
        case .enumerate(let source, let start) where targets.count == 2:
            it.pairing = nil
            while let v = ForNode.element(source, consumed) {
                do {
                    try targets[0].assign(.int(start &+ consumed), f)
                    try targets[1].assign(v, f)
                    consumed += 1
                    if let exit = try step(f, rt) { return try leave(exit) }
                } catch {
                    _ = try leave(.normal)
                    throw error
                }
            }
        default:
            return nil
        }
        it.finished = true
        if let orElse { return try orElse.exec(f) }
        return .normal
    }

    /// Runs the body once; returns the flow to leave the loop with, or nil to go on.
    @inline(__always)
    func step(_ f: Frame, _ rt: Runtime) throws(ScriptError) -> Flow? {
        switch try body.exec(f) {
        case .breakLoop: return .normal
        case .returned: return .returned
        default: break
        }
        if rt.interruptPending {
            do { try rt.checkInterrupt() } catch { throw error.locate(f.code.file, span) }
        }
        return nil
    }

    override func exec(_ f: Frame) throws(ScriptError) -> Flow {
        let source = try iterable.eval(f)
        return try f.withRuntime { (rt) throws(ScriptError) -> Flow in try loop(source, f, rt) }
    }

    @inline(__always)
    private func loop(_ source: Value, _ f: Frame, _ rt: Runtime) throws(ScriptError) -> Flow {
        switch source {
        case .range(let r):
            var i = 0
            while i < r.count {
                try target.assign(.int(r.element(i)), f)
                if let exit = try step(f, rt) { return exit }
                i += 1
            }
        case .list(let l):
            var i = 0
            while i < l.items.count {
                try target.assign(l.items[i], f)
                if let exit = try step(f, rt) { return exit }
                i += 1
            }
        case .tuple(let items):
            for v in items {
                try target.assign(v, f)
                if let exit = try step(f, rt) { return exit }
            }
        case .iterator(let it) where it.pairing != nil && pairTargets != nil:
            if let flow = try pairedLoop(it, f, rt) { return flow }
            return try generic(source, f, rt)
        default:
            return try generic(source, f, rt)
        }
        if let orElse { return try orElse.exec(f) }
        return .normal
    }

    /// Any iterable, through its iterator.
    func generic(_ source: Value, _ f: Frame, _ rt: Runtime) throws(ScriptError) -> Flow {
        let it: IteratorObject
        do { it = try rt.makeIterator(source) } catch { throw error.locate(f.code.file, span) }
        while true {
            let next: Value?
            do { next = try it.next(rt) } catch { throw error.locate(f.code.file, span) }
            guard let v = next else { break }
            try target.assign(v, f)
            if let exit = try step(f, rt) { return exit }
        }
        if let orElse { return try orElse.exec(f) }
        return .normal
    }
}
