/// An sRGB colour with opacity, each component in `0...1`.
///
/// Parses every colour specification the lectures use: matplotlib's one-letter base colours
/// (`'r'`), the cycle references `'C0'`…`'C9'`, `'tab:blue'` and the other Tableau names, the
/// CSS4 names (`'orange'`, `'lightgray'`), hex codes (`'#1f77b4'`, `'#f00'`, `'#1f77b480'`),
/// grey levels as strings (`'0.5'`) and `'none'`.
public struct Color: Hashable, Sendable {
    public var red: Double
    public var green: Double
    public var blue: Double
    public var alpha: Double

    /// A colour from components in `0...1`; values outside are clamped.
    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = Color.clamp(red)
        self.green = Color.clamp(green)
        self.blue = Color.clamp(blue)
        self.alpha = Color.clamp(alpha)
    }

    /// A colour from a 24-bit `0xRRGGBB` value.
    public init(hex: UInt32, alpha: Double = 1) {
        self.init(
            red: Double((hex >> 16) & 0xff) / 255, green: Double((hex >> 8) & 0xff) / 255,
            blue: Double(hex & 0xff) / 255, alpha: alpha)
    }

    /// Parses a matplotlib colour specification.
    ///
    /// Names are case-insensitive, as in matplotlib. Throws `PlotError.invalidColor`.
    public init(parsing spec: String) throws {
        if let color = Color.parse(spec) {
            self = color
        } else {
            throw PlotError.invalidColor(spec)
        }
    }

    public static let black = Color(red: 0, green: 0, blue: 0)
    public static let white = Color(red: 1, green: 1, blue: 1)
    /// Fully transparent: what `'none'` means.
    public static let clear = Color(red: 0, green: 0, blue: 0, alpha: 0)

    /// matplotlib's default colour cycle, the ten Tableau colours (`C0`…`C9`).
    public static let cycle: [Color] = [
        0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
        0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf,
    ].map { Color(hex: $0) }

    /// The `n`-th colour of the default cycle, wrapping around as matplotlib's cycler does.
    public static func cycle(_ n: Int) -> Color {
        let index = n % cycle.count
        return cycle[index < 0 ? index + cycle.count : index]
    }

    /// The components as 8-bit integers, rounded.
    public var bytes: (red: UInt8, green: UInt8, blue: UInt8) {
        (Color.byte(red), Color.byte(green), Color.byte(blue))
    }

    /// `#rrggbb`, lower-case, ignoring opacity.
    public var hexString: String {
        let (r, g, b) = bytes
        return "#" + [r, g, b].map { Color.twoHexDigits($0) }.joined()
    }

    /// Relative luminance (ITU-R BT.709 weights on the gamma-encoded components), in `0...1`.
    public var luminance: Double { 0.2126 * red + 0.7152 * green + 0.0722 * blue }

    /// This colour drawn with opacity `alpha` over `background`, as an opaque colour.
    public func composited(over background: Color) -> Color {
        Color(
            red: red * alpha + background.red * (1 - alpha),
            green: green * alpha + background.green * (1 - alpha),
            blue: blue * alpha + background.blue * (1 - alpha))
    }

    /// The same colour with another opacity.
    public func withAlpha(_ alpha: Double) -> Color {
        Color(red: red, green: green, blue: blue, alpha: alpha)
    }

    // MARK: - Parsing

    static func parse(_ raw: String) -> Color? {
        // Base letters and `C<n>` are case-sensitive in matplotlib; names and hex codes are not.
        if raw.count == 1 { return NamedColors.base[raw] ?? parseGrey(raw) }
        if raw.count >= 2, raw.hasPrefix("C"), raw.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) {
            return Int(raw.dropFirst()).map { cycle($0) }
        }
        let spec = raw.lowercased()
        if spec == "none" { return .clear }
        if let hex = parseHex(spec) { return hex }
        if let tableau = NamedColors.tableau[spec] { return Color(hex: tableau) }
        if let css = NamedColors.css4[spec] { return Color(hex: css) }
        return parseGrey(spec)
    }

    /// A grey level written as a number string, `'0'` (black) to `'1'` (white).
    private static func parseGrey(_ spec: String) -> Color? {
        guard spec.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." }),
            let level = Double(spec), (0...1).contains(level)
        else { return nil }
        return Color(red: level, green: level, blue: level)
    }

    private static func parseHex(_ spec: String) -> Color? {
        guard spec.hasPrefix("#") else { return nil }
        let digits = Array(spec.dropFirst())
        guard digits.allSatisfy(\.isHexDigit) else { return nil }
        func value(_ slice: ArraySlice<Character>) -> Double? {
            guard let v = UInt32(String(slice), radix: 16) else { return nil }
            return slice.count == 1 ? Double(v * 17) / 255 : Double(v) / 255
        }
        switch digits.count {
        case 3, 4:
            let parts = digits.indices.map { digits[$0...$0] }
            guard let r = value(parts[0]), let g = value(parts[1]), let b = value(parts[2]) else { return nil }
            let a = parts.count == 4 ? value(parts[3]) ?? 1 : 1
            return Color(red: r, green: g, blue: b, alpha: a)
        case 6, 8:
            let parts = stride(from: 0, to: digits.count, by: 2).map { digits[$0..<$0 + 2] }
            guard let r = value(parts[0]), let g = value(parts[1]), let b = value(parts[2]) else { return nil }
            let a = parts.count == 4 ? value(parts[3]) ?? 1 : 1
            return Color(red: r, green: g, blue: b, alpha: a)
        default:
            return nil
        }
    }

    private static func clamp(_ v: Double) -> Double {
        v.isNaN ? 0 : min(max(v, 0), 1)
    }

    private static func byte(_ v: Double) -> UInt8 {
        UInt8(clamping: Int((clamp(v) * 255).rounded()))
    }

    private static func twoHexDigits(_ v: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(v >> 4)], digits[Int(v & 0xf)]])
    }
}
