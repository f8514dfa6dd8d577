/// What `torch.set_printoptions` can set, with PyTorch's defaults.
public struct TorchPrintOptions: Sendable, Equatable {
    /// Fraction digits for floats (default 4). Values are clamped to 0...1000.
    public var precision: Int
    /// Tensors with more elements than this are summarised with `...` (default 1000).
    /// Infinity (the `full` profile) maps to `Int.max`.
    public var threshold: Int
    /// Items shown at each end of a dimension when summarising (default 3; negatives act as 0).
    public var edgeItems: Int
    /// Characters per line before wrapping (default 80).
    public var lineWidth: Int
    /// Force scientific notation on (`true`) or off (`false`); `nil` lets the printer
    /// choose (the default).
    public var sciMode: Bool?

    /// PyTorch's defaults, or the given values.
    public init(
        precision: Int = 4, threshold: Int = 1000, edgeItems: Int = 3, lineWidth: Int = 80,
        sciMode: Bool? = nil
    ) {
        self.precision = precision
        self.threshold = threshold
        self.edgeItems = edgeItems
        self.lineWidth = lineWidth
        self.sciMode = sciMode
    }

    /// The options with every number brought into a range the printers can do arithmetic
    /// on without overflow or runaway output; behaviour inside the usual range is unchanged.
    var sanitized: TorchPrintOptions {
        var o = self
        o.precision = PrintLimits.clampPrecision(precision)
        o.edgeItems = PrintLimits.clampEdgeItems(edgeItems)
        o.lineWidth = PrintLimits.clampLineWidth(lineWidth)
        return o
    }

    /// The `profile=` presets of `torch.set_printoptions`: `default`, `short`, `full`.
    /// Returns `nil` for an unknown name. A profile sets only the four fields above; note that
    /// every `torch.set_printoptions` call also sets `sci_mode` (to `None` when not given).
    public func applyingProfile(_ name: String) -> TorchPrintOptions? {
        var options = self
        switch name {
        case "default":
            options.precision = 4
            options.threshold = 1000
            options.edgeItems = 3
            options.lineWidth = 80
        case "short":
            options.precision = 2
            options.threshold = 1000
            options.edgeItems = 2
            options.lineWidth = 80
        case "full":
            options.precision = 4
            options.threshold = Int.max
            options.edgeItems = 3
            options.lineWidth = 80
        default:
            return nil
        }
        return options
    }
}
