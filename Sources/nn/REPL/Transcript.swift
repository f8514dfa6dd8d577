/// The session's inputs with their outputs, for `:save`: written as a `.nn` notebook where
/// each statement is followed by what it printed or showed as `#> ` lines and its error as
/// `#! ` lines (LANGUAGE.md, "Notebook files").
struct Transcript {
    /// One statement (with any comment lines typed before it) and what it produced.
    struct Entry: Equatable {
        /// The statement's source lines.
        var code: String
        /// Everything it wrote to standard output.
        var output: String
        /// Its error as rendered (no colour), if it failed.
        var error: String?
    }

    /// The recorded statements, oldest first.
    private(set) var entries: [Entry] = []

    /// Whether nothing was recorded.
    var isEmpty: Bool { entries.isEmpty }

    /// Records a statement.
    mutating func append(_ entry: Entry) { entries.append(entry) }

    /// Puts a comment line above the entry at `index` (if there is one).
    mutating func insertNote(_ note: String, at index: Int) {
        guard index < entries.count else { return }
        entries[index].code = note + "\n" + entries[index].code
    }

    /// Forgets everything (`:reset` starts a new notebook).
    mutating func removeAll() { entries.removeAll() }

    /// The notebook text.
    var notebook: String {
        var out = ""
        for entry in entries {
            out += entry.code
            if !out.hasSuffix("\n") { out += "\n" }
            for line in Transcript.lines(of: entry.output) { out += line.isEmpty ? "#>\n" : "#> \(line)\n" }
            if let error = entry.error {
                for line in Transcript.lines(of: error) { out += line.isEmpty ? "#!\n" : "#! \(line)\n" }
            }
        }
        return out
    }

    /// The lines of terminal output as they would remain on screen: escape sequences
    /// removed, a carriage return overwriting its line from the start (progress bars), and
    /// no empty line after a final newline.
    static func lines(of text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { raw -> String in
            let plain = stripEscapes(String(raw))
            guard let cr = plain.lastIndex(of: "\r") else { return plain }
            // A carriage return at the very end (before the newline) keeps the line's text.
            let after = plain[plain.index(after: cr)...]
            return after.isEmpty ? String(plain.replacingOccurrences(of: "\r", with: "")) : String(after)
        }
        if text.hasSuffix("\n") { lines.removeLast() }
        return lines.map { $0.trimmingTrailingSpaces() }
    }

    /// `text` without ANSI CSI escape sequences (`ESC [ … letter`).
    static func stripEscapes(_ text: String) -> String {
        guard text.contains("\u{1B}") else { return text }
        var out = ""
        var scalars = text.unicodeScalars.makeIterator()
        while let s = scalars.next() {
            guard s == "\u{1B}" else { out.unicodeScalars.append(s); continue }
            guard let next = scalars.next() else { break }
            if next != "[" { continue }
            while let c = scalars.next(), !(c.value >= 0x40 && c.value <= 0x7E) {}
        }
        return out
    }
}

extension String {
    /// The string without trailing spaces (`#>` lines never end in spaces).
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }

    /// Occurrences of `target` replaced by `replacement` (without Foundation).
    fileprivate func replacingOccurrences(of target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
