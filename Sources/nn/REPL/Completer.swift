import Foundation
import NNLang

/// Tab completion for a line of REPL input: names and keywords, members of the value before a
/// dot (looked up without running nn code), file names inside string literals and after
/// `:load`/`:save`, and REPL command names.
struct Completer {
    /// Where in the line the cursor is.
    enum Context: Equatable {
        /// nn code.
        case code
        /// Inside a string literal whose contents start at this byte offset.
        case string(contentStart: Int)
        /// A REPL command name after `:`.
        case commandName
        /// The file argument of `:load` / `:save`, starting at this byte offset.
        case commandFile(argumentStart: Int)
        /// A comment, or a command without completion.
        case none
    }

    /// Word breaks in code: operators, brackets, quotes, spaces and `.` (so `np.li` completes
    /// `li` among the members of `np`).
    static let codeBreaks = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?."
    /// Word breaks inside a string: only `/`, so a file name may contain any other character.
    static let stringBreaks = "/\"'"
    /// Word breaks in a command's file argument.
    static let argumentBreaks = " /"

    /// REPL commands, for completion after `:`.
    static let commands = ["help", "load ", "quit", "reset", "save ", "time ", "vars"]

    /// The session whose names are completed.
    let interpreter: Interpreter
    /// The directory relative file names are listed from.
    var directory: String = FileManager.default.currentDirectoryPath

    /// The word-break characters for a line prefix (UTF-8).
    static func wordBreaks(for prefix: [UInt8]) -> String {
        switch context(of: prefix) {
        case .string: return stringBreaks
        case .commandFile: return argumentBreaks
        default: return codeBreaks
        }
    }

    /// Candidates replacing the word that starts at byte `start` of `prefix` (the line up to
    /// the cursor, UTF-8).
    func candidates(prefix: [UInt8], start: Int) -> [String] {
        let start = max(0, min(start, prefix.count))
        let word = String(decoding: prefix[start...], as: UTF8.self)
        switch Completer.context(of: Array(prefix[..<start])) {
        case .none:
            return []
        case .commandName:
            return Completer.commands.filter { $0.hasPrefix(word) }
        case .commandFile(let argumentStart):
            return files(directory: String(decoding: prefix[min(argumentStart, start)..<start], as: UTF8.self), prefix: word)
        case .string(let contentStart):
            return files(directory: String(decoding: prefix[min(contentStart, start)..<start], as: UTF8.self), prefix: word)
        case .code:
            if let first = word.unicodeScalars.first, first.properties.numericType != nil { return [] }
            if start > 0 && prefix[start - 1] == UInt8(ascii: ".") {
                guard let path = Completer.path(before: start - 1, in: prefix) else { return [] }
                return interpreter.memberCompletions(of: path, prefix: word)
            }
            return interpreter.nameCompletions(prefix: word)
        }
    }

    /// What the end of `prefix` is inside of: code, a string literal, a comment, a command.
    static func context(of prefix: [UInt8]) -> Context {
        var i = 0
        while i < prefix.count, prefix[i] == UInt8(ascii: " ") { i += 1 }
        if i < prefix.count, prefix[i] == UInt8(ascii: ":") {
            let nameStart = i + 1
            var j = nameStart
            while j < prefix.count, prefix[j] != UInt8(ascii: " ") { j += 1 }
            if j == prefix.count { return .commandName }
            let name = String(decoding: prefix[nameStart..<j], as: UTF8.self)
            var argumentStart = j
            while argumentStart < prefix.count, prefix[argumentStart] == UInt8(ascii: " ") { argumentStart += 1 }
            switch name {
            case "load", "save": return .commandFile(argumentStart: argumentStart)
            case "time": return codeContext(prefix, from: argumentStart)
            default: return .none
            }
        }
        if i < prefix.count, prefix[i] == UInt8(ascii: "?") { return codeContext(prefix, from: i + 1) }
        return codeContext(prefix, from: i)
    }

    /// Scans code from `start` to the end of `prefix`, tracking strings and comments.
    private static func codeContext(_ prefix: [UInt8], from start: Int) -> Context {
        var i = start
        var quote: UInt8 = 0
        var triple = false
        var contentStart = 0
        while i < prefix.count {
            let c = prefix[i]
            if quote != 0 {
                if c == UInt8(ascii: "\\") {
                    i += 2
                    continue
                }
                if c == quote {
                    if !triple { quote = 0 }
                    else if i + 2 < prefix.count, prefix[i + 1] == quote, prefix[i + 2] == quote {
                        quote = 0
                        i += 2
                    }
                }
                i += 1
                continue
            }
            if c == UInt8(ascii: "#") { return .none }
            if c == UInt8(ascii: "'") || c == UInt8(ascii: "\"") {
                quote = c
                triple = i + 2 < prefix.count && prefix[i + 1] == c && prefix[i + 2] == c
                i += triple ? 3 : 1
                contentStart = i
                continue
            }
            i += 1
        }
        return quote != 0 ? .string(contentStart: contentStart) : .code
    }

    /// The restricted path (`model.fc1`, `xs[0]`) that ends just before the dot at `dot`, or
    /// nil when what precedes the dot is a call, a literal or anything else that would need
    /// evaluating.
    static func path(before dot: Int, in prefix: [UInt8]) -> String? {
        var i = dot
        while i > 0 {
            let c = prefix[i - 1]
            if isNameByte(c) || c == UInt8(ascii: ".") {
                i -= 1
            } else if c == UInt8(ascii: "]") {
                guard let open = prefix[..<(i - 1)].lastIndex(of: UInt8(ascii: "[")) else { return nil }
                i = open
            } else {
                break
            }
        }
        guard i < dot, isNameByte(prefix[i]), !(prefix[i] >= UInt8(ascii: "0") && prefix[i] <= UInt8(ascii: "9")) else {
            return nil
        }
        if i > 0, prefix[i - 1] == UInt8(ascii: ")") { return nil }
        return String(decoding: prefix[i..<dot], as: UTF8.self)
    }

    private static func isNameByte(_ c: UInt8) -> Bool {
        c >= 0x80 || c == UInt8(ascii: "_") || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
            || ((c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "z"))
    }

    /// Entries of `directory` (relative to the working directory; `~/` is the home
    /// directory) starting with `prefix`; directories end in `/`, hidden files are listed
    /// only for a prefix starting with `.`.
    func files(directory: String, prefix: String) -> [String] {
        var dir = directory
        if dir.hasPrefix("~/") { dir = NSHomeDirectory() + dir.dropFirst() }
        if !dir.hasPrefix("/") { dir = directory.isEmpty ? self.directory : self.directory + "/" + dir }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return [] }
        return names.filter { $0.hasPrefix(prefix) && (prefix.hasPrefix(".") || !$0.hasPrefix(".")) }
            .sorted()
            .map { name in
                var isDirectory: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: dir + "/" + name, isDirectory: &isDirectory)
                return isDirectory.boolValue ? name + "/" : name
            }
    }
}
