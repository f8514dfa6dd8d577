/// The single renderer of `DataError`: the message text and the Python exception name.
extension DataError: CustomStringConvertible {
    /// The message text (what `print(error)` shows from Swift).
    public var description: String { message }

    /// The name of the Python exception the language raises for this error.
    public var exceptionName: String {
        switch self {
        case .fileNotFound, .datasetFileMissing: return "FileNotFoundError"
        case .isDirectory: return "IsADirectoryError"
        case .permissionDenied: return "PermissionError"
        case .io, .gzipCorrupt, .gzipTrailingData: return "OSError"
        case .gzipTruncated: return "EOFError"
        case .indexOutOfRange: return "IndexError"
        case .collateFieldCount, .collateKinds: return "RuntimeError"
        case .transformInput: return "TypeError"
        default: return "ValueError"
        }
    }

    /// The message text: names the file, the shapes, sizes, lines and columns involved.
    public var message: String {
        switch self {
        case .fileNotFound(let path):
            return "[Errno 2] No such file or directory: \(quoted(path))"
        case .isDirectory(let path):
            return "[Errno 21] Is a directory: \(quoted(path))"
        case .permissionDenied(let path):
            return "[Errno 13] Permission denied: \(quoted(path))"
        case .io(let path, let reason):
            return "could not read \(quoted(path)): \(reason)"
        case .datasetFileMissing(let dataset, let file, let tried, let help):
            let paths = tried.map { "  " + $0 }.joined(separator: "\n")
            return "\(dataset): \(file) not found; tried:\n\(paths)\n\(help)"

        case .gzipCorrupt(let path, let reason):
            return "\(quoted(path)) is not valid gzip data: \(reason)"
        case .gzipTruncated(let path):
            return "\(quoted(path)) is truncated: compressed file ended before the end-of-stream marker was reached"
        case .gzipTrailingData(let path):
            return "\(quoted(path)) has data after the end of its gzip stream that is not another gzip member"

        case .idxHeaderTruncated(let path, let bytes):
            if bytes == 0 { return "\(quoted(path)) is empty; expected an IDX file" }
            return "\(quoted(path)) is too short for an IDX header (\(bytes) byte\(bytes == 1 ? "" : "s"))"
        case .idxMagic(let path, let found, let expected):
            return "\(quoted(path)) is not an IDX \(IDXKind.name(magic: expected)) file: magic number \(hex(found)), expected \(hex(expected))"
        case .idxElementType(let path, let code):
            return "\(quoted(path)) holds IDX elements of type \(hexByte(code)) (\(IDXKind.elementTypeName(code))); only unsigned bytes (0x08) are supported"
        case .idxTooLarge(let path, let dims, let limit):
            return "\(quoted(path)) declares dimensions \(product(dims)), more than the limit of \(limit) bytes"
        case .idxTruncated(let path, let dims, let expected, let found):
            return "\(quoted(path)) is truncated: its header declares \(product(dims)) = \(expected) bytes of data, but the file holds \(found)"
        case .idxExtraData(let path, let dims, let extra, let atLeast):
            return "\(quoted(path)) has \(atLeast ? "at least " : "")\(extra) byte\(extra == 1 ? "" : "s") after the \(product(dims)) declared by its header"
        case .idxCountMismatch(let images, let imageCount, let labels, let labelCount):
            return "\(quoted(images)) holds \(imageCount) images but \(quoted(labels)) holds \(labelCount) labels"
        case .idxLabelRange(let path, let index, let value, let classes):
            return "\(quoted(path)): label \(value) at index \(index) is outside the \(classes) classes (0 to \(classes - 1))"

        case .indexOutOfRange(let index, let count):
            return "index \(index) is out of range for a dataset of \(count) sample\(count == 1 ? "" : "s")"
        case .tensorDatasetEmpty:
            return "TensorDataset needs at least one tensor"
        case .tensorDatasetScalar(let position):
            return "TensorDataset: tensor \(position) is 0-d; every tensor needs a first dimension to index"
        case .tensorDatasetSizes(let sizes):
            return "Size mismatch between tensors: their first dimensions are \(sizes.map(String.init).joined(separator: ", "))"
        case .batchSize(let n):
            return "batch_size should be a positive integer value, but got batch_size=\(n)"
        case .splitSum(let lengths, let count):
            let sum = lengths.reduce(0) { $0 &+ $1 }
            return "Sum of input lengths does not equal the length of the input dataset! (lengths \(lengths) sum to \(sum), the dataset has \(count) samples)"
        case .splitFraction(let index):
            return "Fraction at index \(index) is not between 0 and 1"
        case .splitLength(let index, let value):
            return "split length at index \(index) must be a non-negative integer, got \(value)"
        case .collateFieldCount(let index, let expected, let got):
            return "each element in list of batch should be of equal size (sample 0 has \(expected) fields, sample \(index) has \(got))"
        case .collateKinds(let field, let first, let other):
            return "cannot batch field \(field): it is \(first) in the first sample and \(other) in another"

        case .transformInput(let transform, let expected, let got):
            return "\(transform) expects \(expected), got \(got)"
        case .normalizeChannels(let mean, let std, let channels):
            return "Normalize has \(mean) mean and \(std) std value\(std == 1 ? "" : "s") for an image with \(channels) channel\(channels == 1 ? "" : "s"); give one value per channel (or one for all)"
        case .normalizeZeroStd:
            return "std evaluated to zero after conversion to torch.float32, leading to division by zero."

        case .textConvert(let text, let dtype, let line, let column):
            return "could not convert string \(quoted(text)) to \(dtype.numpyName) at line \(line), column \(column)"
        case .textColumns(let expected, let got, let line):
            return "the number of columns changed from \(expected) to \(got) at line \(line); use `usecols` to select a subset and avoid this error"
        case .textRaggedRows(let expected, let rows):
            var text = "Some errors were detected !"
            for r in rows.prefix(20) { text += "\n    Line #\(r.line) (got \(r.columns) columns instead of \(expected))" }
            if rows.count > 20 { text += "\n    ... and \(rows.count - 20) more lines" }
            return text
        case .textColumnIndex(let index, let line, let columns):
            return "invalid column index \(index) at line \(line) with \(columns) column\(columns == 1 ? "" : "s")"
        case .textUnterminatedQuote(let line):
            return "unterminated quoted field at line \(line)"
        case .invalidArgument(let name, let value, let requirement):
            return "\(name) must be \(requirement), got \(value)"
        }
    }

    /// A path or text in Python's repr quotes.
    private func quoted(_ s: String) -> String { "'" + s + "'" }

    /// `0x00000803`.
    private func hex(_ v: UInt32) -> String {
        let digits = String(v, radix: 16)
        return "0x" + String(repeating: "0", count: max(0, 8 - digits.count)) + digits
    }

    /// `0x0D`.
    private func hexByte(_ v: UInt8) -> String {
        let digits = String(v, radix: 16, uppercase: true)
        return "0x" + (digits.count < 2 ? "0" : "") + digits
    }

    /// `60000 × 28 × 28`.
    private func product(_ dims: [Int]) -> String { dims.map(String.init).joined(separator: " × ") }
}
