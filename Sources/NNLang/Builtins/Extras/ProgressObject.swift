/// What `progress(iterable)` returns: an iterable that yields the items of `iterable` and
/// advances a `ProgressBar` (tqdm's interface: `update`, `set_description`, `set_postfix`,
/// `close`, `n`, `total`, `len`, and `with progress(total=n) as bar:`).
final class ProgressObject: NativeObject {
    let iterable: Value?
    let bar: ProgressBar

    init(iterable: Value?, bar: ProgressBar) {
        self.iterable = iterable
        self.bar = bar
    }

    nonisolated(unsafe) static let type: ClassObject = {
        // Immutable after its thread-safe lazy initialisation.
        let c = ClassObject.native("progress", module: "builtins", doc: "A progress bar over an iterable (tqdm's interface).")
        c.subclassable = false
        c.method("update", "n=1", doc: "Advances the bar by n steps.") { a, _ in
            try me(a).bar.advance(by: try a.int(0))
            return .none
        }
        c.method("set_description", "desc=None, refresh=True", doc: "Changes the text before the bar.") { a, rt in
            let p = try me(a)
            p.bar.line.description = try PlotValues.text(a[0], rt)
            p.bar.draw(force: false)
            return .none
        }
        c.method("set_postfix", "ordered_dict=None, refresh=True, **kwargs",
                 doc: "Values shown after the bar: set_postfix(loss=0.25, acc=0.9).") { a, rt in
            let p = try me(a)
            var pairs: [(String, Value)] = []
            if case .dict(let d) = a[0] { pairs += d.stringKeyedEntries }
            pairs += a.varKeywords
            p.bar.line.postfix = try pairs.map { (k, v) throws(ScriptError) in "\(k)=\(try postfixText(v, rt))" }
                .joined(separator: ", ")
            p.bar.draw(force: false)
            return .none
        }
        c.method("set_postfix_str", "s='', refresh=True", doc: "Text shown after the bar.") { a, rt in
            let p = try me(a)
            p.bar.line.postfix = try rt.str(a[0])
            p.bar.draw(force: false)
            return .none
        }
        c.method("close", "", doc: "Finishes the bar.") { a, _ in
            try me(a).bar.close()
            return .none
        }
        c.property("n", doc: "Steps done.") { v, _ in
            guard case .native(let p as ProgressObject) = v else { return .none }
            return .int(p.bar.line.count)
        }
        c.property("total", doc: "The number of steps expected (None when unknown).") { v, _ in
            guard case .native(let p as ProgressObject) = v else { return .none }
            return p.bar.line.total.map(Value.int) ?? .none
        }
        return c
    }()

    override var nativeType: ClassObject { ProgressObject.type }

    private static func me(_ a: BoundArguments) throws(ScriptError) -> ProgressObject {
        try a.receiver(as: ProgressObject.self, typeName: "progress")
    }

    /// A postfix value as tqdm shows it: floats with 3 significant digits, others as `str`.
    static func postfixText(_ v: Value, _ rt: Runtime) throws(ScriptError) -> String {
        if case .float(let d) = v { return try rt.format(.float(d), ".3g") }
        if case .native = v, let d = v.asDouble, v.asIndex == nil { return try rt.format(.float(d), ".3g") }
        return try rt.str(v)
    }

    override func makeIterator(_ rt: Runtime) throws -> IteratorObject? {
        guard let iterable else { throw ScriptError.typeError("'progress' object is not iterable (it was made without an iterable; call update())") }
        let inner = try rt.makeIterator(iterable)
        let guardObject = IterationGuard(bar)
        bar.draw(force: true)
        var first = true
        return IteratorObject { rt in
            // The step before this item is done once the next one is asked for.
            if first { first = false } else { guardObject.bar.advance(by: 1) }
            guard let item = try inner.next(rt) else {
                guardObject.bar.close()
                return nil
            }
            return item
        }
    }

    override func length(_ rt: Runtime) throws -> Int? {
        if let total = bar.line.total { return total }
        throw ScriptError.typeError("object of type 'progress' has no len() (its iterable has none and no total was given)")
    }

    override func enter(_ rt: Runtime) throws -> Value { .native(self) }

    override func exit(_ error: ScriptError?, _ rt: Runtime) throws -> Bool {
        bar.close()
        return false
    }

    override func repr(_ rt: Runtime) throws -> String {
        "<progress \(bar.line.count)/\(bar.line.total.map(String.init) ?? "?")>"
    }
}

/// Closes a bar whose loop ended early (`break`, an exception, Ctrl-C): the `for` loop
/// releases its iterator, and with it this object.
final class IterationGuard {
    let bar: ProgressBar

    init(_ bar: ProgressBar) { self.bar = bar }

    deinit { bar.close() }
}
