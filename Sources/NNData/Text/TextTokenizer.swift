/// One data row of a text table: its 1-based line number and its fields, each trimmed of
/// surrounding spaces and tabs (a quoted field keeps what is inside its quotes).
struct TextRecord {
    /// Line number in the file, counting every line from 1.
    let line: Int
    /// The fields in order.
    let fields: [String]
}

/// Splits text into rows and fields as NumPy's `loadtxt` reads them.
///
/// Lines end at `\n` (a `\r` before it is dropped, so CRLF files read the same). The first
/// `skipLines` lines are skipped whatever they hold. A comment marker outside quotes ends the
/// line's data; a line with no data left (blank, or only a comment) is no row. Fields are
/// separated by `delimiter`, or by runs of spaces and tabs when it is nil. A field that starts
/// with the quote character runs to the matching quote (a doubled quote inside stands for
/// one, delimiters and comment markers inside are text). A single empty field after a final
/// delimiter (`1,2,3,`) is dropped, so a trailing delimiter does not add a column.
struct TextTokenizer {
    /// Field separator bytes; nil for whitespace.
    let delimiter: [UInt8]?
    /// Comment marker bytes; nil for none.
    let comment: [UInt8]?
    /// The quote byte; nil to take quotes literally.
    let quote: UInt8?

    /// Makes a tokenizer; an empty delimiter or comment is an error.
    init(delimiter: String?, comment: String?, quote: Character?) throws {
        if let d = delimiter, d.isEmpty || d == "\n" || d == "\r" {
            throw DataError.invalidArgument(name: "delimiter", value: "'\(d)'", requirement: "a non-empty string other than a newline")
        }
        if let c = comment, c.isEmpty {
            throw DataError.invalidArgument(name: "comments", value: "''", requirement: "a non-empty string or None")
        }
        var q: UInt8?
        if let quote {
            guard let ascii = quote.asciiValue else {
                throw DataError.invalidArgument(name: "quotechar", value: "'\(quote)'", requirement: "an ASCII character")
            }
            q = ascii
        }
        // A single space or tab as delimiter still means "split on that character".
        self.delimiter = delimiter.map { Array($0.utf8) }
        self.comment = comment.map { Array($0.utf8) }
        self.quote = q
    }

    /// The data rows of `text` after skipping `skipLines` lines, at most `maxRows` of them.
    func records(_ text: [UInt8], skipLines: Int, maxRows: Int? = nil) throws -> [TextRecord] {
        var out: [TextRecord] = []
        var start = 0, line = 0
        while start < text.count {
            if let maxRows, out.count >= maxRows { break }
            var end = start
            while end < text.count && text[end] != 0x0A { end += 1 }
            line += 1
            var stop = end
            if stop > start && text[stop - 1] == 0x0D { stop -= 1 }
            if line > skipLines, let fields = try split(text[start..<stop], line: line) {
                out.append(TextRecord(line: line, fields: fields))
            }
            start = end + 1
        }
        return out
    }

    /// The fields of one line; nil when the line holds no data.
    private func split(_ bytes: ArraySlice<UInt8>, line: Int) throws -> [String]? {
        let end = bytes.endIndex
        func matches(_ marker: [UInt8]?, at k: Int) -> Bool {
            guard let m = marker, k + m.count <= end else { return false }
            return bytes[k..<(k + m.count)].elementsEqual(m)
        }
        func isSpace(_ k: Int) -> Bool { (bytes[k] == 0x20 || bytes[k] == 0x09) && !matches(delimiter, at: k) }
        var fields: [String] = []
        var i = bytes.startIndex
        while true {
            while i < end && isSpace(i) { i += 1 }
            // Nothing left: the line had no data, or a delimiter ended it (`1,2,3,`).
            if i >= end || matches(comment, at: i) { break }
            var field: [UInt8] = []
            var quoted = false
            if let q = quote, bytes[i] == q {
                quoted = true
                i += 1
                var closed = false
                while i < end {
                    if bytes[i] == q {
                        if i + 1 < end && bytes[i + 1] == q { field.append(q); i += 2; continue }
                        i += 1
                        closed = true
                        break
                    }
                    field.append(bytes[i])
                    i += 1
                }
                if !closed { throw DataError.textUnterminatedQuote(line: line) }
            }
            while i < end && !matches(delimiter, at: i) && !matches(comment, at: i)
                    && !(delimiter == nil && isSpace(i)) {
                field.append(bytes[i])
                i += 1
            }
            if !quoted { while let last = field.last, last == 0x20 || last == 0x09 { field.removeLast() } }
            fields.append(String(decoding: field, as: UTF8.self))
            guard let d = delimiter, matches(d, at: i) else {
                if delimiter == nil && i < end && !matches(comment, at: i) { continue }
                break
            }
            i += d.count
        }
        return fields.isEmpty ? nil : fields
    }
}
