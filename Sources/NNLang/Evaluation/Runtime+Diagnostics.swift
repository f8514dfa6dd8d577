/// Turning a raised error into a `Diagnostic`.
extension Runtime {
    /// The message of an error as its diagnostic shows it (`str(exception)`).
    func message(of error: ScriptError) -> String {
        if let inst = error.instance,
           let (m, owner) = inst.cls.lookupWithOwner("__str__"), owner.kind == .user,
           let text = try? stringResult(call(bindAttribute(m, to: .instance(inst), owner: inst.cls)), "__str__") {
            return text
        }
        let args = (error.instance?.native as? ExceptionState)?.args ?? error.args
        return (try? ExceptionMethods.message(of: error.type, args: args, self)) ?? ""
    }

    /// The diagnostic for an error: its class name, message (with any hint), place and frames.
    public func diagnostic(for error: ScriptError) -> Diagnostic {
        var text = message(of: error)
        if let hint = error.hint { text += text.isEmpty ? "(\(hint))" : " (\(hint))" }
        let frames = Runtime.collapse(error.frames)
        if let loc = error.location {
            return Diagnostic(kind: error.type.name, message: text, at: loc.span, in: loc.file, frames: frames)
        }
        return Diagnostic(kind: error.type.name, message: text, file: nil, line: nil, column: nil, length: 0,
                          sourceLine: nil, frames: frames)
    }

    /// Long runs of the same frame (deep recursion) keep three copies and a count.
    static func collapse(_ frames: [TraceFrame]) -> [TraceFrame] {
        var out: [TraceFrame] = []
        var i = 0
        while i < frames.count {
            var j = i
            while j + 1 < frames.count && frames[j + 1] == frames[i] { j += 1 }
            let run = j - i + 1
            if run > 3 {
                out += Array(repeating: frames[i], count: 3)
                out.append(TraceFrame(function: "[Previous line repeated \(run - 3) more times]", file: "", line: 0))
            } else {
                out += frames[i...j]
            }
            i = j + 1
        }
        return out
    }
}
