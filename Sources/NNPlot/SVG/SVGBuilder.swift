/// Accumulates SVG markup: elements with escaped attribute values and text, and numbers
/// written compactly with two decimals at most.
struct SVGBuilder {
    private(set) var text = ""

    /// An empty element `<name a="v" …/>`.
    mutating func element(_ name: String, _ attributes: [(String, String)]) {
        text += "<" + name + SVGBuilder.attributes(attributes) + "/>\n"
    }

    /// An element with escaped text content.
    mutating func element(_ name: String, _ attributes: [(String, String)], text content: String) {
        text += "<" + name + SVGBuilder.attributes(attributes) + ">" + SVGBuilder.escape(content) + "</" + name + ">\n"
    }

    /// Opens an element whose children follow.
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        text += "<" + name + SVGBuilder.attributes(attributes) + ">\n"
    }

    mutating func close(_ name: String) {
        text += "</" + name + ">\n"
    }

    /// Raw markup, for callers that built it themselves.
    mutating func raw(_ markup: String) {
        text += markup
    }

    static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
    }

    /// Text made safe for XML content and attribute values: markup characters become
    /// entities and characters XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF) become spaces.
    static func escape(_ raw: String) -> String {
        var out = ""
        out.reserveCapacity(raw.utf8.count)
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out += " "
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF || (0x7F...0x9F).contains(v) {
                    out += " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// A coordinate with at most two decimals and no trailing zeros (`12.5`, `3`, `-0.25`).
    static func number(_ v: Double) -> String {
        guard v.isFinite else { return "0" }
        let clamped = min(max(v, -1e9), 1e9)
        let hundredths = Int((clamped * 100).rounded())
        if hundredths == 0 { return "0" }
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / 100
        let fraction = magnitude % 100
        if fraction == 0 { return sign + String(whole) }
        if fraction % 10 == 0 { return sign + "\(whole).\(fraction / 10)" }
        return sign + "\(whole)." + (fraction < 10 ? "0" : "") + String(fraction)
    }

    /// A colour as `#rrggbb`.
    static func color(_ c: Color) -> String { c.hexString }

    /// Estimated width of `text` in points at `size` (sans-serif averages about 0.6 em).
    static func textWidth(_ text: String, size: Double) -> Double {
        Double(DisplayWidth.of(text)) * 0.6 * size
    }
}
