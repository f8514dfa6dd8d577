/// Splits an output line into numbers, words and runs of spaces, for comparing lines whose
/// numbers may drift within a tolerance.
///
/// A number is an unsigned decimal literal as Python, NumPy and PyTorch print them (`42`,
/// `0.123`, `1.`, `.5`, `1.5e-05`) or the word `nan` or `inf`, standing alone: not part of a
/// word (`float32`, `x1`, `0x1f`, `1_000` and `banana` hold no number). A sign stays text, so
/// `-1.5` and `1.5` never match.
enum NumberTokens {
    /// One token.
    enum Token: Equatable {
        /// A number: its text, its value, and whether it is written as an integer.
        case number(text: String, value: Double, isInteger: Bool)
        /// A run of characters other than spaces and numbers.
        case word(String)
        /// A run of spaces and tabs.
        case space(String)
    }

    /// The tokens of `line`, in order; joining their texts gives `line` back.
    static func tokenize(_ line: String) -> [Token] {
        let chars = Array(line.utf8)
        var tokens: [Token] = []
        var i = 0
        var wordStart: Int? = nil

        func slice(_ a: Int, _ b: Int) -> String { String(decoding: chars[a..<b], as: UTF8.self) }
        func closeWord(at end: Int) {
            if let s = wordStart { tokens.append(.word(slice(s, end))) }
            wordStart = nil
        }

        while i < chars.count {
            let c = chars[i]
            if c == 0x20 || c == 0x09 {
                closeWord(at: i)
                var j = i
                while j < chars.count, chars[j] == 0x20 || chars[j] == 0x09 { j += 1 }
                tokens.append(.space(slice(i, j)))
                i = j
                continue
            }
            if !isWordByte(i > 0 ? chars[i - 1] : 0x20), let end = numberEnd(chars, from: i),
               end == chars.count || !isWordByte(chars[end]) {
                closeWord(at: i)
                let t = slice(i, end)
                let isInteger = !t.contains(".") && !t.contains("e") && !t.contains("E") && t != "nan" && t != "inf"
                let value = t == "nan" ? Double.nan : t == "inf" ? Double.infinity : (Double(t) ?? .nan)
                tokens.append(.number(text: t, value: value, isInteger: isInteger))
                i = end
                continue
            }
            if wordStart == nil { wordStart = i }
            i += 1
        }
        closeWord(at: chars.count)
        return tokens
    }

    /// Letters, digits, `_` and `.` glue a number to its neighbours (and non-ASCII bytes,
    /// which belong to words).
    static func isWordByte(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || c == 0x2E || c >= 0x80
    }

    /// The end of a number literal starting at `i`, or nil.
    static func numberEnd(_ c: [UInt8], from i: Int) -> Int? {
        func isDigit(_ k: Int) -> Bool { k < c.count && c[k] >= 0x30 && c[k] <= 0x39 }
        func word(_ w: String) -> Int? {
            let u = Array(w.utf8)
            guard i + u.count <= c.count, Array(c[i..<(i + u.count)]) == u else { return nil }
            return i + u.count
        }
        if let e = word("nan") ?? word("inf") { return e }
        var j = i
        var digits = 0
        while isDigit(j) { j += 1; digits += 1 }
        if j < c.count, c[j] == 0x2E {
            j += 1
            while isDigit(j) { j += 1; digits += 1 }
        }
        guard digits > 0 else { return nil }
        if j < c.count, c[j] == 0x65 || c[j] == 0x45 {
            var k = j + 1
            if k < c.count, c[k] == 0x2B || c[k] == 0x2D { k += 1 }
            if isDigit(k) {
                while isDigit(k) { k += 1 }
                j = k
            }
        }
        return j
    }
}
