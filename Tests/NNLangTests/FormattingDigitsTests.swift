import Testing
@testable import NNLang

/// The exact 128-bit digit path (`ScaledInteger`) against glibc's correctly rounded
/// printf, which formats the cases the fast path declines. Both must give the same digits
/// for every double and precision where the fast path answers.
@Suite struct FormattingDigitsTests {
    /// Doubles of every magnitude the fast path serves, plus ties and carries.
    private static func samples() -> [Double] {
        var values: [Double] = [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 9.9999995, 0.95, 0.05,
                                99.95, 999999.5, 4503599627370495.5, 9007199254740991,
                                1e-20, .leastNonzeroMagnitude, .leastNormalMagnitude, 123456789.0]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<4000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let mantissa = Double(state >> 11) / Double(1 << 53)
            let exponent = Int((state >> 3) % 40) - 20
            values.append(mantissa * pow10(exponent))
        }
        return values
    }

    private static func pow10(_ e: Int) -> Double {
        var r = 1.0
        for _ in 0..<abs(e) { r *= 10 }
        return e < 0 ? 1 / r : r
    }

    private func viaPrintf(_ format: StaticString, _ precision: Int, _ x: Double) -> DecimalDigits {
        DecimalDigits.printf(format, precision: precision, x) { DecimalDigits.parse($0) }
    }

    @Test func fixedDigitsAgreeWithPrintf() {
        var answered = 0
        var failures: [String] = []
        for x in Self.samples() {
            for places in 0...19 {
                guard let n = ScaledInteger.rounded(x, scale: places) else { continue }
                answered += 1
                let fast = DecimalDigits.fromInteger(n, scale: places)
                let slow = viaPrintf("%.*f", places, x)
                if fast != slow { failures.append("\(x) to \(places) places") }
            }
        }
        #expect(answered > 40_000)
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }

    @Test func significantDigitsAgreeWithPrintf() {
        var answered = 0
        var failures: [String] = []
        for x in Self.samples() where x > 0 {
            for count in 1...19 {
                guard let r = ScaledInteger.significant(x, count: count) else { continue }
                answered += 1
                let fast = DecimalDigits.fromInteger(r.value, scale: r.scale)
                let slow = viaPrintf("%.*e", count - 1, x)
                if fast != slow { failures.append("\(x) to \(count) digits") }
            }
        }
        #expect(answered > 30_000)
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }
}
