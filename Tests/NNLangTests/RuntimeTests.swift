import Testing
@testable import NNLang

/// Pieces of the runtime tested directly: the shared argument binder, every registered
/// signature, the ordered dict, suggestions, and Python's number rules.
struct RuntimeTests {
    /// Binds the arguments written as nn call syntax (`"0, 1, num=5"`) to `text`; returns the
    /// bound slots' reprs or the error message.
    func bind(_ text: String, _ call: String) -> String {
        guard let sig = Signature.parse(text) else { return "bad signature" }
        let nn = Interpreter(output: CapturedOutput())
        _ = nn.run("def __capture(*a, **k):\n    return a, k\n__args = __capture(\(call))", file: "args.nn")
        guard case .tuple(let pair)? = nn.lookup("__args"), pair.count == 2,
              case .tuple(let positional) = pair[0], case .dict(let kw) = pair[1] else { return "bad call" }
        let rt = nn.runtime
        do {
            let b = try Arguments(positional, keywords: kw.stringKeyedEntries.map { (name: $0.0, value: $0.1) })
                .bind(sig, name: "linspace")
            return try (0..<b.count).map { (i) throws(ScriptError) in try rt.repr(b[i]) }.joined(separator: ", ")
        } catch let e as ScriptError {
            var m = rt.message(of: e)
            if let h = e.hint { m += " (\(h))" }
            return m
        } catch {
            return "\(error)"
        }
    }

    // Expected messages are CPython 3.11's for a function `def linspace(start, stop, num=50, endpoint=True)`;
    // the "did you mean" hint is nn's (CPython 3.11 gives none), chosen by CPython's NameError rule.
    @Test(arguments: [
        ("0, 1", "0, 1, 50, True"),
        ("0, 1, 5", "0, 1, 5, True"),
        ("0, stop=2, endpoint=False", "0, 2, 50, False"),
        ("0", "linspace() missing 1 required positional argument: 'stop'"),
        ("", "linspace() missing 2 required positional arguments: 'start' and 'stop'"),
        ("0, 1, nun=3", "linspace() got an unexpected keyword argument 'nun' (did you mean 'num'?)"),
        ("0, 1, nmu=3", "linspace() got an unexpected keyword argument 'nmu'"),
        ("0, 1, start=3", "linspace() got multiple values for argument 'start'"),
        ("0, 1, 2, 3, 4", "linspace() takes from 2 to 4 positional arguments but 5 were given"),
    ])
    func binderMatchesPython(_ call: String, _ expected: String) {
        #expect(bind("start, stop, num=50, endpoint=True", call) == expected)
    }

    @Test func keywordOnlyAndVariadicBinding() {
        #expect(bind("a, *rest, key=None, **extra", "1, 2, 3, key=4, z=5") == "1, 4, (2, 3), {'z': 5}")
        #expect(bind("a, *, key", "1") == "linspace() missing 1 required keyword-only argument: 'key'")
        #expect(bind("a, /, b", "a=1, b=2") == "linspace() got some positional-only arguments passed as keyword arguments: 'a'")
        #expect(Signature.parse("a, b=[]") == nil)
        #expect(Signature.parse("x, (") == nil)
        #expect(Signature.parse("x=-1.5, y=(1, 'a'), z=None")?.defaults.count == 3)
    }

    @Test func everyRegisteredSignatureParses() throws {
        let rt = Runtime(output: CapturedOutput())
        var functions: [BuiltinFunction] = []
        func collect(_ v: Value) {
            switch v {
            case .builtin(let b): functions.append(b)
            case .type(let c):
                if let ctor = c.constructor { functions.append(ctor) }
                for name in c.attributeNames { if let a = c.lookup(name) { if case .builtin(let b) = a { functions.append(b) } } }
            default: break
            }
        }
        for (_, v) in rt.builtins { collect(v) }
        for name in ModuleRegistry.modules.keys.sorted() {
            let m = try rt.importModule(name)
            for a in m.attributeNames { if let v = m.attribute(a) { collect(v) } }
        }
        #expect(functions.count > 150)
        let bad = functions.filter { !$0.hasValidSignature }.map(\.qualifiedName)
        #expect(bad.isEmpty, "invalid signatures: \(bad)")
        let undocumented = functions.filter { $0.doc.isEmpty && !$0.name.hasPrefix("__") }.map(\.qualifiedName)
        #expect(undocumented.isEmpty, "undocumented: \(undocumented)")
    }

    @Test func dictKeepsInsertionOrderThroughDeletesAndGrowth() throws {
        let rt = Runtime(output: CapturedOutput())
        let d = DictObject()
        for i in 0..<1000 { try d.set(.int(i), .int(i * i), rt) }
        for i in stride(from: 0, to: 1000, by: 2) { try d.remove(.int(i), rt) }
        try d.set(.int(0), .string("back"), rt)
        #expect(d.count == 501)
        let keys = d.orderedKeys.compactMap { v -> Int? in if case .int(let i) = v { return i } else { return nil } }
        #expect(keys.prefix(3) == [1, 3, 5] && keys.last == 0)
        #expect(try d.get(.int(999), rt).map { if case .int(let v) = $0 { return v } else { return -1 } } == 998001)
        #expect(try d.get(.float(3.0), rt) != nil)   // 3.0 == 3 and hashes alike
        #expect(try d.get(.int(2), rt) == nil)
    }

    // CPython 3.11 suggests these (computed with its excepthook's "Did you mean").
    @Test(arguments: [
        ("modle", ["model", "mode", "modules"], "mode"),
        ("modle", ["model", "print"], "model"),
        ("lenght", ["length", "len"], "length"),
        ("prnt", ["print", "int"], "print"),
        ("X_trian", ["X_train", "y_train"], "X_train"),
        ("zzz", ["model", "print"], nil),
        ("Model", ["model"], "model"),
    ])
    func suggestions(_ wrong: String, _ candidates: [String], _ expected: String?) {
        #expect(Suggestions.closest(to: wrong, in: candidates) == expected)
    }

    @Test func pythonNumberRules() throws {
        // Values from CPython 3.11.
        #expect(Arithmetic.modulo(-7, 3) == 2)
        #expect(try Arithmetic.floorDivide(-7, 2) == -4)
        #expect(Arithmetic.floatDivmod(-7.5, 2).0 == -4 && Arithmetic.floatDivmod(-7.5, 2).1 == 0.5)
        #expect(Arithmetic.compare(9007199254740993, 9007199254740992.0) == 1)
        #expect(Hashing.int(-1) == -2 && Hashing.double(1.5) == 1152921504606846977)
        #expect(Hashing.tuple([Hashing.int(1), Hashing.int(2)]) == -3550055125485641917)
        #expect(PyFormat.floatRepr(0.1 + 0.2) == "0.30000000000000004")
        #expect(PyFormat.floatRepr(1e16) == "1e+16" && PyFormat.floatRepr(1e-5) == "1e-05" && PyFormat.floatRepr(123.0) == "123.0")
    }
}
