/// What an interactive front end needs beyond parse-and-execute: whether an input opened a
/// block (so it ends on an empty line, as in Python), which output is a shown value (to colour
/// it), and withdrawing a process interrupt that arrived while nothing ran.
extension Interpreter {
    /// Whether `text` contains a compound statement at its top level (`if`, `while`, `for`,
    /// `def`, `class`, `try`, `with`). A REPL keeps reading such an input until an empty line.
    public static func opensBlock(_ text: String) -> Bool {
        BigStack.run {
            var parser = Parser(source: SourceFile(name: "<stdin>", text: text))
            return parser.parseFile().contains { statement in
                switch statement.kind {
                case .ifElse, .whileLoop, .forLoop, .function, .classDef, .with, .tryExcept: return true
                default: return false
                }
            }
        }
    }

    /// True while the running top-level expression statement writes its shown value (its
    /// evaluation has finished; what is written now is the value's repr). Read it from
    /// `OutputSink.write` to style shown values differently from printed text.
    public var isShowingValue: Bool { runtime.lastShown != nil }
}

extension Interrupt {
    /// Withdraws a pending process interrupt (a Ctrl-C that arrived while no code ran, such
    /// as at a prompt), so the next statement does not start with KeyboardInterrupt.
    public static func cancel() { flag.store(false, ordering: .relaxed) }
}
