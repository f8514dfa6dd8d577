import Foundation

/// A parameter list, written once as Python text (`"start, stop, num=50, *, dtype=None"`) for
/// built-ins or taken from a `def`, and the binder that matches call arguments to it with
/// Python's rules and Python's error messages.
///
/// Bound arguments are laid out in slots: positional parameters, keyword-only parameters,
/// then the `*args` tuple and the `**kwargs` dict when present.
public final class Signature {
    /// One parameter.
    public struct Parameter {
        /// How the parameter can be passed.
        public enum Kind { case positionalOnly, normal, keywordOnly, varArgs, varKeywords }
        /// The parameter name.
        public var name: String
        /// How it is passed.
        public var kind: Kind
        /// Whether a default exists (the value lives in `defaults` for built-ins, or on the function).
        public var hasDefault: Bool
    }

    /// Parameters in slot order.
    public let parameters: [Parameter]
    /// Defaults by slot (built-ins; nil entries have none).
    let defaults: [Value?]
    /// How many parameters may be passed positionally.
    let positionalCount: Int
    /// How many leading parameters are positional-only.
    let positionalOnlyCount: Int
    /// Slot of `*args` / `**kwargs`, if present.
    let varArgsSlot: Int?
    let varKeywordsSlot: Int?
    /// Whether calls without keywords can use positional values directly (no `*args`/`**kwargs`).
    let directBindable: Bool
    /// The fewest positional arguments that bind directly (every later slot has a default).
    let minDirectArgs: Int
    /// Whether calls without keywords bind `*args` directly (see `init`).
    let varArgsDirect: Bool
    /// The number of slots a binding fills.
    public var slotCount: Int { parameters.count }
    /// The parameter text as written (for `help`).
    public let text: String

    /// A signature from parameters (in source order) and their defaults.
    init(parameters source: [Parameter], defaults sourceDefaults: [Value?], text: String) {
        var ordered: [Parameter] = [], defs: [Value?] = []
        var varArgs: (Parameter, Value?)?, varKw: (Parameter, Value?)?
        for kind in [Parameter.Kind.positionalOnly, .normal, .keywordOnly] {
            for (p, d) in zip(source, sourceDefaults) where p.kind == kind {
                ordered.append(p)
                defs.append(d)
            }
        }
        for (p, d) in zip(source, sourceDefaults) {
            if p.kind == .varArgs { varArgs = (p, d) }
            if p.kind == .varKeywords { varKw = (p, d) }
        }
        positionalOnlyCount = source.filter { $0.kind == .positionalOnly }.count
        positionalCount = positionalOnlyCount + source.filter { $0.kind == .normal }.count
        var vs: Int?, vk: Int?
        if let varArgs { vs = ordered.count; ordered.append(varArgs.0); defs.append(nil) }
        if let varKw { vk = ordered.count; ordered.append(varKw.0); defs.append(nil) }
        varArgsSlot = vs
        varKeywordsSlot = vk
        parameters = ordered
        defaults = defs
        self.text = text
        directBindable = vs == nil && vk == nil
        minDirectArgs = Signature.minimumDirect(defs)
        // Calls without keywords that fill every positional parameter bind directly when the
        // only other slots are keyword-only parameters with defaults, `*args` and `**kwargs`.
        var extraBindable = vs != nil
        for (i, p) in ordered.enumerated() where p.kind == .keywordOnly && defs[i] == nil { extraBindable = false }
        varArgsDirect = extraBindable
    }

    /// The fewest leading slots after which every slot has a default.
    static func minimumDirect(_ defaults: [Value?]) -> Int {
        var i = defaults.count
        while i > 0, defaults[i - 1] != nil { i -= 1 }
        return i
    }

    /// Parses Python parameter text; nil when it is not a valid parameter list or a default
    /// is not a constant.
    public static func parse(_ text: String) -> Signature? {
        cacheLock.lock()
        defer { cacheLock.unlock() }
        if let cached = cache[text] { return cached }
        let parsed = parseUncached(text)
        cache[text] = parsed
        return parsed
    }

    private static let cacheLock = NSLock()
    // Parsed signatures by text, shared by every interpreter (signatures are immutable);
    // only touched while holding `cacheLock`.
    nonisolated(unsafe) private static var cache: [String: Signature?] = [:]

    private static func parseUncached(_ text: String) -> Signature? {
        let source = SourceFile(name: "<signature>", text: "def f(\(text)): pass\n")
        var parser = Parser(source: source)
        let statements = parser.parseFile()
        guard parser.issues.isEmpty, statements.count == 1, case .function(let def) = statements[0].kind else {
            return nil
        }
        var params: [Parameter] = [], defaults: [Value?] = []
        for p in def.parameters.items {
            let kind: Parameter.Kind
            switch p.kind {
            case .positionalOnly: kind = .positionalOnly
            case .normal: kind = .normal
            case .keywordOnly: kind = .keywordOnly
            case .varArgs: kind = .varArgs
            case .varKeywords: kind = .varKeywords
            }
            var value: Value?
            if let d = p.defaultValue {
                guard let v = constantValue(d) else { return nil }
                value = v
            }
            params.append(Parameter(name: p.name, kind: kind, hasDefault: value != nil))
            defaults.append(value)
        }
        return Signature(parameters: params, defaults: defaults, text: text)
    }

    /// The value of a constant default expression (numbers, strings, True/False/None,
    /// negated numbers, tuples of constants).
    static func constantValue(_ e: Expr) -> Value? {
        switch e.kind {
        case .constant(let c):
            switch c {
            case .none: return Value.none
            case .ellipsis: return .ellipsis
            case .bool(let b): return .bool(b)
            case .int(let i): return .int(i)
            case .float(let d): return .float(d)
            case .string(let s): return .string(s)
            }
        case .unary(.negate, let inner):
            switch constantValue(inner) {
            case .int(let i)?: return .int(-i)
            case .float(let d)?: return .float(-d)
            default: return nil
            }
        case .tuple(let items):
            var values: [Value] = []
            for item in items {
                guard let v = constantValue(item) else { return nil }
                values.append(v)
            }
            return .tuple(values)
        default:
            return nil
        }
    }

    /// The slot of a parameter by name.
    public func slot(named name: String) -> Int? {
        parameters.firstIndex { $0.name == name && $0.kind != .varArgs && $0.kind != .varKeywords }
    }

}
