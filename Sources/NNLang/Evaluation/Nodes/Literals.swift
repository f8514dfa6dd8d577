/// Displays (`(a, b)`, `[a, *b]`, `{k: v, **d}`, `{a, b}`) and f-strings.

/// An element of a display: a value or a `*iterable` to splice in.
struct DisplayItem {
    let value: ExprNode
    let starred: Bool
}

/// Evaluates display items into an array.
@inline(__always)
func evalItems(_ items: [DisplayItem], _ f: Frame, span: SourceSpan) throws(ScriptError) -> [Value] {
    var out: [Value] = []
    out.reserveCapacity(items.count)
    for item in items {
        let v = try item.value.eval(f)
        if item.starred {
            do { out.append(contentsOf: try f.rt.toArray(v)) } catch { throw error.locate(f.code.file, item.value.span) }
        } else {
            out.append(v)
        }
    }
    return out
}

/// `(a, b, …)`.
final class TupleNode: ExprNode {
    let items: [DisplayItem]

    init(span: SourceSpan, items: [DisplayItem]) {
        self.items = items
        super.init(span: span)
    }

    override func eval(_ f: Frame) throws(ScriptError) -> Value {
        .tuple(try evalItems(items, f, span: span))
    }
}

/// `[a, b, …]`.
final class ListNode: ExprNode {
    let items: [DisplayItem]

    init(span: SourceSpan, items: [DisplayItem]) {
        self.items = items
        super.init(span: span)
    }

    override func eval(_ f: Frame) throws(ScriptError) -> Value {
        .list(ListObject(try evalItems(items, f, span: span)))
    }
}

/// `{a, b, …}`.
final class SetNode: ExprNode {
    let items: [DisplayItem]

    init(span: SourceSpan, items: [DisplayItem]) {
        self.items = items
        super.init(span: span)
    }

    override func eval(_ f: Frame) throws(ScriptError) -> Value {
        let s = SetObject()
        for v in try evalItems(items, f, span: span) {
            do { try s.add(v, f.rt) } catch { throw error.locate(f.code.file, span) }
        }
        return .set(s)
    }
}

/// `{k: v, **d, …}`.
final class DictNode: ExprNode {
    /// Each entry: key and value, or (nil, mapping) for `**mapping`.
    let entries: [(ExprNode?, ExprNode)]

    init(span: SourceSpan, entries: [(ExprNode?, ExprNode)]) {
        self.entries = entries
        super.init(span: span)
    }

    override func eval(_ f: Frame) throws(ScriptError) -> Value {
        let d = DictObject()
        for (k, v) in entries {
            if let k {
                let key = try k.eval(f)
                let value = try v.eval(f)
                do { try d.set(key, value, f.rt) } catch { throw error.locate(f.code.file, k.span) }
            } else {
                let m = try v.eval(f)
                guard case .dict(let other) = m else {
                    throw ScriptError.typeError("'\(m.typeName)' object is not a mapping").locate(f.code.file, v.span)
                }
                for e in other.entries { try d.set(e.key, e.value, f.rt) }
            }
        }
        return .dict(d)
    }
}

/// A piece of a compiled f-string.
enum FStringNodePart {
    case text(String)
    case field(ExprNode, debug: String?, conversion: UInt8?, spec: [FStringNodePart]?)
}

/// `f"…{x:.2f}…"`.
final class FStringNode: ExprNode {
    let parts: [FStringNodePart]

    init(span: SourceSpan, parts: [FStringNodePart]) {
        self.parts = parts
        super.init(span: span)
    }

    override func eval(_ f: Frame) throws(ScriptError) -> Value {
        .string(try render(parts, f))
    }

    func render(_ parts: [FStringNodePart], _ f: Frame) throws(ScriptError) -> String {
        var out = ""
        for part in parts {
            switch part {
            case .text(let s):
                out += s
            case .field(let node, let debug, let conversion, let spec):
                let v = try node.eval(f)
                do {
                    if let debug { out += debug }
                    let specText = try spec.map { (s) throws(ScriptError) in try render(s, f) } ?? ""
                    var shown = v
                    var conv = conversion
                    if debug != nil && conv == nil && spec == nil { conv = UInt8(ascii: "r") }
                    switch conv {
                    case UInt8(ascii: "r")?: shown = .string(try f.rt.repr(v))
                    case UInt8(ascii: "s")?: shown = .string(try f.rt.str(v))
                    case UInt8(ascii: "a")?: shown = .string(Runtime.asciiEscape(try f.rt.repr(v)))
                    default: break
                    }
                    if specText.isEmpty, case .int(let i) = shown {
                        out += String(i)
                    } else if specText.isEmpty, case .str(let s) = shown {
                        out += s.value
                    } else {
                        out += try f.rt.format(shown, specText)
                    }
                } catch {
                    throw error.locate(f.code.file, span)
                }
            }
        }
        return out
    }
}

/// An f-string whose fields have no conversion, no `=` and at most a constant format spec
/// (`f"epoch {i}: loss {loss:.4f}"`): text and fields alternate, rendered without
/// reference counting on the parts.
final class PlainFStringNode: ExprNode {
    /// `texts.count == fields.count + 1`; text `i` comes before field `i`.
    let texts: [String]
    let fields: NodeList<ExprNode>
    /// The constant format spec of each field ("" for none).
    let specs: [String]

    init(span: SourceSpan, texts: [String], fields: [ExprNode], specs: [String]) {
        self.texts = texts
        self.fields = NodeList(fields)
        self.specs = specs
        super.init(span: span)
    }

    override func eval(_ f: Frame) throws(ScriptError) -> Value {
        var out = texts[0]
        var i = 0
        while i < fields.count {
            let v = try fields.with(i) { (n) throws(ScriptError) in try n.eval(f) }
            let spec = specs[i]
            switch v {
            case .int(let n) where spec.isEmpty: out += String(n)
            case .str(let s) where spec.isEmpty: out += s.value
            default:
                do { out += try f.rt.format(v, spec) } catch { throw error.locate(f.code.file, span) }
            }
            out += texts[i + 1]
            i += 1
        }
        return .str(StrObject(out))
    }
}

extension Runtime {
    /// `format(value, spec)`.
    public func format(_ value: Value, _ spec: String) throws(ScriptError) -> String {
        do {
            switch value {
            case .int(let i): return try PyFormat.format(int: i, spec: spec)
            case .bool(let b):
                if spec.isEmpty { return b ? "True" : "False" }
                return try PyFormat.format(int: b ? 1 : 0, spec: spec)
            case .float(let d): return try PyFormat.format(float: d, spec: spec)
            case .str(let s): return try PyFormat.format(string: s.value, spec: spec)
            case .instance(let inst):
                if let (m, owner) = inst.cls.lookupWithOwner("__format__"), owner !== BuiltinTypes.shared.object {
                    return try stringResult(call(bindAttribute(m, to: value, owner: inst.cls), .string(spec)), "__format__")
                }
            case .native(let n):
                // PyTorch's Tensor.__format__: a 0-dim tensor formats as its item(), so
                // f"{loss}" reads 0.5386999845504761 (not the tensor's repr).
                if let v = value.torchVariable, v.data.ndim == 0 {
                    return try format(TensorConversion.value(try v.item()), spec)
                }
                if !spec.isEmpty, let d = n.asDouble() {
                    if let i = n.asIndex() { return try PyFormat.format(int: i, spec: spec) }
                    return try PyFormat.format(float: d, spec: spec)
                }
            default:
                break
            }
        } catch let e as PyFormatError {
            throw ScriptError.valueError(e.message)
        } catch let e as ScriptError {
            throw e
        } catch {
            throw convert(error)
        }
        if spec.isEmpty { return try str(value) }
        throw ScriptError.typeError("unsupported format string passed to \(value.typeName).__format__")
    }

    /// `ascii()`: non-ASCII characters escaped.
    static func asciiEscape(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            if u.isASCII { out.unicodeScalars.append(u) } else {
                out += u.value <= 0xFF ? "\\x" + hex(u.value, 2) : u.value <= 0xFFFF ? "\\u" + hex(u.value, 4) : "\\U" + hex(u.value, 8)
            }
        }
        return out
    }
}
