/// `try`/`except`/`else`/`finally`, `raise`, `assert` and `with`.

/// One compiled `except [Type [as name]]:` clause.
struct ExceptClause {
    /// The `except …:` header.
    let span: SourceSpan
    let type: ExprNode?
    let target: TargetNode?
    let body: StmtNode
}

/// `try: … except …: … else: … finally: …`.
final class TryNode: StmtNode {
    let body: StmtNode
    let handlers: [ExceptClause]
    let orElse: StmtNode?
    let finally: StmtNode?

    init(span: SourceSpan, body: StmtNode, handlers: [ExceptClause], orElse: StmtNode?, finally: StmtNode?) {
        self.body = body
        self.handlers = handlers
        self.orElse = orElse
        self.finally = finally
        super.init(span: span)
    }

    override func exec(_ f: Frame) throws(ScriptError) -> Flow {
        guard let finally else { return try runHandlers(f) }
        let rt = f.rt
        var result = Flow.normal
        var pending: ScriptError?
        do { result = try runHandlers(f) } catch { pending = error }
        let saved = rt.returnValue
        let flow = try finally.exec(f)
        if flow != .normal { return flow }
        rt.returnValue = saved
        if let pending { throw pending }
        return result
    }

    func runHandlers(_ f: Frame) throws(ScriptError) -> Flow {
        let flow: Flow
        do {
            flow = try body.exec(f)
        } catch {
            for h in handlers where try matches(error, h, f, span: h.span) {
                return try handle(error, h, f)
            }
            throw error
        }
        if flow == .normal, let orElse { return try orElse.exec(f) }
        return flow
    }

    /// Whether `error` is caught by the clause (a bare `except` catches everything).
    func matches(_ error: ScriptError, _ h: ExceptClause, _ f: Frame, span clauseSpan: SourceSpan) throws(ScriptError) -> Bool {
        guard let typeNode = h.type else { return true }
        let t = try typeNode.eval(f)
        func check(_ v: Value) throws(ScriptError) -> Bool {
            switch v {
            case .type(let c) where c.isSubclass(of: BuiltinTypes.shared.baseException):
                return error.matches(c)
            case .tuple(let items):
                for i in items where try check(i) { return true }
                return false
            default:
                throw ScriptError.typeError("catching classes that do not inherit from BaseException is not allowed")
                    .locate(f.code.file, clauseSpan)
            }
        }
        return try check(t)
    }

    func handle(_ error: ScriptError, _ h: ExceptClause, _ f: Frame) throws(ScriptError) -> Flow {
        let rt = f.rt
        if let target = h.target { try target.assign(rt.exceptionValue(error), f) }
        rt.handling.append(error)
        defer {
            rt.handling.removeLast()
            if let target = h.target { try? target.delete(f) }
        }
        return try h.body.exec(f)
    }
}

/// `raise [exc [from cause]]`.
final class RaiseNode: StmtNode {
    let exception: ExprNode?
    let cause: ExprNode?

    init(span: SourceSpan, exception: ExprNode?, cause: ExprNode?) {
        self.exception = exception
        self.cause = cause
        super.init(span: span)
    }

    override func exec(_ f: Frame) throws(ScriptError) -> Flow {
        let rt = f.rt
        guard let exception else {
            if let current = rt.handling.last { throw current }
            throw ScriptError.runtimeError("No active exception to reraise").locate(f.code.file, span)
        }
        let v = try exception.eval(f)
        _ = try cause?.eval(f)
        let error: ScriptError
        do { error = try rt.makeError(from: v) } catch { throw rt.traceCall(error, f.code.file, span) }
        throw error.locate(f.code.file, span)
    }
}

/// `assert test, message`.
final class AssertNode: StmtNode {
    let test: ExprNode
    let message: ExprNode?

    init(span: SourceSpan, test: ExprNode, message: ExprNode?) {
        self.test = test
        self.message = message
        super.init(span: span)
    }

    override func exec(_ f: Frame) throws(ScriptError) -> Flow {
        if try test.evalCondition(f) { return .normal }
        let args: [Value] = try message.map { (m) throws(ScriptError) in [try m.eval(f)] } ?? []
        throw ScriptError(type: BuiltinTypes.shared.assertionError, args: args).locate(f.code.file, test.span)
    }
}

/// `with a as x, b: body` (several items nest, first outermost).
final class WithNode: StmtNode {
    let context: ExprNode
    let target: TargetNode?
    let body: StmtNode

    init(span: SourceSpan, context: ExprNode, target: TargetNode?, body: StmtNode) {
        self.context = context
        self.target = target
        self.body = body
        super.init(span: span)
    }

    override func exec(_ f: Frame) throws(ScriptError) -> Flow {
        let rt = f.rt
        let manager = try context.eval(f)
        let entered: Value
        do { entered = try rt.enterContext(manager) } catch { throw rt.traceCall(error, f.code.file, context.span) }
        let flow: Flow
        do {
            if let target { try target.assign(entered, f) }
            flow = try body.exec(f)
        } catch {
            let suppress: Bool
            do { suppress = try rt.exitContext(manager, error) } catch { throw rt.traceCall(error, f.code.file, context.span) }
            if suppress { return .normal }
            throw error
        }
        let returning = rt.returnValue
        do { _ = try rt.exitContext(manager, nil) } catch { throw rt.traceCall(error, f.code.file, context.span) }
        rt.returnValue = returning
        return flow
    }
}

extension Runtime {
    /// The exception object of an error (made on first use, so `except E as e` has one).
    func exceptionValue(_ error: ScriptError) -> Value {
        if let inst = error.instance { return .instance(inst) }
        let inst = Instance(cls: error.type)
        let state = ExceptionState(args: error.args)
        state.error = error
        inst.native = state
        error.instance = inst
        return .instance(inst)
    }

    /// The error `raise value` raises: an exception instance, or a class called with no
    /// arguments.
    func makeError(from value: Value) throws(ScriptError) -> ScriptError {
        var v = value
        if case .type(let cls) = value {
            guard cls.isSubclass(of: BuiltinTypes.shared.baseException) else {
                throw ScriptError.typeError("exceptions must derive from BaseException")
            }
            v = try call(value)
        }
        guard case .instance(let inst) = v, inst.cls.isSubclass(of: BuiltinTypes.shared.baseException) else {
            throw ScriptError.typeError("exceptions must derive from BaseException")
        }
        if let state = inst.native as? ExceptionState {
            if let previous = state.error { return previous }
            let e = ScriptError(instance: inst)
            state.error = e
            return e
        }
        return ScriptError(instance: inst)
    }

    /// `with` entry: `__enter__` of an nn instance or the native hook.
    func enterContext(_ manager: Value) throws(ScriptError) -> Value {
        switch manager {
        case .native(let n):
            do { return try n.enter(self) } catch { throw convert(error) }
        case .instance(let inst):
            if let m = inst.cls.lookup("__enter__") { return try call(bindAttribute(m, to: manager, owner: inst.cls)) }
            if let native = inst.native {
                do { return try native.enter(self) } catch { throw convert(error) }
            }
        default: break
        }
        throw ScriptError.typeError("'\(manager.typeName)' object does not support the context manager protocol")
    }

    /// `with` exit; true when the manager suppresses `error`.
    func exitContext(_ manager: Value, _ error: ScriptError?) throws(ScriptError) -> Bool {
        switch manager {
        case .native(let n):
            do { return try n.exit(error, self) } catch { throw convert(error) }
        case .instance(let inst):
            if let m = inst.cls.lookup("__exit__") {
                let args: [Value] = error.map { [.type($0.type), exceptionValue($0), .none] } ?? [.none, .none, .none]
                return try truthy(call(bindAttribute(m, to: manager, owner: inst.cls), Arguments(args)))
            }
            if let native = inst.native {
                do { return try native.exit(error, self) } catch { throw convert(error) }
            }
        default: break
        }
        return false
    }
}
