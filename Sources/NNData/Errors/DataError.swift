import NNTensor

/// Everything that can go wrong while reading data files, building datasets, transforming
/// samples or loading batches, with the data a message needs.
///
/// One renderer (`message`, in DataError+Messages.swift) turns a case into text, and
/// `exceptionName` names the Python exception the language raises for it. Nothing in NNData
/// traps on bad input: every corrupt, truncated or missing file and every misuse becomes one
/// of these cases. Errors of the tensor engine (`TensorError`) pass through unchanged.
public enum DataError: Error, Equatable, Sendable {
    // Files.
    /// A file that does not exist.
    case fileNotFound(path: String)
    /// A path that names a directory where a file was expected.
    case isDirectory(path: String)
    /// A file the process may not read.
    case permissionDenied(path: String)
    /// Any other failure of the operating system while opening or reading `path`.
    case io(path: String, reason: String)
    /// The files of a dataset are not where they were looked for: the `file` (a standard
    /// name such as "train-images-idx3-ubyte") and every path tried, with `help` saying how
    /// to get the data.
    case datasetFileMissing(dataset: String, file: String, tried: [String], help: String)

    // gzip.
    /// Compressed data that zlib rejects (bad header, bad block, CRC or length mismatch).
    case gzipCorrupt(path: String, reason: String)
    /// A gzip stream that stops before its end.
    case gzipTruncated(path: String)
    /// Bytes after the end of the gzip stream that do not start another gzip member.
    case gzipTrailingData(path: String)

    // IDX.
    /// A file too short to hold the IDX header: `bytes` is how many bytes it has.
    case idxHeaderTruncated(path: String, bytes: Int)
    /// The first four bytes are not the expected magic number.
    case idxMagic(path: String, found: UInt32, expected: UInt32)
    /// An IDX element type other than unsigned byte (0x08).
    case idxElementType(path: String, code: UInt8)
    /// Declared dimensions whose product is beyond the size limit (or overflows).
    case idxTooLarge(path: String, dims: [Int], limit: Int)
    /// Fewer data bytes than the header declares.
    case idxTruncated(path: String, dims: [Int], expected: Int, found: Int)
    /// More data bytes than the header declares: `extra` bytes after the data (at least
    /// that many when `atLeast`).
    case idxExtraData(path: String, dims: [Int], extra: Int, atLeast: Bool)
    /// Image and label files that disagree on the number of samples.
    case idxCountMismatch(images: String, imageCount: Int, labels: String, labelCount: Int)
    /// A label value outside the dataset's classes.
    case idxLabelRange(path: String, index: Int, value: Int, classes: Int)

    // Datasets and loaders.
    /// A sample index outside the dataset (`index` as given, Python-style negatives allowed).
    case indexOutOfRange(index: Int, count: Int)
    /// `TensorDataset()` with no tensor.
    case tensorDatasetEmpty
    /// A 0-d tensor given to `TensorDataset` (it indexes the first dimension).
    case tensorDatasetScalar(position: Int)
    /// Tensors of a `TensorDataset` whose first dimensions differ (all first sizes).
    case tensorDatasetSizes(sizes: [Int])
    /// A batch size that is not a positive integer.
    case batchSize(Int)
    /// Split lengths that do not sum to the dataset's length.
    case splitSum(lengths: [Int], count: Int)
    /// A split fraction outside [0, 1] at `index`.
    case splitFraction(index: Int)
    /// A split length that is negative or not a whole number.
    case splitLength(index: Int, value: Double)
    /// Samples of one batch with different numbers of fields (sample `index` of the batch).
    case collateFieldCount(index: Int, expected: Int, got: Int)
    /// A field that is a tensor in one sample and a number in another, or int and float.
    case collateKinds(field: Int, first: String, other: String)

    // Transforms.
    /// A transform applied to input it does not take: `got` describes the input.
    case transformInput(transform: String, expected: String, got: String)
    /// `Normalize` with a mean or std length that is neither 1 nor the number of channels.
    case normalizeChannels(mean: Int, std: Int, channels: Int)
    /// `Normalize` with a standard deviation that is zero in float32.
    case normalizeZeroStd

    // Text tables.
    /// A cell that does not convert to the requested dtype (`line`, `column` 1-based).
    case textConvert(text: String, dtype: DType, line: Int, column: Int)
    /// A row with a different number of columns than the first data row (`loadtxt`).
    case textColumns(expected: Int, got: Int, line: Int)
    /// Rows with a different number of columns than the first data row (`genfromtxt`):
    /// each entry is (line, columns), and `expected` the first row's count.
    case textRaggedRows(expected: Int, rows: [TextRow])
    /// A `usecols` entry outside the columns of a row.
    case textColumnIndex(index: Int, line: Int, columns: Int)
    /// A quoted field whose closing quote is missing.
    case textUnterminatedQuote(line: Int)
    /// An option outside its domain (`name`, the value as text, what it must be).
    case invalidArgument(name: String, value: String, requirement: String)
}

/// A line of a text table and how many columns it has, for `DataError.textRaggedRows`.
public struct TextRow: Equatable, Sendable {
    /// 1-based line number in the file.
    public let line: Int
    /// Number of columns found on it.
    public let columns: Int

    /// Makes a row record.
    public init(line: Int, columns: Int) {
        self.line = line
        self.columns = columns
    }
}
