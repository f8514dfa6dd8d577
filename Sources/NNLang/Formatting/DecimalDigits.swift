#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The decimal digits of a finite double: `0.d1d2d3… × 10^decimalPoint`.
///
/// Three kinds, each correctly rounded (half-to-even on the exact binary value, as
/// Python's dtoa): the shortest digits that read back as the same double (Swift's
/// `description`, the digits of Python's `repr`), a count of significant digits, and a
/// count of digits after the point. The last two are computed exactly in 128-bit integer
/// arithmetic when the result fits in 19 digits (`ScaledInteger`), else by C's
/// `%.*e`/`%.*f`, which glibc rounds exactly. Digits never have leading or trailing
/// zeros; zero is `"0"` with `decimalPoint == 1`.
struct DecimalDigits: Equatable {
    /// ASCII digits, at least one.
    var digits: [UInt8]
    /// Where the decimal point goes, counted from the left of `digits`.
    var decimalPoint: Int

    static let zero = DecimalDigits(digits: [UInt8(ascii: "0")], decimalPoint: 1)

    /// The shortest round-trip digits of `|x|` (Python's `repr` digits, dtoa mode 0).
    static func shortest(_ x: Double) -> DecimalDigits {
        var text = x.magnitude.description
        return text.withUTF8 { parse($0) }
    }

    /// `|x|` correctly rounded to `count` significant digits (dtoa mode 2), `count >= 1`.
    static func significant(_ x: Double, count: Int) -> DecimalDigits {
        if x == 0 { return zero }
        if let fast = ScaledInteger.significant(x.magnitude, count: count) {
            return fromInteger(fast.value, scale: fast.scale)
        }
        return printf("%.*e", precision: count - 1, x.magnitude) { parse($0) }
    }

    /// `|x|` correctly rounded to `places` digits after the point (dtoa mode 3).
    static func fixed(_ x: Double, places: Int) -> DecimalDigits {
        if let n = ScaledInteger.rounded(x.magnitude, scale: places) {
            return fromInteger(n, scale: places)
        }
        return printf("%.*f", precision: places, x.magnitude) { parse($0) }
    }

    /// The exact decimal digits of the integer part of `|x|` (any size).
    static func integerPart(_ x: Double) -> [UInt8] {
        printf("%.0f", precision: 0, x.magnitude.rounded(.towardZero)) { text in
            text.filter { $0 >= 0x30 && $0 <= 0x39 }
        }
    }

    /// The digits of `n × 10^-scale`.
    static func fromInteger(_ n: UInt64, scale: Int) -> DecimalDigits {
        if n == 0 { return zero }
        var digits = Array(String(n).utf8)
        let point = digits.count - scale
        while let last = digits.last, last == UInt8(ascii: "0") {
            digits.removeLast()
        }
        return DecimalDigits(digits: digits, decimalPoint: point)
    }

    /// Reads text such as `123.4500`, `1.25e-07` or `1e+16`; any character that is not a
    /// digit, `e` or a sign is taken as the decimal point (a C locale may have changed it).
    static func parse(_ text: UnsafeBufferPointer<UInt8>) -> DecimalDigits {
        var mantissa: [UInt8] = []
        mantissa.reserveCapacity(text.count)
        var integerDigits = 0
        var seenPoint = false
        var exponent = 0
        var i = 0
        while i < text.count {
            let c = text[i]
            if c >= 0x30, c <= 0x39 {
                if !(mantissa.isEmpty && c == 0x30) {      // skip leading zeros
                    mantissa.append(c)
                    if !seenPoint { integerDigits += 1 }
                } else if seenPoint {
                    integerDigits -= 1                       // 0.00123: point moves right
                }
            } else if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
                exponent = parseExponent(text, from: i + 1)
                break
            } else if c != UInt8(ascii: "-"), c != UInt8(ascii: "+") {
                seenPoint = true
            }
            i += 1
        }
        while let last = mantissa.last, last == UInt8(ascii: "0") {
            mantissa.removeLast()
        }
        if mantissa.isEmpty { return zero }
        return DecimalDigits(digits: mantissa, decimalPoint: integerDigits + exponent)
    }

    private static func parseExponent(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var sign = 1
        var value = 0
        for i in start..<text.count {
            let c = text[i]
            if c == UInt8(ascii: "-") {
                sign = -1
            } else if c >= 0x30, c <= 0x39, value < 100_000 {
                value = value * 10 + Int(c - 0x30)
            }
        }
        return sign * value
    }

    /// Runs C's printf of one double with a precision and hands the text to `body`.
    static func printf<R>(
        _ format: StaticString, precision: Int, _ x: Double,
        _ body: (UnsafeBufferPointer<UInt8>) -> R
    ) -> R {
        let cFormat = UnsafeRawPointer(format.utf8Start).assumingMemoryBound(to: CChar.self)
        let p = CInt(clamping: precision)
        let small = 128
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: small) { buffer in
            let needed = Int(withVaList([p, x]) { vsnprintf(buffer.baseAddress, small, cFormat, $0) })
            if needed < small {
                return buffer.withMemoryRebound(to: UInt8.self) {
                    body(UnsafeBufferPointer(rebasing: $0[0..<max(needed, 0)]))
                }
            }
            var large = [CChar](repeating: 0, count: needed + 1)
            let written = large.withUnsafeMutableBufferPointer { big in
                Int(withVaList([p, x]) { vsnprintf(big.baseAddress, big.count, cFormat, $0) })
            }
            let count = max(0, min(written, needed))
            return large.withUnsafeBufferPointer { big in
                big.withMemoryRebound(to: UInt8.self) {
                    body(UnsafeBufferPointer(rebasing: $0[0..<count]))
                }
            }
        }
    }
}
