#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The decimal digits of a finite double: `0.d1d2d3… × 10^decimalPoint`.
///
/// Three sources, each correctly rounded: the shortest digits that read back as the same
/// double (Swift's `description`, the same digits as Python's `repr`), a number of
/// significant digits (C's `%.*e`), and a number of digits after the point (C's `%.*f`);
/// glibc's printf rounds the exact binary value half-to-even, as Python's dtoa does.
/// Digits never have leading zeros, and trailing zeros are dropped; zero is `"0"` with
/// `decimalPoint == 1`.
struct DecimalDigits: Equatable {
    /// ASCII digits, at least one.
    var digits: [UInt8]
    /// Where the decimal point goes, counted from the left of `digits`.
    var decimalPoint: Int

    /// The shortest round-trip digits of `|x|` (Python's `repr` digits, dtoa mode 0).
    static func shortest(_ x: Double) -> DecimalDigits {
        parse(Array(x.magnitude.description.utf8))
    }

    /// `|x|` correctly rounded to `count` significant digits (dtoa mode 2), `count >= 1`.
    static func significant(_ x: Double, count: Int) -> DecimalDigits {
        parse(printf("%.*e", precision: count - 1, x.magnitude))
    }

    /// `|x|` correctly rounded to `places` digits after the point (dtoa mode 3).
    static func fixed(_ x: Double, places: Int) -> DecimalDigits {
        parse(printf("%.*f", precision: places, x.magnitude))
    }

    /// The exact decimal digits of the integer part of `|x|` (any size).
    static func integerPart(_ x: Double) -> [UInt8] {
        let text = printf("%.0f", precision: 0, x.magnitude.rounded(.towardZero))
        return text.filter { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Reads text such as `123.4500`, `1.25e-07` or `1e+16`; any character that is not a
    /// digit, `e` or a sign is taken as the decimal point (a locale may have changed it).
    static func parse(_ text: [UInt8]) -> DecimalDigits {
        var mantissa: [UInt8] = []
        var integerDigits = 0
        var seenPoint = false
        var exponent = 0
        var i = 0
        while i < text.count {
            let c = text[i]
            if c >= 0x30, c <= 0x39 {
                mantissa.append(c)
                if !seenPoint { integerDigits += 1 }
            } else if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
                exponent = parseExponent(text[(i + 1)...])
                break
            } else if c != UInt8(ascii: "-"), c != UInt8(ascii: "+") {
                seenPoint = true
            }
            i += 1
        }
        var point = integerDigits + exponent
        var first = 0
        while first < mantissa.count, mantissa[first] == UInt8(ascii: "0") {
            first += 1
            point -= 1
        }
        var last = mantissa.count
        while last > first, mantissa[last - 1] == UInt8(ascii: "0") {
            last -= 1
        }
        if first == last {
            return DecimalDigits(digits: [UInt8(ascii: "0")], decimalPoint: 1)
        }
        return DecimalDigits(digits: Array(mantissa[first..<last]), decimalPoint: point)
    }

    private static func parseExponent(_ text: ArraySlice<UInt8>) -> Int {
        var sign = 1
        var value = 0
        for c in text {
            if c == UInt8(ascii: "-") {
                sign = -1
            } else if c >= 0x30, c <= 0x39, value < 100_000 {
                value = value * 10 + Int(c - 0x30)
            }
        }
        return sign * value
    }

    /// C's printf of one double with a precision, as bytes.
    static func printf(_ format: StaticString, precision: Int, _ x: Double) -> [UInt8] {
        let p = CInt(clamping: precision)
        let needed = withVaList([p, x]) { args in
            vsnprintf(nil, 0, UnsafeRawPointer(format.utf8Start)
                .assumingMemoryBound(to: CChar.self), args)
        }
        guard needed > 0 else { return [] }
        var buffer = [CChar](repeating: 0, count: Int(needed) + 1)
        let written = buffer.withUnsafeMutableBufferPointer { buf in
            withVaList([p, x]) { args in
                vsnprintf(buf.baseAddress, buf.count, UnsafeRawPointer(format.utf8Start)
                    .assumingMemoryBound(to: CChar.self), args)
            }
        }
        let count = max(0, min(Int(written), buffer.count - 1))
        return buffer[0..<count].map { UInt8(bitPattern: $0) }
    }
}
