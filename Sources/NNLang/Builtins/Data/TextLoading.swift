import NNData
import NNTensor

/// `np.loadtxt` and `np.genfromtxt`: CSV and whitespace-separated tables from a file (or a
/// list of lines) as NumPy arrays.
enum TextLoading {
    static func register(_ m: ModuleObject) {
        m.numpy("loadtxt",
                "fname, dtype=None, comments='#', delimiter=None, converters=None, skiprows=0, usecols=None, unpack=False, ndmin=0, encoding=None, max_rows=None, *, quotechar=None, like=None",
                doc: "A table of numbers from a text file: every cell must convert.") { a, rt in
            if !a.isNone(4) { throw ScriptError.notImplemented("nn's loadtxt takes no converters") }
            let table = try TextTable.loadtxt(try source(a[0], rt), delimiter: try a.optionalString(3), skiprows: try a.int(5),
                                              usecols: try columns(a[6], rt), dtype: try dtype(a, 1), comments: try comments(a[2]),
                                              quotechar: try quote(a, 11), maxRows: try a.optionalInt(10))
            return .ndarray(try shaped(table, unpack: try a.bool(7), ndmin: try a.int(8)))
        }
        m.numpy("genfromtxt",
                "fname, dtype=None, comments='#', delimiter=None, skip_header=0, skip_footer=0, converters=None, missing_values=None, filling_values=None, usecols=None, names=None, excludelist=None, deletechars=None, replace_space='_', autostrip=False, case_sensitive=True, defaultfmt='f%i', unpack=None, usemask=False, loose=True, invalid_raise=True, max_rows=None, encoding=None, *, ndmin=0, like=None",
                doc: "A table of numbers from a text file; missing or bad cells become filling_values (NaN by default).") { a, rt in
            for (slot, what) in [(5, "skip_footer"), (6, "converters"), (7, "missing_values"), (10, "names")] {
                let given: Bool = slot == 5 ? (try a.int(5)) != 0 : !a.isNone(slot)
                if given { throw ScriptError.notImplemented("nn's genfromtxt takes no \(what)") }
            }
            let table = try TextTable.genfromtxt(try source(a[0], rt), delimiter: try a.optionalString(3), skipHeader: try a.int(4),
                                                 usecols: try columns(a[9], rt), dtype: try dtype(a, 1), comments: try comments(a[2]),
                                                 fillingValues: try a.optionalDouble(8), maxRows: try a.optionalInt(21))
            return .ndarray(try shaped(table, unpack: a.isNone(17) ? false : try a.bool(17), ndmin: try a.int(23)))
        }
    }

    /// A path, or the lines of a list of strings.
    private static func source(_ v: Value, _ rt: Runtime) throws -> TextSource {
        if case .str(let s) = v { return .path(s.value) }
        if case .list = v {
            let lines = try rt.toArray(v).map { item throws(ScriptError) -> String in
                guard case .str(let s) = item else { throw ScriptError.typeError("fname must be a path or a list of str lines, not a list of \(item.typeName)") }
                return s.value
            }
            return .text(lines.joined(separator: "\n"))
        }
        throw ScriptError.typeError("fname must be a string (a file path) or a list of lines, not \(v.typeName)")
    }

    /// `usecols`: one column or a sequence of them.
    private static func columns(_ v: Value, _ rt: Runtime) throws -> [Int]? {
        if v.isNone { return nil }
        if let i = v.asIndex { return [i] }
        return try rt.toArray(v).map { item throws(ScriptError) -> Int in
            guard let i = item.asIndex else { throw ScriptError.typeError("usecols must be integers, not \(item.typeName)") }
            return i
        }
    }

    private static func dtype(_ a: BoundArguments, _ i: Int) throws -> DType {
        try a.numpyDType(i) ?? .float64
    }

    private static func comments(_ v: Value) throws -> String? {
        if v.isNone { return nil }
        guard case .str(let s) = v else { throw ScriptError.typeError("comments must be a string or None, not \(v.typeName)") }
        return s.value
    }

    private static func quote(_ a: BoundArguments, _ i: Int) throws -> Character? {
        guard let q = try a.optionalString(i) else { return "\"" }
        guard q.count == 1, let c = q.first else { throw ScriptError.typeError("quotechar must be a single character") }
        return c
    }

    /// NumPy's `unpack` (columns become rows) and `ndmin` (at least that many dimensions).
    private static func shaped(_ t: Tensor, unpack: Bool, ndmin: Int) throws -> Tensor {
        guard (0...2).contains(ndmin) else { throw ScriptError.valueError("Illegal value of ndmin keyword: \(ndmin)") }
        var x = t
        if ndmin >= 1 && x.ndim == 0 { x = try x.reshape([1]) }
        if ndmin == 2 && x.ndim < 2 {
            // The table was squeezed to one dimension: one row or one column, which nn no
            // longer tells apart.
            throw ScriptError.notImplemented("nn's loadtxt/genfromtxt cannot restore a single row or column to 2-D (ndmin=2); reshape the result")
        }
        if unpack && x.ndim == 2 { x = try x.transpose(0, 1) }
        return x
    }
}
