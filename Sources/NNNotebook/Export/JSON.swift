/// A JSON value for writing notebooks, written the way Jupyter writes `.ipynb` files
/// (`json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False)`), so an exported notebook
/// saved again by Jupyter shows no spurious diff.
public indirect enum JSON: Equatable, Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// An integer.
    case int(Int)
    /// A string.
    case string(String)
    /// A list.
    case array([JSON])
    /// Members; written with keys sorted.
    case object([String: JSON])

    /// The text, ending with a newline.
    public func serialized() -> String {
        var out = ""
        write(into: &out, indent: 0)
        out += "\n"
        return out
    }

    /// Writes the value at nesting `indent` (one space per level, as Jupyter).
    func write(into out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .string(let s): JSON.quote(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[\n"
            for (k, item) in items.enumerated() {
                out += String(repeating: " ", count: indent + 1)
                item.write(into: &out, indent: indent + 1)
                out += k + 1 < items.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{\n"
            let keys = members.keys.sorted { $0.unicodeScalars.map(\.value).lexicographicallyPrecedes($1.unicodeScalars.map(\.value)) }
            for (k, key) in keys.enumerated() {
                out += String(repeating: " ", count: indent + 1)
                JSON.quote(key, into: &out)
                out += ": "
                members[key]?.write(into: &out, indent: indent + 1)
                out += k + 1 < keys.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped; other
    /// characters written as themselves (UTF-8).
    static func quote(_ s: String, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{8}": out += "\\b"
            case "\u{C}": out += "\\f"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }

    /// Text as nbformat's multi-line string: a list of lines, each but the last keeping its
    /// `\n`.
    static func lines(_ text: String) -> JSON {
        var out: [JSON] = []
        var current = ""
        for c in text.unicodeScalars {
            current.unicodeScalars.append(c)
            if c == "\n" {
                out.append(.string(current))
                current = ""
            }
        }
        if !current.isEmpty { out.append(.string(current)) }
        return .array(out)
    }
}
