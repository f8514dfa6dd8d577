import Foundation

/// A parsed JSON document (test side: reads exported notebooks and the nbformat schema).
indirect enum JSONValue: Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue], keys: [String])

    subscript(key: String) -> JSONValue? {
        if case .object(let members, _) = self { return members[key] }
        return nil
    }

    var array: [JSONValue]? { if case .array(let a) = self { return a } else { return nil } }
    var string: String? { if case .string(let s) = self { return s } else { return nil } }
    var number: Double? { if case .number(let n) = self { return n } else { return nil } }

    /// A multi-line string field of nbformat (a string or a list of strings), joined.
    var text: String? {
        if let s = string { return s }
        return array?.compactMap(\.string).joined()
    }
}

/// A strict JSON parser (RFC 8259) with a nesting limit.
struct JSONParser {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private let b: [UInt8]
    private var i = 0
    private var depth = 0

    static func parse(_ text: String) throws -> JSONValue {
        var p = JSONParser(b: Array(text.utf8))
        p.skipSpace()
        let v = try p.value()
        p.skipSpace()
        guard p.i == p.b.count else { throw Failure(description: "trailing text at byte \(p.i)") }
        return v
    }

    private init(b: [UInt8]) { self.b = b }

    private mutating func skipSpace() {
        while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
    }

    private mutating func value() throws -> JSONValue {
        guard i < b.count else { throw Failure(description: "unexpected end") }
        switch b[i] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: return .number(try number())
        }
    }

    private mutating func literal(_ word: String) throws {
        let w = Array(word.utf8)
        guard i + w.count <= b.count, Array(b[i..<(i + w.count)]) == w else { throw Failure(description: "bad literal at \(i)") }
        i += w.count
    }

    private mutating func number() throws -> Double {
        let start = i
        if i < b.count, b[i] == UInt8(ascii: "-") { i += 1 }
        while i < b.count, (0x30...0x39).contains(b[i]) || b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: "e")
            || b[i] == UInt8(ascii: "E") || b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
        guard let d = Double(String(decoding: b[start..<i], as: UTF8.self)) else { throw Failure(description: "bad number at \(start)") }
        return d
    }

    private mutating func string() throws -> String {
        i += 1
        var out: [UInt8] = []
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "\"") { i += 1; return String(decoding: out, as: UTF8.self) }
            guard c >= 0x20 else { throw Failure(description: "raw control character in string at \(i)") }
            if c == UInt8(ascii: "\\") {
                i += 1
                guard i < b.count else { break }
                switch b[i] {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "u"):
                    guard i + 4 < b.count, let code = UInt32(String(decoding: b[(i + 1)...(i + 4)], as: UTF8.self), radix: 16),
                          let scalar = Unicode.Scalar(code) else { throw Failure(description: "bad \\u escape at \(i)") }
                    out += Array(String(Character(scalar)).utf8)
                    i += 4
                default: throw Failure(description: "bad escape at \(i)")
                }
                i += 1
            } else {
                out.append(c)
                i += 1
            }
        }
        throw Failure(description: "unterminated string")
    }

    private mutating func array() throws -> JSONValue {
        depth += 1
        defer { depth -= 1 }
        guard depth < 200 else { throw Failure(description: "too deep") }
        i += 1
        skipSpace()
        var items: [JSONValue] = []
        if i < b.count, b[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
        while true {
            skipSpace()
            items.append(try value())
            skipSpace()
            guard i < b.count else { throw Failure(description: "unterminated array") }
            if b[i] == UInt8(ascii: ",") { i += 1; continue }
            if b[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            throw Failure(description: "expected , or ] at \(i)")
        }
    }

    private mutating func object() throws -> JSONValue {
        depth += 1
        defer { depth -= 1 }
        guard depth < 200 else { throw Failure(description: "too deep") }
        i += 1
        skipSpace()
        var members: [String: JSONValue] = [:]
        var keys: [String] = []
        if i < b.count, b[i] == UInt8(ascii: "}") { i += 1; return .object(members, keys: keys) }
        while true {
            skipSpace()
            guard i < b.count, b[i] == UInt8(ascii: "\"") else { throw Failure(description: "expected key at \(i)") }
            let key = try string()
            skipSpace()
            guard i < b.count, b[i] == UInt8(ascii: ":") else { throw Failure(description: "expected : at \(i)") }
            i += 1
            skipSpace()
            guard members[key] == nil else { throw Failure(description: "duplicate key \(key)") }
            members[key] = try value()
            keys.append(key)
            skipSpace()
            guard i < b.count else { throw Failure(description: "unterminated object") }
            if b[i] == UInt8(ascii: ",") { i += 1; continue }
            if b[i] == UInt8(ascii: "}") { i += 1; return .object(members, keys: keys) }
            throw Failure(description: "expected , or } at \(i)")
        }
    }
}
