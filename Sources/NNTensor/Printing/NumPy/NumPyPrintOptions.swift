/// What `np.set_printoptions` can set, with NumPy 2.x's defaults.
///
/// `legacy` modes and custom `formatter` callables are not supported: nn prints like the
/// current NumPy only.
public struct NumPyPrintOptions: Sendable, Equatable {
    /// How NumPy chooses the number of fraction digits (`floatmode`).
    public enum FloatMode: String, Sendable, CaseIterable {
        /// Exactly `precision` digits for every element.
        case fixed
        /// As many digits as each element needs to be read back exactly; `precision` ignored.
        case unique
        /// At most `precision` digits, fewer when an element needs fewer (the default).
        case maxprec
        /// At most `precision` digits, the same count for every element.
        case maxprecEqual = "maxprec_equal"
    }

    /// Sign handling for positive values (`sign`).
    public enum Sign: String, Sendable, CaseIterable {
        /// Only negative values get a sign (the default).
        case minus = "-"
        /// Positive values get `+`.
        case plus = "+"
        /// Positive values get a space where the sign would go.
        case space = " "
    }

    /// Fraction digits for floats (default 8). Values are clamped to 0...1000;
    /// `np.set_printoptions` should reject negatives as NumPy does.
    public var precision: Int
    /// Arrays with more elements than this are summarised with `...` (default 1000).
    /// `sys.maxsize` or infinity maps to `Int.max`.
    public var threshold: Int
    /// Items shown at each end of an axis when summarising (default 3; negatives act as 0).
    public var edgeItems: Int
    /// Characters per line before wrapping (default 75).
    public var lineWidth: Int
    /// Print very small numbers as zero rather than in scientific notation (default false).
    public var suppress: Bool
    /// Text for NaN (default `nan`).
    public var nanString: String
    /// Text for infinity (default `inf`).
    public var infString: String
    /// Sign handling (default `-`).
    public var sign: Sign
    /// Digit-count mode (default `maxprec`).
    public var floatMode: FloatMode

    /// NumPy's defaults, or the given values.
    public init(
        precision: Int = 8, threshold: Int = 1000, edgeItems: Int = 3, lineWidth: Int = 75,
        suppress: Bool = false, nanString: String = "nan", infString: String = "inf",
        sign: Sign = .minus, floatMode: FloatMode = .maxprec
    ) {
        self.precision = precision
        self.threshold = threshold
        self.edgeItems = edgeItems
        self.lineWidth = lineWidth
        self.suppress = suppress
        self.nanString = nanString
        self.infString = infString
        self.sign = sign
        self.floatMode = floatMode
    }

    /// The options with every number brought into a range the printers can do arithmetic
    /// on without overflow or runaway output; behaviour inside the usual range is unchanged.
    var sanitized: NumPyPrintOptions {
        var o = self
        o.precision = PrintLimits.clampPrecision(precision)
        o.edgeItems = PrintLimits.clampEdgeItems(edgeItems)
        o.lineWidth = PrintLimits.clampLineWidth(lineWidth)
        return o
    }
}
