/// `text % values`: printf-style formatting (`%d %i %s %r %f %e %g %x %o %c %%`, flags,
/// width, precision, `*`, and `%(name)s` with a dict). This is the hook the formatting
/// module's `%`-formatting replaces.
extension Runtime {
    func percentFormat(_ template: String, _ values: Value) throws(ScriptError) -> String {
        let chars = Array(template.unicodeScalars)
        var args: [Value]
        var mapping: DictObject?
        switch values {
        case .tuple(let t): args = t
        case .dict(let d): args = [values]; mapping = d
        default: args = [values]
        }
        var next = 0
        func take() throws(ScriptError) -> Value {
            guard next < args.count else { throw ScriptError.typeError("not enough arguments for format string") }
            defer { next += 1 }
            return args[next]
        }
        var out = String.UnicodeScalarView()
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c != "%" { out.append(c); i += 1; continue }
            i += 1
            var key: String?
            if i < chars.count && chars[i] == "(" {
                guard let close = chars[i...].firstIndex(of: ")") else { throw ScriptError.valueError("incomplete format key") }
                key = String(String.UnicodeScalarView(chars[(i + 1)..<close]))
                i = close + 1
            }
            var flags = Set<Unicode.Scalar>()
            while i < chars.count && "-+ 0#".unicodeScalars.contains(chars[i]) { flags.insert(chars[i]); i += 1 }
            var width = ""
            if i < chars.count && chars[i] == "*" {
                guard case .int(let w) = try take() else { throw ScriptError.typeError("* wants int") }
                if w < 0 { flags.insert("-") }
                width = String(abs(w))
                i += 1
            } else {
                while i < chars.count && chars[i].properties.numericType == .decimal && chars[i].isASCII { width.unicodeScalars.append(chars[i]); i += 1 }
            }
            var precision: String?
            if i < chars.count && chars[i] == "." {
                i += 1
                var p = ""
                if i < chars.count && chars[i] == "*" {
                    guard case .int(let pv) = try take() else { throw ScriptError.typeError("* wants int") }
                    p = String(max(0, pv))
                    i += 1
                } else {
                    while i < chars.count && chars[i].isASCII && chars[i].properties.numericType == .decimal { p.unicodeScalars.append(chars[i]); i += 1 }
                }
                precision = p.isEmpty ? "0" : p
            }
            guard i < chars.count else { throw ScriptError.valueError("incomplete format") }
            let type = chars[i]
            i += 1
            if type == "%" { out.append("%"); continue }
            let value: Value
            if let key {
                guard let mapping else { throw ScriptError.typeError("format requires a mapping") }
                guard let v = try mapping.get(.string(key), self) else { throw ScriptError.keyError(.string(key)) }
                value = v
            } else {
                value = try take()
            }
            var align = flags.contains("-") ? "<" : ">"
            if flags.contains("0") && !flags.contains("-") && "diouxXeEfFgG".unicodeScalars.contains(type) { align = "=" }
            let sign = flags.contains("+") ? "+" : flags.contains(" ") ? " " : ""
            let alt = flags.contains("#") ? "#" : ""
            let prec = precision.map { ".\($0)" } ?? ""
            let text: String
            switch type {
            case "d", "i", "u":
                let n: Int
                switch value {
                case .int(let x): n = x
                case .bool(let b): n = b ? 1 : 0
                case .float(let d): n = try Constructors.floatToInt(d)
                case .native(let nat) where nat.asDouble() != nil: n = try Constructors.floatToInt(nat.asDouble() ?? 0)
                default: throw ScriptError.typeError("%\(type) format: a real number is required, not \(value.typeName)")
                }
                text = try format(.int(n), "\(align == "=" ? "0=" : align)\(sign)\(width)")
            case "x", "X", "o":
                guard let n = value.asIndex else {
                    throw ScriptError.typeError("%\(type) format: an integer is required, not \(value.typeName)")
                }
                text = try format(.int(n), "\(align == "=" ? "0=" : align)\(sign)\(alt)\(width)\(type)")
            case "e", "E", "f", "F", "g", "G":
                guard let d = value.asDouble else {
                    throw ScriptError.typeError("must be real number, not \(value.typeName)")
                }
                text = try format(.float(d), "\(align == "=" ? "0=" : align)\(sign)\(alt)\(width)\(precision == nil ? ".6" : prec)\(type)")
            case "s", "r", "a":
                var s = type == "s" ? try str(value) : try repr(value)
                if type == "a" { s = Runtime.asciiEscape(s) }
                text = try format(.string(s), "\(align)\(width)\(prec)")
            case "c":
                var s: String
                switch value {
                case .int(let n):
                    guard let u = UnicodeScalar(UInt32(clamping: max(0, n))) else { throw ScriptError.overflow("%c arg not in range(0x110000)") }
                    s = String(Character(u))
                case .str(let so) where so.count == 1: s = so.value
                default: throw ScriptError.typeError("%c requires int or char")
                }
                s = try format(.string(s), "\(align)\(width)")
                text = s
            default:
                let hex = String(type.value, radix: 16)
                throw ScriptError.valueError("unsupported format character '\(Character(type))' (0x\(hex)) at index \(i - 1)")
            }
            out.append(contentsOf: text.unicodeScalars)
        }
        // Like CPython: an unused argument is an error unless it is mapping-like (has items).
        var mappingLike = mapping != nil
        switch values {
        case .list, .range, .native, .instance: mappingLike = true
        default: break
        }
        if !mappingLike && next < args.count {
            throw ScriptError.typeError("not all arguments converted during string formatting")
        }
        return String(out)
    }
}
