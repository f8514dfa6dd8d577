import NNTensor

/// NumPy's text-table readers, `loadtxt` and `genfromtxt`, returning tensors.
///
/// Both read a file or in-memory text (see `TextTokenizer` for lines, comments, quotes and a
/// trailing delimiter) and give a 2-D tensor `rows × columns`, squeezed as NumPy squeezes it:
/// one row or one column gives a 1-D tensor, one cell a 0-d one, no data an empty `[0]`.
/// `usecols` picks columns by position (negative counts from the end of each row).
/// Line and column numbers in errors count from 1, as an editor shows them.
public enum TextTable {
    /// `np.loadtxt`: every cell must convert to `dtype`, every row must have as many columns
    /// as the first (unless `usecols` picks the columns).
    public static func loadtxt(
        _ source: TextSource, delimiter: String? = nil, skiprows: Int = 0, usecols: [Int]? = nil,
        dtype: DType = .float64, comments: String? = "#", quotechar: Character? = "\"", maxRows: Int? = nil
    ) throws -> Tensor {
        try checkCounts(skip: ("skiprows", skiprows), maxRows: maxRows)
        let tokenizer = try TextTokenizer(delimiter: delimiter, comment: comments, quote: quotechar)
        let records = try tokenizer.records(try source.bytes(), skipLines: skiprows, maxRows: maxRows)
        var store = TextColumns()
        var columns: Int?
        for r in records {
            let picked = try pick(r, usecols: usecols)
            if usecols == nil, let c = columns, c != r.fields.count {
                throw DataError.textColumns(expected: c, got: r.fields.count, line: r.line)
            }
            columns = columns ?? picked.count
            for (column, text) in picked where !TextCell.append(text, as: dtype, to: &store) {
                throw DataError.textConvert(text: text, dtype: dtype, line: r.line, column: column + 1)
            }
        }
        return try squeezed(store, rows: records.count, columns: columns ?? 0, dtype: dtype)
    }

    /// `np.genfromtxt`: a missing cell (empty) or one that does not convert becomes
    /// `fillingValues` (default NaN for floats, -1 for int64, false for bool); rows with a
    /// different number of columns than the first are all reported in one error.
    public static func genfromtxt(
        _ source: TextSource, delimiter: String? = nil, skipHeader: Int = 0, usecols: [Int]? = nil,
        dtype: DType = .float64, comments: String? = "#", quotechar: Character? = "\"",
        fillingValues: Double? = nil, maxRows: Int? = nil
    ) throws -> Tensor {
        try checkCounts(skip: ("skip_header", skipHeader), maxRows: maxRows)
        let tokenizer = try TextTokenizer(delimiter: delimiter, comment: comments, quote: quotechar)
        let records = try tokenizer.records(try source.bytes(), skipLines: skipHeader, maxRows: maxRows)
        if usecols == nil, let first = records.first {
            let ragged = records.filter { $0.fields.count != first.fields.count }
            if !ragged.isEmpty {
                throw DataError.textRaggedRows(expected: first.fields.count,
                                               rows: ragged.map { TextRow(line: $0.line, columns: $0.fields.count) })
            }
        }
        let fill = fillingValues ?? (dtype.isFloatingPoint ? .nan : dtype == .int64 ? -1 : 0)
        var store = TextColumns()
        var columns = 0
        for r in records {
            let picked = try pick(r, usecols: usecols)
            columns = picked.count
            for (_, text) in picked where !TextCell.append(text, as: dtype, to: &store) {
                switch dtype {
                case .float32, .float64: store.doubles.append(fill)
                case .int64: store.ints.append(Int64(clampingFloat: fill))
                case .bool: store.bools.append(fill != 0)
                }
            }
        }
        return try squeezed(store, rows: records.count, columns: columns, dtype: dtype)
    }

    /// The cells a row contributes, with their 0-based column positions in the row.
    private static func pick(_ record: TextRecord, usecols: [Int]?) throws -> [(Int, String)] {
        guard let usecols else { return Array(record.fields.enumerated()) }
        let n = record.fields.count
        return try usecols.map { c in
            let k = c < 0 ? c + n : c
            if k < 0 || k >= n { throw DataError.textColumnIndex(index: c, line: record.line, columns: n) }
            return (k, record.fields[k])
        }
    }

    /// The table as a tensor, with dimensions of size 1 removed (NumPy's `ndmin=0`).
    private static func squeezed(_ store: TextColumns, rows: Int, columns: Int, dtype: DType) throws -> Tensor {
        if rows == 0 { return try store.tensor(shape: [0], dtype: dtype) }
        let shape = [rows, columns].filter { $0 != 1 }
        return try store.tensor(shape: shape, dtype: dtype)
    }

    /// Negative line counts are errors.
    private static func checkCounts(skip: (String, Int), maxRows: Int?) throws {
        if skip.1 < 0 { throw DataError.invalidArgument(name: skip.0, value: "\(skip.1)", requirement: "a non-negative integer") }
        if let m = maxRows, m < 0 { throw DataError.invalidArgument(name: "max_rows", value: "\(m)", requirement: "a non-negative integer") }
    }
}

extension Int64 {
    /// `value` truncated toward zero and clamped to the int64 range; NaN gives 0.
    init(clampingFloat value: Double) {
        if value.isNaN { self = 0 } else if value >= 9.2e18 { self = .max } else if value <= -9.2e18 { self = .min } else { self = Int64(value) }
    }
}
