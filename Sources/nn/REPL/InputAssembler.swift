import NNLang

/// Groups input lines into complete inputs, the way Python's REPL does.
///
/// An input is complete when it parses; an unexpected end of input (an open bracket, a block
/// header without a body, an unterminated triple-quoted string, a trailing `\`) asks for more
/// lines. A compound statement (`def`, `for`, `if`, `class`…) runs when its block ends:
/// - typed at a terminal, a block ends on an empty line, as in Python;
/// - read from a pipe or pasted, the next line can be seen, so a block ends at the next line
///   that starts at column 0 and does not continue the statement (`else`, `elif`, `except`,
///   `finally`); empty lines inside blocks (between methods of a class) are kept.
///
/// A line starting with `:` or `?` when no input is pending is a REPL command.
struct InputAssembler {
    /// What the assembled lines produced.
    enum Event: Equatable {
        /// Source to run: complete (or with a syntax error to report); `firstLine` is its
        /// line number in the session's input.
        case code(String, firstLine: Int)
        /// A REPL command line (`:vars`, `?np.linspace`), trimmed.
        case command(String)
    }

    /// Lines of the pending input.
    private(set) var lines: [String] = []
    /// The line number of the first pending line.
    private var firstLine = 1
    /// The line number the next line gets (lines are numbered across the session, so error
    /// positions are unique).
    private(set) var nextLine = 1

    /// Whether an input is pending (the REPL then shows the `... ` prompt).
    var isPending: Bool { !lines.isEmpty }

    /// Adds one line; `blankEndsBlock` is true for lines typed at a terminal.
    mutating func add(_ line: String, blankEndsBlock: Bool) -> [Event] {
        let number = nextLine
        nextLine += 1
        return place(line, number: number, blankEndsBlock: blankEndsBlock)
    }

    /// Ends the input (end of file): whatever is pending runs.
    mutating func finish() -> [Event] {
        guard isPending else { return [] }
        return [flush()]
    }

    /// Drops the pending lines (Ctrl-C at the prompt).
    mutating func discard() { lines.removeAll() }

    private mutating func place(_ line: String, number: Int, blankEndsBlock: Bool) -> [Event] {
        if lines.isEmpty {
            let trimmed = InputAssembler.trimmed(line)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { return [] }
            if trimmed.hasPrefix(":") || trimmed.hasPrefix("?") { return [.command(String(trimmed))] }
            lines = [line]
            firstLine = number
            return settle(blankEndsBlock: blankEndsBlock)
        }
        if InputAssembler.trimmed(line).isEmpty {
            if blankEndsBlock && (status != .incomplete || lacksBody) { return [flush()] }
            lines.append(line)
            return []
        }
        if startsAtColumnZero(line) && !InputAssembler.continuesStatement(line) && status != .incomplete {
            let done = flush()
            return [done] + place(line, number: number, blankEndsBlock: blankEndsBlock)
        }
        lines.append(line)
        return settle(blankEndsBlock: blankEndsBlock)
    }

    /// Decides whether the pending lines run now.
    private mutating func settle(blankEndsBlock: Bool) -> [Event] {
        // A streamed block ends only at a column-0 line or the end of input, so its lines
        // need not be parsed one by one (that would be quadratic in the block's length).
        if !blankEndsBlock && InputAssembler.startsCompound(lines.first ?? "") { return [] }
        switch status {
        case .incomplete:
            return []
        case .complete:
            return Interpreter.opensBlock(text) ? [] : [flush()]
        case .invalid:
            // Typed input reports a syntax error at once, as Python does (a streamed block
            // is reported whole when it ends, so its later lines do not add errors).
            return [flush()]
        }
    }

    /// Whether the pending input is incomplete only because its last block header has no
    /// body yet (an empty line then ends it with Python's "expected an indented block"),
    /// rather than because a bracket or a triple-quoted string is still open.
    private var lacksBody: Bool {
        guard let last = lines.last(where: { !InputAssembler.trimmed($0).isEmpty }) else { return false }
        let indent = last.prefix { $0 == " " || $0 == "\t" }
        return Interpreter.inputStatus(text + indent + "    pass\n") == .complete
    }

    private var text: String { lines.joined(separator: "\n") + "\n" }

    private var status: InputStatus { Interpreter.inputStatus(text) }

    /// Takes the pending lines as one input (trailing empty lines dropped).
    private mutating func flush() -> Event {
        while let last = lines.last, InputAssembler.trimmed(last).isEmpty { lines.removeLast() }
        let event = Event.code(text, firstLine: firstLine)
        lines.removeAll()
        return event
    }

    private func startsAtColumnZero(_ line: String) -> Bool {
        guard let c = line.utf8.first else { return false }
        return c != UInt8(ascii: " ") && c != UInt8(ascii: "\t")
    }

    /// The line without leading or trailing spaces and tabs.
    static func trimmed(_ line: String) -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let start = line.firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = line.lastIndex(where: { !isSpace($0) }) ?? start
        return line[start...end]
    }

    /// The first word of a line (letters, digits, `_`), after indentation.
    static func firstWord(_ line: String) -> Substring {
        let t = trimmed(line)
        return t.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
    }

    /// Whether a column-0 line continues the statement before it (`else:`, `except E:`…).
    static func continuesStatement(_ line: String) -> Bool {
        ["else", "elif", "except", "finally"].contains(firstWord(line))
    }

    /// Whether a line starts a compound statement (or a decorator of one).
    static func startsCompound(_ line: String) -> Bool {
        if trimmed(line).hasPrefix("@") { return true }
        return ["if", "while", "for", "def", "class", "try", "with"].contains(firstWord(line))
    }
}
