/// The `sys` module: argv, version, maxsize, recursion limit, stdout/stderr.
enum SysModule {
    @Sendable static func register(_ m: ModuleObject, _ rt: Runtime) throws {
        m.constant("argv", .list(ListObject(rt.argv.map(Value.string))))
        m.constant("version", .string("nn \(NNLangLibrary.version)"))
        m.constant("maxsize", .int(Int.max))
        m.constant("platform", .string("linux"))
        m.constant("stdout", .native(StreamObject(name: "stdout", isError: false)))
        m.constant("stderr", .native(StreamObject(name: "stderr", isError: true)))
        m.fn("getrecursionlimit", "", doc: "The maximum depth of nested calls.") { _, rt in .int(rt.recursionLimit) }
        m.fn("setrecursionlimit", "limit, /", doc: "Set the maximum depth of nested calls (at most 20000 in nn).") { a, rt in
            let n = try a.int(0)
            if n < 1 { throw ScriptError.valueError("recursion limit must be greater or equal than 1") }
            rt.recursionLimit = min(n, Runtime.maximumRecursionLimit)
            return .none
        }
        m.fn("exit", "code=None, /", doc: "Stop the script (SystemExit).") { a, _ in
            throw ScriptError(type: BuiltinTypes.shared.systemExit, args: a.isNone(0) ? [] : [a[0]])
        }
    }
}
