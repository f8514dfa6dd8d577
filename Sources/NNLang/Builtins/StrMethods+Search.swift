/// `str` searching, padding, predicates and `str.format`.
extension StrMethods {
    /// The code-point index of `needle` in `hay[lo..<hi]`, searching forward or backward.
    static func find(_ hay: [Unicode.Scalar], _ needle: [Unicode.Scalar], _ lo: Int, _ hi: Int, reverse: Bool) -> Int? {
        guard lo <= hi, hi - lo >= needle.count else { return nil }
        let positions = Array(lo...(hi - needle.count))
        for i in reverse ? positions.reversed() : positions {
            var j = 0
            while j < needle.count && hay[i + j] == needle[j] { j += 1 }
            if j == needle.count { return i }
        }
        return nil
    }

    static func registerSearch(on str: ClassObject) {
        for (name, reverse, raises) in [("find", false, false), ("rfind", true, false), ("index", false, true), ("rindex", true, true)] {
            str.method(name, "sub, start=None, end=None, /", doc: "The lowest (or highest) index of sub, \(raises ? "ValueError" : "-1") if absent.") { a, _ in
                let hay = Array(text(a).unicodeScalars), needle = Array(try a.string(0).unicodeScalars)
                let (lo, hi) = window(hay.count, try a.optionalInt(1), try a.optionalInt(2))
                if let i = find(hay, needle, lo, hi, reverse: reverse) { return .int(i) }
                if raises { throw ScriptError.valueError("substring not found") }
                return .int(-1)
            }
        }
        str.method("count", "sub, start=None, end=None, /", doc: "The number of non-overlapping occurrences of sub.") { a, _ in
            let hay = Array(text(a).unicodeScalars), needle = Array(try a.string(0).unicodeScalars)
            var (lo, hi) = window(hay.count, try a.optionalInt(1), try a.optionalInt(2))
            if lo > hi { return .int(0) }
            if needle.isEmpty { return .int(hi - lo + 1) }
            var n = 0
            while let i = find(hay, needle, lo, hi, reverse: false) {
                n += 1
                lo = i + needle.count
            }
            return .int(n)
        }
        for (name, reverse) in [("partition", false), ("rpartition", true)] {
            str.method(name, "sep, /", doc: "(head, sep, tail) around the first (last) occurrence of sep.") { a, _ in
                let s = text(a), sep = try a.string(0)
                if sep.isEmpty { throw ScriptError.valueError("empty separator") }
                let hay = Array(s.unicodeScalars), needle = Array(sep.unicodeScalars)
                guard let i = find(hay, needle, 0, hay.count, reverse: reverse) else {
                    return .tuple(reverse ? [.string(""), .string(""), .string(s)] : [.string(s), .string(""), .string("")])
                }
                let head = String(String.UnicodeScalarView(hay[..<i]))
                let tail = String(String.UnicodeScalarView(hay[(i + needle.count)...]))
                return .tuple([.string(head), .string(sep), .string(tail)])
            }
        }
        str.method("removeprefix", "prefix, /", doc: "The string without the prefix, if it has it.") { a, _ in
            let s = text(a), p = try a.string(0)
            return .string(s.utf8.starts(with: p.utf8) ? String(decoding: s.utf8.dropFirst(p.utf8.count), as: UTF8.self) : s)
        }
        str.method("removesuffix", "suffix, /", doc: "The string without the suffix, if it has it.") { a, _ in
            let s = text(a), p = try a.string(0)
            if !p.isEmpty && s.utf8.reversed().starts(with: p.utf8.reversed()) {
                return .string(String(decoding: s.utf8.dropLast(p.utf8.count), as: UTF8.self))
            }
            return .string(s)
        }
        let predicates: [(String, (Unicode.Scalar) -> Bool, String)] = [
            ("isdigit", { $0.properties.numericType == .digit || $0.properties.numericType == .decimal }, "digits"),
            ("isdecimal", { $0.properties.numericType == .decimal }, "decimal characters"),
            ("isnumeric", { $0.properties.numericType != nil }, "numeric characters"),
            ("isalpha", { $0.properties.isAlphabetic }, "letters"),
            ("isalnum", { $0.properties.isAlphabetic || $0.properties.numericType != nil }, "letters or digits"),
            ("isspace", { isSpace($0) }, "whitespace"),
        ]
        for (name, test, what) in predicates {
            str.method(name, "", doc: "Whether the string is non-empty and all \(what).") { a, _ in
                let s = text(a).unicodeScalars
                return .bool(!s.isEmpty && s.allSatisfy(test))
            }
        }
        str.method("isupper", "", doc: "Whether all cased characters are upper case (and there is one).") { a, _ in
            let s = text(a)
            return .bool(s.contains { $0.isUppercase } && !s.contains { $0.isLowercase })
        }
        str.method("islower", "", doc: "Whether all cased characters are lower case (and there is one).") { a, _ in
            let s = text(a)
            return .bool(s.contains { $0.isLowercase } && !s.contains { $0.isUppercase })
        }
        str.method("isidentifier", "", doc: "Whether the string is a valid name.") { a, _ in
            let s = text(a)
            guard let f = s.unicodeScalars.first, f == "_" || f.properties.isXIDStart else { return .false }
            return .bool(s.unicodeScalars.dropFirst().allSatisfy { $0 == "_" || $0.properties.isXIDContinue })
        }
    }

    static func registerLayout(on str: ClassObject) {
        for (name, align) in [("center", "^"), ("ljust", "<"), ("rjust", ">")] {
            str.method(name, "width, fillchar=' ', /", doc: "The string padded to width (\(name)).") { a, _ in
                let s = text(a), width = try a.int(0), fill = try a.string(1)
                if width > ScriptError.maximumItems { throw ScriptError.tooLarge("padded string") }
                guard fill.unicodeScalars.count == 1, let f = fill.unicodeScalars.first else {
                    throw ScriptError.typeError("The fill character must be exactly one character long")
                }
                let n = s.unicodeScalars.count
                if width <= n { return .string(s) }
                let pad = width - n
                let fc = String(Character(f))
                switch align {
                case "<": return .string(s + String(repeating: fc, count: pad))
                case ">": return .string(String(repeating: fc, count: pad) + s)
                default:
                    let left = pad / 2 + (pad & width & 1)
                    return .string(String(repeating: fc, count: left) + s + String(repeating: fc, count: pad - left))
                }
            }
        }
        str.method("zfill", "width, /", doc: "The string padded with zeros on the left (after a sign).") { a, _ in
            var s = text(a)
            let width = try a.int(0), n = s.unicodeScalars.count
            if width > ScriptError.maximumItems { throw ScriptError.tooLarge("padded string") }
            if width <= n { return .string(s) }
            var sign = ""
            if s.hasPrefix("+") || s.hasPrefix("-") { sign = String(s.removeFirst()) }
            return .string(sign + String(repeating: "0", count: width - n) + s)
        }
        str.method("format", "*args, **kwargs", doc: "The string with {} fields replaced by the arguments.") { a, rt in
            .string(try formatString(text(a), a.varArgs, a.varKeywords, rt))
        }
        str.method("expandtabs", "tabsize=8", doc: "A copy with tabs expanded to spaces.") { a, _ in
            let size = try a.int(0)
            var out = "", column = 0
            for u in text(a).unicodeScalars {
                if u == "\t" {
                    let n = size > 0 ? size - column % size : 0
                    out += String(repeating: " ", count: n)
                    column += n
                } else {
                    out.unicodeScalars.append(u)
                    column = u == "\n" || u == "\r" ? 0 : column + 1
                }
            }
            return .string(out)
        }
    }

    /// `str.format`: `{}`, `{0}`, `{name}`, `{0.attr}`, `{0[key]}`, `!r`, `:spec`, `{{ }}`.
    static func formatString(_ template: String, _ args: [Value], _ kwargs: [(String, Value)], _ rt: Runtime,
                             depth: Int = 0) throws(ScriptError) -> String {
        let s = Array(template.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0, auto = 0
        var manual: Bool?
        while i < s.count {
            let c = s[i]
            if c == "}" {
                guard i + 1 < s.count, s[i + 1] == "}" else {
                    throw ScriptError.valueError("Single '}' encountered in format string")
                }
                out.append("}")
                i += 2
                continue
            }
            guard c == "{" else { out.append(c); i += 1; continue }
            if i + 1 < s.count && s[i + 1] == "{" { out.append("{"); i += 2; continue }
            var j = i + 1, level = 1
            while j < s.count {
                if s[j] == "{" { level += 1 }
                if s[j] == "}" { level -= 1; if level == 0 { break } }
                j += 1
            }
            guard j < s.count else { throw ScriptError.valueError("expected '}' before end of string") }
            let field = String(String.UnicodeScalarView(s[(i + 1)..<j]))
            i = j + 1
            var spec = "", conversion: Character?
            var name = Substring(field)
            if let colon = field.firstIndex(of: ":") {
                spec = String(field[field.index(after: colon)...])
                name = field[..<colon]
            }
            if let bang = name.firstIndex(of: "!") {
                let conv = name[name.index(after: bang)...]
                guard conv.count == 1, let ch = conv.first, "rsa".contains(ch) else {
                    throw ScriptError.valueError("Unknown conversion specifier \(conv)")
                }
                conversion = ch
                name = name[..<bang]
            }
            let head = name.prefix { $0 != "." && $0 != "[" }
            var value: Value
            if head.isEmpty {
                if manual == true { throw ScriptError.valueError("cannot switch from manual field specification to automatic field numbering") }
                manual = false
                guard auto < args.count else { throw ScriptError.indexError("Replacement index \(auto) out of range for positional args tuple") }
                value = args[auto]
                auto += 1
            } else if let n = Int(head) {
                if manual == false { throw ScriptError.valueError("cannot switch from automatic field numbering to manual field specification") }
                manual = true
                guard n < args.count else { throw ScriptError.indexError("Replacement index \(n) out of range for positional args tuple") }
                value = args[n]
            } else {
                guard let kw = kwargs.first(where: { $0.0 == head }) else { throw ScriptError.keyError(.string(String(head))) }
                value = kw.1
            }
            var rest = name.dropFirst(head.count)
            while let first = rest.first {
                if first == "." {
                    let attr = rest.dropFirst().prefix { $0 != "." && $0 != "[" }
                    value = try rt.getAttribute(value, String(attr))
                    rest = rest.dropFirst(1 + attr.count)
                } else {
                    guard let close = rest.firstIndex(of: "]") else { throw ScriptError.valueError("Missing ']' in format string") }
                    let key = rest[rest.index(after: rest.startIndex)..<close]
                    value = try rt.getItem(value, Int(key).map(Value.int) ?? .string(String(key)))
                    rest = rest[rest.index(after: close)...]
                }
            }
            switch conversion {
            case "r": value = .string(try rt.repr(value))
            case "s": value = .string(try rt.str(value))
            case "a": value = .string(Runtime.asciiEscape(try rt.repr(value)))
            default: break
            }
            if spec.contains("{") {
                if depth > 1 { throw ScriptError.valueError("Max string recursion exceeded") }
                spec = try formatString(spec, args, kwargs, rt, depth: depth + 1)
            }
            out.append(contentsOf: try rt.format(value, spec).unicodeScalars)
        }
        return String(out)
    }
}
