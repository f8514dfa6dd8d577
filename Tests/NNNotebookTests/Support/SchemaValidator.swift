import Foundation

/// A JSON Schema (draft 4) validator for the keywords the nbformat schemas use: `$ref` (local
/// `#/definitions/…`), `type` (name or list), `enum`, `required`, `properties`,
/// `patternProperties`, `additionalProperties` (boolean or schema), `items`, `minItems`,
/// `uniqueItems`, `minLength`, `maxLength`, `pattern`, `minimum`, `maximum`, `oneOf`,
/// `anyOf`, `allOf`, `not`. Any other keyword fails loudly, so a schema needing more is noticed.
struct SchemaValidator {
    let root: JSONValue
    static let known: Set<String> = [
        "$schema", "$ref", "description", "definitions", "type", "enum", "required", "properties",
        "patternProperties", "additionalProperties", "items", "minItems", "uniqueItems", "minLength",
        "maxLength", "pattern", "minimum", "maximum", "oneOf", "anyOf", "allOf", "not", "default",
    ]

    /// Every violation of `value` against the root schema, as `path: reason`.
    func validate(_ value: JSONValue) -> [String] {
        var errors: [String] = []
        check(value, root, path: "$", errors: &errors)
        return errors
    }

    func resolve(_ ref: String) -> JSONValue? {
        guard ref.hasPrefix("#/") else { return nil }
        var node: JSONValue? = root
        for part in ref.dropFirst(2).split(separator: "/") { node = node?[String(part)] }
        return node
    }

    func typeMatches(_ v: JSONValue, _ t: String) -> Bool {
        switch (t, v) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null): return true
        case ("number", .number): return true
        case ("integer", .number(let d)): return d == d.rounded()
        default: return false
        }
    }

    func check(_ v: JSONValue, _ schema: JSONValue, path: String, errors: inout [String]) {
        guard case .object(let s, _) = schema else { return }
        for key in s.keys where !Self.known.contains(key) { errors.append("\(path): schema keyword \(key) is not supported") }
        if let ref = s["$ref"]?.string {
            guard let target = resolve(ref) else { errors.append("\(path): unresolved $ref \(ref)"); return }
            check(v, target, path: path, errors: &errors)
        }
        if let t = s["type"] {
            let names = t.array?.compactMap(\.string) ?? [t.string ?? ""]
            if !names.contains(where: { typeMatches(v, $0) }) { errors.append("\(path): expected type \(names)") }
        }
        if let options = s["enum"]?.array, !options.contains(v) { errors.append("\(path): \(v) not in enum") }
        if case .object(let members, _) = v {
            for r in s["required"]?.array?.compactMap(\.string) ?? [] where members[r] == nil {
                errors.append("\(path): missing required \(r)")
            }
            let properties: [String: JSONValue]
            if case .object(let p, _)? = s["properties"] { properties = p } else { properties = [:] }
            var patterns: [(NSRegularExpression, JSONValue)] = []
            if case .object(let pp, _)? = s["patternProperties"] {
                for (p, sub) in pp {
                    if let re = try? NSRegularExpression(pattern: p) { patterns.append((re, sub)) } else { errors.append("\(path): bad pattern \(p)") }
                }
            }
            for (k, member) in members {
                var matched = false
                if let sub = properties[k] { matched = true; check(member, sub, path: "\(path).\(k)", errors: &errors) }
                for (re, sub) in patterns where re.firstMatch(in: k, range: NSRange(k.startIndex..., in: k)) != nil {
                    matched = true
                    check(member, sub, path: "\(path).\(k)", errors: &errors)
                }
                if !matched, let extra = s["additionalProperties"] {
                    if case .bool(false) = extra { errors.append("\(path): additional property \(k) not allowed") }
                    else if case .object = extra { check(member, extra, path: "\(path).\(k)", errors: &errors) }
                }
            }
        }
        if case .array(let items) = v {
            if let itemSchema = s["items"] { for (k, item) in items.enumerated() { check(item, itemSchema, path: "\(path)[\(k)]", errors: &errors) } }
            if let min = s["minItems"]?.number, Double(items.count) < min { errors.append("\(path): fewer than \(min) items") }
            if case .bool(true)? = s["uniqueItems"] {
                for a in items.indices { for b in items.indices where b > a && items[a] == items[b] { errors.append("\(path): duplicate items") } }
            }
        }
        if case .string(let str) = v {
            let length = str.unicodeScalars.count
            if let min = s["minLength"]?.number, Double(length) < min { errors.append("\(path): shorter than \(min)") }
            if let max = s["maxLength"]?.number, Double(length) > max { errors.append("\(path): longer than \(max)") }
            if let p = s["pattern"]?.string {
                if let re = try? NSRegularExpression(pattern: p) {
                    if re.firstMatch(in: str, range: NSRange(str.startIndex..., in: str)) == nil { errors.append("\(path): '\(str)' does not match \(p)") }
                } else {
                    errors.append("\(path): bad pattern \(p)")
                }
            }
        }
        if case .number(let d) = v {
            if let min = s["minimum"]?.number, d < min { errors.append("\(path): below minimum \(min)") }
            if let max = s["maximum"]?.number, d > max { errors.append("\(path): above maximum \(max)") }
        }
        if let options = s["oneOf"]?.array {
            var passing = 0
            for o in options {
                var sub: [String] = []
                check(v, o, path: path, errors: &sub)
                if sub.isEmpty { passing += 1 }
            }
            if passing != 1 { errors.append("\(path): matches \(passing) of the oneOf schemas, not exactly one") }
        }
        if let options = s["anyOf"]?.array {
            let any = options.contains { o in var sub: [String] = []; check(v, o, path: path, errors: &sub); return sub.isEmpty }
            if !any { errors.append("\(path): matches none of the anyOf schemas") }
        }
        for o in s["allOf"]?.array ?? [] { check(v, o, path: path, errors: &errors) }
        if let not = s["not"] {
            var sub: [String] = []
            check(v, not, path: path, errors: &sub)
            if sub.isEmpty { errors.append("\(path): matches a 'not' schema") }
        }
    }
}
