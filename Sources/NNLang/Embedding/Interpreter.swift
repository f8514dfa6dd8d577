import NNStdlib

/// An nn session for a host program: parse and run sources, run statements one at a time
/// with per-statement output capture, completion and help look-ups, interrupts, reset.
///
/// ```swift
/// let nn = Interpreter()
/// let program = nn.parse("x = 1\nx + 1\n", file: "demo.nn")
/// for statement in program.statements { let r = nn.execute(statement) }
/// ```
/// Execution happens on a thread with a large stack; calls block until it finishes.
/// `interrupt()` may be called from any thread (a SIGINT handler).
public final class Interpreter {
    /// The runtime (globals, modules, output); library code reaches the session through it.
    public private(set) var runtime: Runtime

    /// A session writing to `output`; `arguments` become `sys.argv`.
    public init(output: OutputSink = StandardOutput(), arguments: [String] = []) {
        runtime = Runtime(output: output)
        runtime.argv = arguments
        loadPrelude()
    }

    /// Runs `stdlib/prelude.nn` and moves what it defines into the built-ins, so helpers
    /// written in nn are available everywhere and user globals stay the user's own.
    func loadPrelude() {
        load(library: NNStdlib.prelude, name: "<prelude>")
    }

    /// Runs library code written in nn and makes its definitions built-ins.
    func load(library text: String, name: String) {
        let program = parse(text, file: name)
        for statement in program.statements { _ = execute(statement) }
        let rt = runtime
        for name in rt.globalNames {
            guard let cell = rt.globals[name] else { continue }
            if rt.builtins[name] == nil { rt.builtinOrder.append(name) }
            rt.builtins[name] = cell.value
            cell.value = Unbound.value
        }
    }

    /// Where output goes; hosts swap it per statement to capture output.
    public var output: OutputSink {
        get { runtime.output }
        set { runtime.output = newValue }
    }

    /// Forgets every global and module; keeps the output sink and arguments.
    public func reset() {
        let r = Runtime(output: runtime.output)
        r.argv = runtime.argv
        runtime = r
        loadPrelude()
    }

    /// Stops this session's running code with KeyboardInterrupt at its next loop iteration or
    /// call; safe from any thread. (A SIGINT handler, which cannot reach objects, calls
    /// `Interrupt.request()`, which stops any running session.)
    public func interrupt() { runtime.interrupt() }

    /// Parses and compiles `text`; all syntax errors are reported, in order.
    public func parse(_ text: String, file: String, firstLine: Int = 1) -> Program {
        let source = SourceFile(name: file, text: text, firstLine: firstLine)
        let (statements, parsed) = BigStack.run { () -> ([Stmt], [SyntaxIssue]) in
            var parser = Parser(source: source)
            let statements = parser.parseFile()
            return (statements, parser.issues)
        }
        var issues = parsed
        var compiled: [TopLevelStatement] = []
        // Statements that parsed are compiled even when others did not, so compile-time
        // errors are reported in the same run.
        do {
            BigStack.run {
                for s in statements {
                    let (code, problems) = Compiler.compile(s, file: source, rt: runtime)
                    issues += problems
                    var shows = false
                    if case .expr(_, let hidden) = s.kind { shows = !hidden }
                    compiled.append(TopLevelStatement(source: source, span: s.span, showsValue: shows, code: code))
                }
            }
        }
        issues.sort { $0.span.start < $1.span.start }
        let diagnostics = issues.map { $0.diagnostic(in: source) }
        return Program(source: source, statements: diagnostics.isEmpty ? compiled : [], syntaxErrors: diagnostics)
    }

    /// Runs one statement of a parsed program.
    public func execute(_ statement: TopLevelStatement) -> StatementResult {
        let rt = runtime
        return BigStack.run {
            rt.lastShown = nil
            var cells = ContiguousArray<Cell>()
            do throws(ScriptError) {
                try rt.runBody(statement.code, first: nil, cells: &cells)
                rt.output.flush()
                return StatementResult(shown: rt.lastShown, error: nil, exitStatus: nil)
            } catch {
                rt.output.flush()
                rt.depth = 0
                rt.handling.removeAll()
                rt.returnValue = .none
                rt.clearInterrupt()
                if error.type.isSubclass(of: BuiltinTypes.shared.systemExit) {
                    return StatementResult(shown: nil, error: nil, exitStatus: exitStatus(error))
                }
                return StatementResult(shown: nil, error: rt.diagnostic(for: error), exitStatus: nil)
            }
        }
    }

    /// The exit status `exit(arg)` asks for: 0 for none, the int, or 1 after printing a message.
    func exitStatus(_ error: ScriptError) -> Int32 {
        guard let arg = error.args.first else { return 0 }
        switch arg {
        case .none: return 0
        case .int(let i): return Int32(truncatingIfNeeded: i)
        default:
            if let text = try? runtime.str(arg) { FileError.write(text + "\n") }
            return 1
        }
    }

    /// Parses and runs a whole source, stopping at the first runtime error.
    public func run(_ text: String, file: String) -> RunResult {
        let program = parse(text, file: file)
        if !program.syntaxErrors.isEmpty { return RunResult(syntaxErrors: program.syntaxErrors, error: nil, exitStatus: nil) }
        for statement in program.statements {
            let r = execute(statement)
            if let e = r.error { return RunResult(syntaxErrors: [], error: e, exitStatus: nil) }
            if let status = r.exitStatus { return RunResult(syntaxErrors: [], error: nil, exitStatus: status) }
        }
        return RunResult(syntaxErrors: [], error: nil, exitStatus: nil)
    }

    /// Whether `text` is a complete input or needs more lines (for the REPL).
    public static func inputStatus(_ text: String) -> InputStatus {
        BigStack.run {
            var parser = Parser(source: SourceFile(name: "<stdin>", text: text))
            _ = parser.parseFile()
            if parser.issues.isEmpty { return .complete }
            return parser.endedEarly ? .incomplete : .invalid
        }
    }

    /// The global names in scope (user globals, then built-ins and module aliases).
    public var globalNames: [String] {
        var names = runtime.globalNames
        let known = Set(names)
        names += runtime.builtinOrder.filter { !known.contains($0) && !$0.hasPrefix("__") }
        names += ModuleRegistry.aliases.keys.sorted().filter { ModuleRegistry.alias($0) != nil && !known.contains($0) }
        return names
    }

    /// The value of a dotted name (`model.fc1`) without calling anything but properties.
    public func lookup(_ dotted: String) -> Value? {
        let parts = dotted.split(separator: ".").map(String.init)
        guard let first = parts.first, var v = runtime.global(first) else { return nil }
        for p in parts.dropFirst() {
            guard let next = try? runtime.findAttribute(v, p) else { return nil }
            v = next
        }
        return v
    }

    /// Attribute names of the value a dotted name refers to (for completion after `.`).
    public func attributeNames(of dotted: String) -> [String] {
        guard let v = lookup(dotted) else { return [] }
        return runtime.attributeNames(of: v)
    }

    /// The signature and documentation of what a dotted name refers to (`help`, `?name`).
    public func help(for dotted: String) -> String? {
        guard let v = lookup(dotted) else { return nil }
        return runtime.helpText(for: v)
    }
}
