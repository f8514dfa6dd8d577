extension PyFormat {
    /// printf-style formatting, `format % args`, as CPython 3.11's `str.__mod__` with a
    /// tuple of positional arguments: flags `- + space # 0`, width and precision (digits or
    /// `*`), ignored length modifiers `h l L`, conversions `d i u o x X e E f F g G c s r a`
    /// and `%%`. Mapping keys (`%(name)s`) need a dict and are refused as Python refuses
    /// them for a tuple.
    static func percent(_ format: String, _ args: [PercentArg]) throws(PyFormatError) -> String {
        var formatter = PercentFormatter(format: format, args: args)
        return try formatter.run()
    }
}

/// The state of one printf-style formatting run: position in the format, next argument.
/// Works on UTF-8 bytes; `%` and everything a directive holds are ASCII.
struct PercentFormatter {
    /// One parsed `%` directive.
    struct Directive {
        var leftJustify = false
        var plus = false
        var blank = false
        var alternate = false
        var zero = false
        var width = -1
        var precision = -1
        var conversion: UInt8 = 0
    }

    let format: [UInt8]
    let args: [PercentArg]
    private var pos = 0
    private var argIndex = 0
    private var out: [UInt8] = []

    init(format: String, args: [PercentArg]) {
        self.format = Array(format.utf8)
        self.args = args
        out.reserveCapacity(self.format.count + 16 * args.count)
    }

    /// Formats the whole string; every argument must be used.
    mutating func run() throws(PyFormatError) -> String {
        let percent = UInt8(ascii: "%")
        while pos < format.count {
            let c = format[pos]
            pos += 1
            if c != percent {
                out.append(c)
                continue
            }
            if pos < format.count, format[pos] == percent {
                out.append(percent)
                pos += 1
                continue
            }
            let directive = try parseDirective()
            let arg = try nextArg()
            try emit(directive, arg)
        }
        if argIndex < args.count {
            throw .notAllArgumentsConverted
        }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func nextArg() throws(PyFormatError) -> PercentArg {
        guard argIndex < args.count else { throw .notEnoughArguments }
        defer { argIndex += 1 }
        return args[argIndex]
    }

    private mutating func next() -> UInt8? {
        guard pos < format.count else { return nil }
        defer { pos += 1 }
        return format[pos]
    }

    private static func digit(_ c: UInt8?) -> Int? {
        guard let c, c >= 0x30, c <= 0x39 else { return nil }
        return Int(c - 0x30)
    }

    /// Parses flags, width, precision, length modifier and the conversion character.
    private mutating func parseDirective() throws(PyFormatError) -> Directive {
        var d = Directive()
        var ch = next()
        if ch == UInt8(ascii: "(") { throw .formatRequiresMapping }
        flags: while let c = ch {
            switch c {
            case UInt8(ascii: "-"): d.leftJustify = true
            case UInt8(ascii: "+"): d.plus = true
            case UInt8(ascii: " "): d.blank = true
            case UInt8(ascii: "#"): d.alternate = true
            case UInt8(ascii: "0"): d.zero = true
            default: break flags
            }
            ch = next()
        }
        if ch == UInt8(ascii: "*") {
            guard let w = try nextArg().exactInt else { throw .starWantsInt }
            if w < 0 {
                d.leftJustify = true
                guard w != Int.min else { throw .resultTooLarge(requested: Int.max) }
            }
            d.width = abs(w)
            ch = next()
        } else if let first = Self.digit(ch) {
            d.width = first
            ch = next()
            while let v = Self.digit(ch) {
                guard d.width <= (Int.max - v) / 10 else { throw .widthTooBig }
                d.width = d.width * 10 + v
                ch = next()
            }
        }
        if ch == UInt8(ascii: ".") {
            d.precision = 0
            ch = next()
            if ch == UInt8(ascii: "*") {
                guard let p = try nextArg().exactInt else { throw .starWantsInt }
                guard p <= Int(Int32.max), p >= Int(Int32.min) else { throw .precisionArgTooLarge }
                d.precision = max(p, 0)
                ch = next()
            } else if let first = Self.digit(ch) {
                d.precision = first
                ch = next()
                while let v = Self.digit(ch) {
                    guard d.precision <= (Int(Int32.max) - v) / 10 else { throw .precisionTooBig }
                    d.precision = d.precision * 10 + v
                    ch = next()
                }
            }
        }
        if ch == UInt8(ascii: "h") || ch == UInt8(ascii: "l") || ch == UInt8(ascii: "L") {
            ch = next()
        }
        guard let conversion = ch else { throw .incompleteFormat }
        d.conversion = conversion
        return d
    }

    /// Converts one argument and writes it with the directive's padding and sign.
    private mutating func emit(_ d: Directive, _ arg: PercentArg) throws(PyFormatError) {
        try PyFormat.checkSize(d.width)
        try PyFormat.checkSize(d.precision)
        switch d.conversion {
        case UInt8(ascii: "s"):
            writeText(arg.str, d)
        case UInt8(ascii: "r"):
            writeText(arg.repr, d)
        case UInt8(ascii: "a"):
            writeText(PyFormat.asciiEscape(arg.repr), d)
        case UInt8(ascii: "c"):
            writeText(String(Character(try Self.character(arg))), d)
        case UInt8(ascii: "d"), UInt8(ascii: "i"), UInt8(ascii: "u"),
             UInt8(ascii: "o"), UInt8(ascii: "x"), UInt8(ascii: "X"):
            writeNumber(try Self.integerText(arg, d), d)
        case UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "f"),
             UInt8(ascii: "F"), UInt8(ascii: "g"), UInt8(ascii: "G"):
            writeNumber(try Self.floatText(arg, d), d)
        default:
            throw unsupported(at: pos - 1)
        }
    }

    /// The error for an unknown conversion starting at byte `index`, which CPython reports
    /// with the character and its code-point index.
    private func unsupported(at index: Int) -> PyFormatError {
        var codePointIndex = 0
        for b in format[..<index] where b & 0xC0 != 0x80 { codePointIndex += 1 }
        let rest = String(decoding: format[index...], as: UTF8.self)
        let scalar = rest.unicodeScalars.first ?? "\u{FFFD}"
        return .unsupportedFormatCharacter(scalar, index: codePointIndex)
    }

    /// `%s %r %a %c`: the precision truncates (not for `%c`), the width pads with spaces.
    private mutating func writeText(_ text: String, _ d: Directive) {
        if d.width < 0, d.precision < 0 {
            out.append(contentsOf: text.utf8)
            return
        }
        var scalars = text.unicodeScalars[...]
        if d.conversion != UInt8(ascii: "c"), d.precision >= 0, scalars.count > d.precision {
            scalars = scalars.prefix(d.precision)
        }
        let padding = max(d.width - scalars.count, 0)
        if !d.leftJustify { out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: padding)) }
        out.append(contentsOf: String(String.UnicodeScalarView(scalars)).utf8)
        if d.leftJustify { out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: padding)) }
    }

    /// Numbers: sign, alternate prefix, zero or space padding (CPython's
    /// `unicode_format_arg_output` with a numeric argument). `text` is ASCII.
    private mutating func writeNumber(_ text: [UInt8], _ d: Directive) {
        let space = UInt8(ascii: " ")
        let fill = d.zero ? UInt8(ascii: "0") : space
        var length = text.count
        var index = 0
        var sign: UInt8?
        if let first = text.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            sign = first
            length -= 1
            index = 1
        } else if d.plus {
            sign = UInt8(ascii: "+")
        } else if d.blank {
            sign = space
        }
        var width = max(d.width, length)
        if let sign {
            if fill != space { out.append(sign) }
            if width > length { width -= 1 }
        }
        let c = d.conversion
        let hasPrefix = d.alternate && text.count >= index + 2
            && (c == UInt8(ascii: "x") || c == UInt8(ascii: "X") || c == UInt8(ascii: "o"))
        if hasPrefix {
            if fill != space {
                out.append(contentsOf: text[index..<(index + 2)])
                index += 2
            }
            width = max(width - 2, 0)
            length -= 2
        }
        if width > length, !d.leftJustify {
            out.append(contentsOf: repeatElement(fill, count: width - length))
            width = length
        }
        if fill == space {
            if let sign { out.append(sign) }
            if hasPrefix {
                out.append(contentsOf: text[index..<(index + 2)])
                index += 2
            }
        }
        out.append(contentsOf: text[index..<(index + max(length, 0))])
        if width > length {
            out.append(contentsOf: repeatElement(space, count: width - length))
        }
    }
}
