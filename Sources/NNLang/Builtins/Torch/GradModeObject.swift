import NNAutograd

/// `torch.no_grad()`, `torch.enable_grad()`, `torch.inference_mode()` and
/// `torch.set_grad_enabled(mode)`: context managers (`with torch.no_grad():`) that can also
/// decorate a function (`@torch.no_grad()`).
///
/// `set_grad_enabled(False)` takes effect when called, as in PyTorch; nn runs each top-level
/// statement afresh with recording on, so outside a `with` block the setting lasts until the
/// end of the statement that made it (use it as a context manager).
final class GradModeObject: NativeObject {
    /// The class name PyTorch shows (`no_grad`).
    let name: String
    /// Whether recording is on inside the block.
    let enabled: Bool
    /// States to restore, innermost last (an object may be entered more than once).
    private var saved: [GradMode.Saved] = []
    /// The state before `set_grad_enabled` switched at construction.
    private var constructed: GradMode.Saved?

    init(name: String, enabled: Bool, switchNow: Bool = false) {
        self.name = name
        self.enabled = enabled
        if switchNow { constructed = GradMode.enter(enabled: enabled) }
    }

    static func register(_ m: ModuleObject) {
        m.fn("no_grad", "", doc: "A context manager (or decorator) that stops recording operations for backward.") { _, _ in
            .native(GradModeObject(name: "no_grad", enabled: false))
        }
        m.fn("inference_mode", "mode=True", doc: "Same as no_grad in nn.") { a, _ in
            .native(GradModeObject(name: "inference_mode", enabled: !(try a.bool(0))))
        }
        m.fn("enable_grad", "", doc: "A context manager (or decorator) that records operations inside no_grad.") { _, _ in
            .native(GradModeObject(name: "enable_grad", enabled: true))
        }
        m.fn("set_grad_enabled", "mode", doc: "Switches recording on or off (best used as a context manager).") { a, _ in
            .native(GradModeObject(name: "set_grad_enabled", enabled: try a.bool(0), switchNow: true))
        }
        m.fn("is_grad_enabled", "", doc: "Whether operations are being recorded for backward.") { _, _ in
            .bool(GradMode.isEnabled)
        }
    }

    nonisolated(unsafe) private static let type: ClassObject = {
        // Immutable after its thread-safe lazy initialisation.
        let c = ClassObject.native("grad_mode", module: "torch.autograd.grad_mode", doc: "A grad-mode context manager.")
        c.subclassable = false
        return c
    }()

    override var nativeType: ClassObject { GradModeObject.type }

    override func enter(_ rt: Runtime) throws -> Value {
        if let c = constructed {
            // set_grad_enabled already switched; leaving the block restores the earlier state.
            saved.append(c)
            constructed = nil
        } else {
            saved.append(GradMode.enter(enabled: enabled))
        }
        return .none
    }

    override func exit(_ error: ScriptError?, _ rt: Runtime) throws -> Bool {
        if let s = saved.popLast() { GradMode.exit(s) }
        return false
    }

    override var isCallable: Bool { true }

    /// `@torch.no_grad()`: a function that runs `f` with this grad mode.
    override func call(_ args: Arguments, owner: Value, _ rt: Runtime) throws -> Value {
        guard args.positional.count == 1, args.keywords.isEmpty, let f = args.positional.first else {
            throw ScriptError.typeError("\(name)() as a decorator takes one function")
        }
        let enabled = self.enabled
        return .builtin(BuiltinFunction("wrapper", "*args, **kwargs", doc: "A function run with grad mode \(enabled ? "on" : "off").") { a, rt in
            let s = GradMode.enter(enabled: enabled)
            defer { GradMode.exit(s) }
            return try rt.call(f, Arguments(a.varArgs, keywords: a.varKeywords.map { (name: $0.0, value: $0.1) }))
        })
    }

    override func repr(_ rt: Runtime) throws -> String { "<torch.autograd.grad_mode.\(name) object>" }
}
