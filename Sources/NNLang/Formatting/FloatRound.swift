extension PyFormat {
    /// `round(x, ndigits)` for a float, as CPython: the exact binary value of `x` rounded
    /// half-to-even at the `ndigits`-th decimal place (negative: to tens, hundreds, …) and
    /// read back as the nearest double. So `round(2.675, 2)` is `2.67` (2.675 is really
    /// 2.67499999…), `round(0.125, 2)` is `0.12`, `round(250.0, -2)` is `200.0`.
    /// inf and nan come back unchanged; a result beyond the largest double throws.
    static func round(_ x: Double, ndigits: Int) throws(PyFormatError) -> Double {
        // CPython's limits: past 323 places every double is already exact; before -308
        // places every double rounds to zero.
        if !x.isFinite || x == 0 || ndigits > 323 { return x }
        if ndigits < -308 { return 0.0 * x }

        var mantissa: [UInt8]
        var exponent: Int
        if ndigits >= 0 {
            let d = DecimalDigits.fixed(x, places: ndigits)
            mantissa = d.digits
            exponent = d.decimalPoint - d.digits.count
        } else {
            mantissa = roundedIntegerDigits(x.magnitude, places: -ndigits)
            exponent = -ndigits
        }
        var text = x < 0 ? "-" : ""
        text += String(decoding: mantissa, as: UTF8.self)
        text += "e" + String(exponent)
        guard let rounded = Double(text), rounded.isFinite else {
            throw .roundedValueTooLarge
        }
        return rounded
    }

    /// The digits of `x / 10^places` rounded half-to-even to an integer (`x >= 0`, finite),
    /// computed on the exact decimal expansion of `x`.
    private static func roundedIntegerDigits(_ x: Double, places: Int) -> [UInt8] {
        let zero = UInt8(ascii: "0")
        let whole = DecimalDigits.integerPart(x)
        let hasFraction = x != x.rounded(.towardZero)
        guard whole.count >= places else { return [zero] }   // below half of 10^places
        var kept = Array(whole[0..<(whole.count - places)])
        let below = whole[(whole.count - places)...]
        // Compare `below` with 5000…0 (as many digits as `places`).
        var order = 0
        for (i, digit) in below.enumerated() {
            let half = i == 0 ? UInt8(ascii: "5") : zero
            if digit != half {
                order = digit > half ? 1 : -1
                break
            }
        }
        if order == 0, hasFraction { order = 1 }
        let lastKeptOdd = (kept.last.map { ($0 - zero) % 2 == 1 }) ?? false
        let roundUp = order > 0 || (order == 0 && lastKeptOdd)
        if kept.isEmpty { kept = [zero] }
        if roundUp {
            var i = kept.count - 1
            while i >= 0, kept[i] == UInt8(ascii: "9") {
                kept[i] = zero
                i -= 1
            }
            if i >= 0 {
                kept[i] += 1
            } else {
                kept.insert(UInt8(ascii: "1"), at: 0)
            }
        }
        return kept
    }
}
