/// NumPy's nested-bracket layout (`_formatArray`): rows wrap at the line width with a
/// hanging indent under the opening bracket, higher axes are separated by one newline per
/// remaining axis (so 3-D blocks get a blank line between them), and summarised axes show
/// `...` in place of their middle.
struct NumPyLayout {
    let geometry: PrintGeometry
    /// Whether axes longer than twice `edgeItems` are cut to their edges.
    let summarising: Bool
    let edgeItems: Int
    /// `" "` for `str`, `", "` for `repr`.
    let separator: String
    /// Formats the element at a flat index.
    let element: (Int) -> String

    /// Lays out the whole array; `indent` is the continuation prefix (one space for the
    /// opening bracket plus the width of anything printed before it, such as `array(`).
    func render(lineWidth: Int, indent: String) -> String {
        recurse(axis: 0, offset: 0, hangingIndent: TextLine(indent), width: lineWidth)
    }

    private var trimmedSeparator: String {
        String(separator.reversed().drop(while: { $0 == " " }).reversed())
    }

    private func recurse(axis: Int, offset: Int, hangingIndent: TextLine, width: Int) -> String {
        let shape = geometry.shape
        guard axis < shape.count else { return element(offset) }
        let nextIndent = hangingIndent.appending(" ")
        let nextWidth = width - 1
        let length = shape[axis]
        let step = geometry.strides[axis]
        let showSummary = summarising && PrintGeometry.isCut(length: length, edgeItems: edgeItems)
        let leading = showSummary ? edgeItems : 0
        let trailing = showSummary ? edgeItems : length

        func child(_ position: Int) -> String {
            recurse(axis: axis + 1, offset: offset + position * step, hangingIndent: nextIndent,
                    width: nextWidth)
        }

        var text = ""
        if axis == shape.count - 1 {
            let elementWidth = width - max(trimmedSeparator.unicodeScalars.count, 1)
            var line = hangingIndent
            for position in 0..<leading {
                extend(&text, &line, with: child(position), width: elementWidth, indent: hangingIndent)
                line.append(separator)
            }
            if showSummary {
                extend(&text, &line, with: "...", width: elementWidth, indent: hangingIndent)
                line.append(separator)
            }
            if trailing > 1 {
                for back in stride(from: trailing, to: 1, by: -1) {
                    extend(&text, &line, with: child(length - back), width: elementWidth,
                           indent: hangingIndent)
                    line.append(separator)
                }
            }
            extend(&text, &line, with: child(length - 1), width: elementWidth, indent: hangingIndent)
            text += line.text
        } else {
            let lineSeparator = trimmedSeparator
                + String(repeating: "\n", count: shape.count - axis - 1)
            for position in 0..<leading {
                text += hangingIndent.text + child(position) + lineSeparator
            }
            if showSummary {
                text += hangingIndent.text + "..." + lineSeparator
            }
            if trailing > 1 {
                for back in stride(from: trailing, to: 1, by: -1) {
                    text += hangingIndent.text + child(length - back) + lineSeparator
                }
            }
            text += hangingIndent.text + child(length - 1)
        }
        // The first line carries the hanging indent too; replace it by the bracket.
        return "[" + String(text.unicodeScalars.dropFirst(hangingIndent.count)) + "]"
    }

    /// Appends a word to the current line, first moving to a new line when the word would
    /// pass the width (unless the line holds only the indent, where wrapping cannot help).
    private func extend(_ text: inout String, _ line: inout TextLine, with word: String, width: Int,
                        indent: TextLine) {
        let wordLength = word.unicodeScalars.count
        if line.count + wordLength > width && line.count > indent.count {
            text += line.trimmingTrailingSpaces() + "\n"
            line = indent
        }
        line.append(word, length: wordLength)
    }
}

/// A line of text that knows its length in Unicode scalars (what Python's `len` counts),
/// so wrapping decisions never rescan the string.
struct TextLine {
    private(set) var text: String
    private(set) var count: Int

    init(_ text: String) {
        self.text = text
        count = text.unicodeScalars.count
    }

    mutating func append(_ piece: String, length: Int? = nil) {
        text += piece
        count += length ?? piece.unicodeScalars.count
    }

    func appending(_ piece: String) -> TextLine {
        var copy = self
        copy.append(piece)
        return copy
    }

    /// The text without trailing spaces (Python's `rstrip` on the lines it builds).
    func trimmingTrailingSpaces() -> String {
        var scalars = Substring(text).unicodeScalars
        while let last = scalars.last, last == " " || last == "\t" || last == "\n" {
            scalars.removeLast()
        }
        return String(scalars)
    }
}
