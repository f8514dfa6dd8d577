/// A parsed matplotlib format string (`'--r'`, `'o-'`, `'b.'`, `'g^'`, `'k:'`, `'C2'`).
///
/// Follows `matplotlib.axes._base._process_plot_format`: a string that is a whole colour
/// specification (`'red'`, `'#ff0000'`, `'0.5'`) is a colour; otherwise each character is a line
/// style, a marker, a base colour letter or part of `C<digits>`. A marker without a line style
/// means markers only; neither means a solid line.
public struct FormatString: Equatable, Sendable {
    /// The line style; `nil` when the string asks for markers only.
    public var lineStyle: LineStyle?
    public var marker: Marker?
    public var color: Color?

    /// Parses `text`; throws `PlotError.invalidFormatString` naming what is wrong.
    public init(_ text: String) throws {
        // A whole colour, except an integer string, which is a marker ('1' is tri_down).
        if let color = Color.parse(text), Int(text) == nil {
            self.lineStyle = .solid
            self.marker = nil
            self.color = color
            return
        }
        var style: LineStyle?
        var marker: Marker?
        var color: Color?
        let chars = Array(text)
        var i = 0
        func fail(_ reason: String) -> PlotError { .invalidFormatString(text, reason: reason) }
        while i < chars.count {
            let c = chars[i]
            let pair = i + 1 < chars.count ? String([c, chars[i + 1]]) : ""
            if pair == "--" || pair == "-." {
                if style != nil { throw fail("two linestyle symbols") }
                style = pair == "--" ? .dashed : .dashDot
                i += 2
            } else if c == "-" || c == ":" {
                if style != nil { throw fail("two linestyle symbols") }
                style = c == "-" ? .solid : .dotted
                i += 1
            } else if let m = Marker(rawValue: String(c)) {
                if marker != nil { throw fail("two marker symbols") }
                marker = m
                i += 1
            } else if let base = NamedColors.base[String(c)] {
                if color != nil { throw fail("two color symbols") }
                color = base
                i += 1
            } else if c == "C" {
                var j = i + 1
                while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
                guard j > i + 1, let index = Int(String(chars[(i + 1)..<j])) else {
                    throw fail("'C' must be followed by a number")
                }
                if color != nil { throw fail("two color symbols") }
                color = Color.cycle(index)
                i = j
            } else {
                throw fail("unrecognized character '\(c)'")
            }
        }
        if style == nil && marker == nil { style = .solid }
        self.lineStyle = style
        self.marker = marker
        self.color = color
    }
}
