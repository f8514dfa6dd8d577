extension PyFormat {
    /// printf-style formatting, `format % args`, as CPython 3.11's `str.__mod__` with a
    /// tuple of positional arguments: flags `- + space # 0`, width and precision (digits or
    /// `*`), ignored length modifiers `h l L`, conversions `d i u o x X e E f F g G c s r a`
    /// and `%%`. Mapping keys (`%(name)s`) need a dict and are refused as Python refuses
    /// them for a tuple.
    static func percent(_ format: String, _ args: [PercentArg]) throws(PyFormatError) -> String {
        var formatter = PercentFormatter(format: Array(format.unicodeScalars), args: args)
        return try formatter.run()
    }
}

/// The state of one printf-style formatting run: position in the format, next argument.
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
        var conversion: Unicode.Scalar = "\0"
    }

    let format: [Unicode.Scalar]
    let args: [PercentArg]
    private var pos = 0
    private var argIndex = 0
    private var out = String.UnicodeScalarView()

    init(format: [Unicode.Scalar], args: [PercentArg]) {
        self.format = format
        self.args = args
    }

    /// Formats the whole string; every argument must be used.
    mutating func run() throws(PyFormatError) -> String {
        while pos < format.count {
            let c = format[pos]
            pos += 1
            if c != "%" {
                out.append(c)
                continue
            }
            if pos < format.count, format[pos] == "%" {
                out.append("%")
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
        return String(out)
    }

    private mutating func nextArg() throws(PyFormatError) -> PercentArg {
        guard argIndex < args.count else { throw .notEnoughArguments }
        defer { argIndex += 1 }
        return args[argIndex]
    }

    private mutating func next() -> Unicode.Scalar? {
        guard pos < format.count else { return nil }
        defer { pos += 1 }
        return format[pos]
    }

    private static func digit(_ c: Unicode.Scalar?) -> Int? {
        guard let c, c.value >= 0x30, c.value <= 0x39 else { return nil }
        return Int(c.value - 0x30)
    }

    /// Parses flags, width, precision, length modifier and the conversion character.
    private mutating func parseDirective() throws(PyFormatError) -> Directive {
        var d = Directive()
        var ch = next()
        if ch == "(" { throw .formatRequiresMapping }
        flags: while let c = ch {
            switch c {
            case "-": d.leftJustify = true
            case "+": d.plus = true
            case " ": d.blank = true
            case "#": d.alternate = true
            case "0": d.zero = true
            default: break flags
            }
            ch = next()
        }
        if ch == "*" {
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
        if ch == "." {
            d.precision = 0
            ch = next()
            if ch == "*" {
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
        if ch == "h" || ch == "l" || ch == "L" {
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
        let text: [Unicode.Scalar]
        var numeric = false
        switch d.conversion {
        case "s":
            text = Array(arg.str.unicodeScalars)
        case "r":
            text = Array(arg.repr.unicodeScalars)
        case "a":
            text = Array(PyFormat.asciiEscape(arg.repr).unicodeScalars)
        case "d", "i", "u", "o", "x", "X":
            text = try Self.integerText(arg, d)
            numeric = true
        case "e", "E", "f", "F", "g", "G":
            text = try Self.floatText(arg, d)
            numeric = true
        case "c":
            text = [try Self.character(arg)]
        default:
            throw .unsupportedFormatCharacter(d.conversion, index: pos - 1)
        }
        write(text, d, numeric: numeric)
    }

    /// Sign, alternate prefix, zero or space padding (CPython's `unicode_format_arg_output`).
    private mutating func write(_ text: [Unicode.Scalar], _ d: Directive, numeric: Bool) {
        let fill: Unicode.Scalar = numeric && d.zero ? "0" : " "
        var length = text.count
        if d.conversion == "s" || d.conversion == "r" || d.conversion == "a",
           d.precision >= 0, length > d.precision {
            length = d.precision
        }
        var index = 0
        var sign: Unicode.Scalar?
        if numeric {
            if let first = text.first, first == "-" || first == "+" {
                sign = first
                length -= 1
                index = 1
            } else if d.plus {
                sign = "+"
            } else if d.blank {
                sign = " "
            }
        }
        var width = max(d.width, length)
        if let sign {
            if fill != " " { out.append(sign) }
            if width > length { width -= 1 }
        }
        let hasPrefix = d.alternate && ["x", "X", "o"].contains(d.conversion)
            && text.count >= index + 2
        if hasPrefix {
            if fill != " " {
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
        if fill == " " {
            if let sign { out.append(sign) }
            if hasPrefix {
                out.append(contentsOf: text[index..<(index + 2)])
                index += 2
            }
        }
        out.append(contentsOf: text[index..<(index + max(length, 0))])
        if width > length {
            out.append(contentsOf: repeatElement(" ", count: width - length))
        }
    }
}
