/// The decimal digits of a float and the power of ten of the first one: `0.0625` is
/// digits `[6, 2, 5]` with exponent `-2`.
struct DecimalDigits: Equatable {
    /// Digit values 0...9, most significant first; never empty.
    var digits: [UInt8]
    /// The power of ten of `digits[0]`.
    var exponent: Int
}

/// How many digits to produce.
enum DigitMode {
    /// Stop at the shortest digit string that still reads back as the same float
    /// (within the float's own precision), unless a cutoff comes first.
    case shortest
    /// Produce the exact binary value's digits until the cutoff, rounding the last one
    /// half-to-even — what C's and Python's `%.4f` / `%.4e` do.
    case exact
}

/// What the digit limits count.
enum DigitCutoff {
    /// Limits count significant digits (scientific notation).
    case significant
    /// Limits count digits after the decimal point (positional notation).
    case fraction
}

/// Exact float-to-decimal conversion (Steele & White / Burger & Dybvig "Dragon4").
///
/// The value and the half-gaps to its neighbours are kept as exact integer ratios, so every
/// digit and every rounding decision is exact. This follows the semantics NumPy's printer
/// has (including its inclusive neighbour bounds for even significands, its clamping of
/// tiny values in fractional mode and its round-half-even of the last digit), which is what
/// makes byte-for-byte agreement possible.
enum DecimalDigitGenerator {
    /// Safety stop: no float needs more digits than this (a double's exact expansion has
    /// fewer than 800 significant digits).
    private static let digitLimit = 1200

    /// Generates the digits of a finite float.
    ///
    /// - Parameters:
    ///   - parts: the float, split.
    ///   - mode: shortest-unique or exact digits.
    ///   - cutoff: whether the limits count significant digits or fraction digits.
    ///   - maxDigits: stop after this many digits (`-1`: no limit), rounding the last.
    ///   - minDigits: in shortest mode, produce at least this many (`-1`: no minimum).
    static func generate(
        _ parts: BinaryFloatParts, mode: DigitMode, cutoff: DigitCutoff,
        maxDigits: Int = -1, minDigits: Int = -1
    ) -> DecimalDigits {
        let m = parts.significand
        guard m != 0 else { return DecimalDigits(digits: [0], exponent: 0) }
        let e = parts.exponent

        // value = r / s; the half-gaps to the neighbours are marginLow / s and marginHigh / s.
        var r = DigitBigInt(m)
        var s: DigitBigInt
        var marginLow: DigitBigInt
        let highIsDouble = parts.unequalMargins
        if e >= 0 {
            r.shiftLeft(by: e + (highIsDouble ? 2 : 1))
            s = DigitBigInt(highIsDouble ? 4 : 2)
            marginLow = DigitBigInt.powerOfTwo(e)
        } else {
            r.shiftLeft(by: highIsDouble ? 2 : 1)
            s = DigitBigInt.powerOfTwo(-e + (highIsDouble ? 2 : 1))
            marginLow = DigitBigInt(1)
        }

        // k: 10^(k-1) <= value < 10^k. Estimate from the binary exponent, then correct.
        let log10of2 = 0.30102999566398119521
        var k = Int((Double(parts.highestBit + e) * log10of2).rounded(.up))
        scale(&r, &s, &marginLow, byPowerOfTen: -(k - 1))
        while DigitBigInt.compare(r, timesTen(s)) >= 0 {
            s.multiply(by: 10)
            k += 1
        }
        while r < s {
            r.multiply(by: 10)
            marginLow.multiply(by: 10)
            k -= 1
        }
        // Positional output with a fraction limit: never start left of the last kept place.
        if cutoff == .fraction && maxDigits >= 0 && k < 1 - maxDigits {
            s.multiply(byPowerOfTen: (1 - maxDigits) - k)
            k = 1 - maxDigits
        }

        let hardStop = k - digitLimit
        var lastPlace = hardStop
        if maxDigits >= 0 {
            lastPlace = max(lastPlace, cutoff == .significant ? k - maxDigits : -maxDigits)
        }
        var firstAllowedStop = k
        if minDigits >= 0 {
            firstAllowedStop = min(firstAllowedStop, cutoff == .significant ? k - minDigits : -minDigits)
        }

        let isEven = m & 1 == 0
        var digits: [UInt8] = []
        var place = k
        var low = false
        var high = false
        var digit: UInt32 = 0
        while true {
            place -= 1
            digit = r.divideDigit(by: s)
            if mode == .shortest {
                let marginHigh = highIsDouble ? twice(marginLow) : marginLow
                let lowCompare = DigitBigInt.compare(r, marginLow)
                let highCompare = DigitBigInt.compare(r + marginHigh, s)
                low = isEven ? lowCompare <= 0 : lowCompare < 0
                high = isEven ? highCompare >= 0 : highCompare > 0
                if ((low || high) && place <= firstAllowedStop) || place == lastPlace || place <= hardStop {
                    break
                }
            } else if r.isZero || place == lastPlace || place <= hardStop {
                break
            }
            digits.append(UInt8(truncatingIfNeeded: digit))
            r.multiply(by: 10)
            marginLow.multiply(by: 10)
        }

        var roundDown = low
        if low == high {
            let comparison = DigitBigInt.compare(twice(r), s)
            roundDown = comparison < 0 || (comparison == 0 && digit & 1 == 0)
        }
        var firstExponent = k - 1
        if roundDown {
            digits.append(UInt8(truncatingIfNeeded: digit))
        } else if digit < 9 {
            digits.append(UInt8(truncatingIfNeeded: digit + 1))
        } else {
            // Carry: drop trailing nines, bump the first digit that is not a nine.
            while let last = digits.last, last == 9 { digits.removeLast() }
            if let last = digits.indices.last {
                digits[last] += 1
            } else {
                digits = [1]
                firstExponent += 1
            }
        }
        return DecimalDigits(digits: digits, exponent: firstExponent)
    }

    /// Multiplies the ratio r/s (and the margin, which shares r's scale) by 10^power.
    private static func scale(
        _ r: inout DigitBigInt, _ s: inout DigitBigInt, _ margin: inout DigitBigInt,
        byPowerOfTen power: Int
    ) {
        if power > 0 {
            r.multiply(byPowerOfTen: power)
            margin.multiply(byPowerOfTen: power)
        } else if power < 0 {
            s.multiply(byPowerOfTen: -power)
        }
    }

    private static func timesTen(_ x: DigitBigInt) -> DigitBigInt {
        var y = x
        y.multiply(by: 10)
        return y
    }

    private static func twice(_ x: DigitBigInt) -> DigitBigInt {
        var y = x
        y.shiftLeft(by: 1)
        return y
    }
}
