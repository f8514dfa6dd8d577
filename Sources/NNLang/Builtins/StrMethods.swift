import Foundation

/// Methods of `str`. Positions are code points, as in Python.
enum StrMethods {
    /// The receiver's text.
    static func text(_ a: BoundArguments) -> String {
        if case .str(let s) = a.receiver { return s.value }
        return ""
    }

    /// Python's whitespace (str.split / strip without arguments).
    static func isSpace(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    static func register(on str: ClassObject) {
        str.method("upper", "", doc: "A copy in upper case.") { a, _ in .string(text(a).uppercased()) }
        str.method("lower", "", doc: "A copy in lower case.") { a, _ in .string(text(a).lowercased()) }
        str.method("casefold", "", doc: "A copy for caseless comparison.") { a, _ in .string(text(a).lowercased()) }
        str.method("swapcase", "", doc: "A copy with the case of letters swapped.") { a, _ in
            .string(String(text(a).map { c in c.isUppercase ? Character(c.lowercased()) : c.isLowercase ? Character(c.uppercased()) : c }))
        }
        str.method("capitalize", "", doc: "A copy with the first character upper case and the rest lower.") { a, _ in
            let s = text(a)
            guard let first = s.first else { return .string("") }
            return .string(first.uppercased() + s.dropFirst().lowercased())
        }
        str.method("title", "", doc: "A copy with each word capitalized.") { a, _ in
            var out = "", previousCased = false
            for c in text(a) {
                out += previousCased ? c.lowercased() : c.uppercased()
                previousCased = c.isLetter
            }
            return .string(out)
        }
        for (name, side) in [("strip", 0), ("lstrip", 1), ("rstrip", 2)] {
            str.method(name, "chars=None, /", doc: "A copy without leading/trailing whitespace (or the given characters).") { a, _ in
                let chars: Set<Unicode.Scalar>? = try a.optionalString(0).map { Set($0.unicodeScalars) }
                let strip = { (u: Unicode.Scalar) -> Bool in chars.map { $0.contains(u) } ?? isSpace(u) }
                var scalars = Array(text(a).unicodeScalars)[...]
                if side != 2 { while let f = scalars.first, strip(f) { scalars = scalars.dropFirst() } }
                if side != 1 { while let l = scalars.last, strip(l) { scalars = scalars.dropLast() } }
                return .string(String(String.UnicodeScalarView(scalars)))
            }
        }
        str.method("split", "sep=None, maxsplit=-1", doc: "The words of the string, split at sep (default: runs of whitespace).") { a, _ in
            .list(ListObject(try split(text(a), sep: a.optionalString(0), maxsplit: a.int(1)).map(Value.string)))
        }
        str.method("rsplit", "sep=None, maxsplit=-1", doc: "Like split, splitting from the right.") { a, _ in
            let parts = try rsplit(text(a), sep: a.optionalString(0), maxsplit: a.int(1))
            return .list(ListObject(parts.map(Value.string)))
        }
        str.method("splitlines", "keepends=False", doc: "The lines of the string.") { a, _ in
            let keep = try a.bool(0)
            var lines: [String] = [], current = String.UnicodeScalarView()
            let scalars = Array(text(a).unicodeScalars)
            var i = 0
            while i < scalars.count {
                let u = scalars[i]
                if [0x0A, 0x0D, 0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029].contains(u.value) {
                    var end = String.UnicodeScalarView([u])
                    if u.value == 0x0D && i + 1 < scalars.count && scalars[i + 1].value == 0x0A {
                        end.append(scalars[i + 1])
                        i += 1
                    }
                    lines.append(String(current) + (keep ? String(end) : ""))
                    current = String.UnicodeScalarView()
                } else {
                    current.append(u)
                }
                i += 1
            }
            if !current.isEmpty { lines.append(String(current)) }
            return .list(ListObject(lines.map(Value.string)))
        }
        str.method("join", "iterable, /", doc: "The strings of the iterable joined with this string between them.") { a, rt in
            var parts: [String] = []
            var index = 0
            try rt.forEach(a[0]) { (v) throws(ScriptError) in
                guard case .str(let s) = v else {
                    throw ScriptError.typeError("sequence item \(index): expected str instance, \(v.typeName) found")
                }
                parts.append(s.value)
                index += 1
            }
            return .string(parts.joined(separator: text(a)))
        }
        str.method("replace", "old, new, count=-1, /", doc: "A copy with occurrences of old replaced by new.") { a, _ in
            .string(replace(text(a), try a.string(0), try a.string(1), count: try a.int(2)))
        }
        for (name, isStart) in [("startswith", true), ("endswith", false)] {
            str.method(name, "prefix, start=None, end=None, /", doc: "Whether the string \(isStart ? "starts" : "ends") with the prefix (or any in a tuple).") { a, _ in
                let scalars = Array(text(a).unicodeScalars)
                let (lo, hi) = try window(scalars.count, a.optionalInt(1), a.optionalInt(2))
                let s = lo <= hi ? Array(scalars[lo..<hi]) : []
                var options: [String] = []
                switch a[0] {
                case .str(let p): options = [p.value]
                case .tuple(let items):
                    for item in items {
                        guard case .str(let p) = item else {
                            throw ScriptError.typeError("tuple for \(name) must only contain str, not \(item.typeName)")
                        }
                        options.append(p.value)
                    }
                default:
                    throw ScriptError.typeError("\(name) first arg must be str or a tuple of str, not \(a[0].typeName)")
                }
                if lo > scalars.count { return .false }
                for p in options {
                    let ps = Array(p.unicodeScalars)
                    if ps.count <= s.count && (isStart ? Array(s.prefix(ps.count)) == ps : Array(s.suffix(ps.count)) == ps) { return .true }
                }
                return .false
            }
        }
        registerSearch(on: str)
        registerLayout(on: str)
    }

    /// Clamps `start`/`end` slice-style to a length.
    static func window(_ n: Int, _ start: Int?, _ end: Int?) -> (Int, Int) {
        func clamp(_ v: Int?, _ d: Int) -> Int {
            guard var x = v else { return d }
            if x < 0 { x += n }
            return min(max(x, 0), n)
        }
        let lo = start.map { s in s < 0 ? max(0, s + n) : s } ?? 0
        return (lo, clamp(end, n))
    }

    static func split(_ s: String, sep: String?, maxsplit: Int) throws(ScriptError) -> [String] {
        if let sep {
            if sep.isEmpty { throw ScriptError.valueError("empty separator") }
            var parts: [String] = []
            var rest = Substring(s)
            while maxsplit < 0 || parts.count < maxsplit, let r = rest.range(of: sep, options: .literal) {
                parts.append(String(rest[..<r.lowerBound]))
                rest = rest[r.upperBound...]
            }
            parts.append(String(rest))
            return parts
        }
        var parts: [String] = []
        let scalars = Array(s.unicodeScalars)
        var i = 0
        while i < scalars.count {
            while i < scalars.count && isSpace(scalars[i]) { i += 1 }
            if i >= scalars.count { break }
            if maxsplit >= 0 && parts.count == maxsplit {
                var end = scalars.count
                while end > i && isSpace(scalars[end - 1]) { end -= 1 }
                parts.append(String(String.UnicodeScalarView(scalars[i..<end])))
                return parts
            }
            let start = i
            while i < scalars.count && !isSpace(scalars[i]) { i += 1 }
            parts.append(String(String.UnicodeScalarView(scalars[start..<i])))
        }
        return parts
    }

    static func rsplit(_ s: String, sep: String?, maxsplit: Int) throws(ScriptError) -> [String] {
        if maxsplit < 0 { return try split(s, sep: sep, maxsplit: -1) }
        let reversedText = String(String.UnicodeScalarView(s.unicodeScalars.reversed()))
        let reversedSep = sep.map { String(String.UnicodeScalarView($0.unicodeScalars.reversed())) }
        return try split(reversedText, sep: reversedSep, maxsplit: maxsplit).reversed().map {
            String(String.UnicodeScalarView($0.unicodeScalars.reversed()))
        }
    }

    static func replace(_ s: String, _ old: String, _ new: String, count: Int) -> String {
        if count == 0 { return s }
        if old.isEmpty {
            var out = "", n = 0
            for u in s.unicodeScalars {
                if count < 0 || n < count { out += new; n += 1 }
                out.unicodeScalars.append(u)
            }
            if count < 0 || n < count { out += new }
            return out
        }
        var out = "", rest = Substring(s), n = 0
        while count < 0 || n < count, let r = rest.range(of: old, options: .literal) {
            out += rest[..<r.lowerBound]
            out += new
            rest = rest[r.upperBound...]
            n += 1
        }
        return out + rest
    }
}
