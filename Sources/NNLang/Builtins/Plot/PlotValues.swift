import NNPlot

/// Reading plotting keyword arguments as matplotlib reads them: colours (names, hex codes,
/// RGB(A) tuples), colour maps (names or `plt.cm` objects), numbers, labels.
enum PlotValues {
    /// A colour argument as NNPlot's colour text: a string as given, or an RGB(A) tuple of
    /// numbers in `0...1` as a hex code. `name` is the keyword for messages.
    static func color(_ v: Value, _ rt: Runtime) throws(ScriptError) -> String {
        if case .str(let s) = v { return s.value }
        if let rgba = try rgbaTuple(v) { return hex(rgba) }
        throw ScriptError.valueError("Invalid RGBA argument: \(try rt.repr(v))")
    }

    /// An RGB or RGBA tuple (or list) of numbers, or nil when `v` is not a sequence of 3 or
    /// 4 numbers. Components outside `0...1` raise matplotlib's ValueError.
    static func rgbaTuple(_ v: Value) throws(ScriptError) -> [Double]? {
        let items: [Value]
        switch v {
        case .tuple(let t): items = t
        case .list(let l): items = l.items
        default: return nil
        }
        guard items.count == 3 || items.count == 4 else { return nil }
        var out: [Double] = []
        for item in items {
            if case .bool = item { return nil }
            guard let d = item.asDouble else { return nil }
            out.append(d)
        }
        guard out.allSatisfy({ $0 >= 0 && $0 <= 1 }) else {
            throw ScriptError.valueError("RGBA values should be within 0-1 range")
        }
        return out
    }

    /// `#rrggbb` or `#rrggbbaa` for components in `0...1`.
    static func hex(_ rgba: [Double]) -> String {
        var text = "#"
        for c in rgba {
            let byte = Int((min(max(c, 0), 1) * 255).rounded())
            let digits = String(byte, radix: 16)
            text += digits.count == 1 ? "0" + digits : digits
        }
        return text
    }

    /// A list or tuple of colours (strings or RGB(A) tuples), or nil when `v` is not one.
    static func colorList(_ v: Value, _ rt: Runtime) throws(ScriptError) -> [String]? {
        let items: [Value]
        switch v {
        case .list(let l): items = l.items
        case .tuple(let t): items = t
        default: return nil
        }
        if try rgbaTuple(v) != nil { return nil }
        var out: [String] = []
        for item in items {
            switch item {
            case .str(let s): out.append(s.value)
            case .tuple, .list:
                guard let rgba = try rgbaTuple(item) else { return nil }
                out.append(hex(rgba))
            default: return nil
            }
        }
        return out
    }

    /// Strings of a list or tuple whose items are all strings, or nil.
    static func strings(_ v: Value) -> [String]? {
        let items: [Value]
        switch v {
        case .list(let l): items = l.items
        case .tuple(let t): items = t
        default: return nil
        }
        var out: [String] = []
        for item in items {
            guard case .str(let s) = item else { return nil }
            out.append(s.value)
        }
        return out
    }

    /// A colour map argument: a name or a `plt.cm` colour map object; nil for None.
    static func colormap(_ v: Value, _ rt: Runtime) throws(ScriptError) -> String? {
        switch v {
        case .none: return nil
        case .str(let s): return s.value
        case .native(let c as ColormapObject): return c.colormap.name
        default: throw ScriptError.valueError("\(try rt.repr(v)) is not a valid value for cmap; give a colour map name such as 'viridis'")
        }
    }

    /// A number argument, or nil for None; `name` names it in the message.
    static func number(_ v: Value, _ name: String) throws(ScriptError) -> Double? {
        if case .none = v { return nil }
        if case .str = v { throw ScriptError.typeError("\(name) must be a number, not str") }
        guard let d = v.asDouble else { throw ScriptError.typeError("\(name) must be a number, not \(v.typeName)") }
        return d
    }

    /// A text argument (titles, labels) as `str()` makes it; nil for None.
    static func text(_ v: Value, _ rt: Runtime) throws(ScriptError) -> String? {
        if case .none = v { return nil }
        return try rt.str(v)
    }

    /// The value of an argument that has an alias (`c`/`color`, `lw`/`linewidth`): either,
    /// but not both (matplotlib's TypeError).
    static func alias(_ a: BoundArguments, _ long: String, _ short: String) throws(ScriptError) -> Value {
        let l = a[long], s = a[short]
        if !l.isNone && !s.isNone {
            throw ScriptError.typeError("Got both '\(long)' and '\(short)', which are aliases of one another")
        }
        return l.isNone ? s : l
    }
}
