/// Turns text written for a terminal into the lines a file should keep: what the terminal
/// would finally show. A carriage return moves back to the start of the line and later text
/// overwrites it (so a progress bar redrawn with `\r` leaves only its final state), backspace
/// moves back one place, `ESC[K` erases to the end of the line, and other ANSI escape
/// sequences (colours, cursor moves) are dropped.
public enum TerminalText {
    /// The lines of `text` (split at `\n` or `\r\n`; a final newline ends the last line rather
    /// than starting an empty one).
    public static func lines(of text: String) -> [String] {
        var out: [String] = []
        var line: [Unicode.Scalar] = []
        var cursor = 0
        var scalars = text.unicodeScalars.makeIterator()
        var pendingCR = false

        func put(_ s: Unicode.Scalar) {
            if cursor < line.count { line[cursor] = s } else { line.append(s) }
            cursor += 1
        }
        func endLine() {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: line)
            out.append(String(s))
            line.removeAll(keepingCapacity: true)
            cursor = 0
        }

        while let s = scalars.next() {
            if pendingCR {
                pendingCR = false
                if s == "\n" { endLine(); continue }
                cursor = 0
            }
            switch s {
            case "\n":
                endLine()
            case "\r":
                pendingCR = true
            case "\u{8}":
                cursor = max(0, cursor - 1)
            case "\u{1B}":
                escape(&scalars, line: &line, cursor: &cursor)
            default:
                put(s)
            }
        }
        if pendingCR { cursor = 0 }
        // A last line without a newline is kept unless nothing visible is left of it.
        if !line.isEmpty { endLine() }
        return out
    }

    /// Consumes an escape sequence after ESC; applies `ESC[K` / `ESC[0K` / `ESC[2K`.
    static func escape(_ scalars: inout String.UnicodeScalarView.Iterator,
                       line: inout [Unicode.Scalar], cursor: inout Int) {
        guard let kind = scalars.next() else { return }
        switch kind {
        case "[":
            // CSI: parameter and intermediate bytes, then one final byte in 0x40...0x7E.
            var parameters = ""
            while let s = scalars.next() {
                if (0x40...0x7E).contains(s.value) {
                    if s == "K" {
                        if parameters == "2" {
                            line.removeAll()
                        } else if parameters.isEmpty || parameters == "0" {
                            if cursor < line.count { line.removeSubrange(cursor...) }
                        }
                    }
                    return
                }
                parameters.unicodeScalars.append(s)
            }
        case "]":
            // OSC: up to BEL or ESC \.
            while let s = scalars.next() {
                if s == "\u{7}" { return }
                if s == "\u{1B}" { _ = scalars.next(); return }
            }
        default:
            return
        }
    }
}
