import Foundation
import Testing
@testable import NNTensor

/// The exact digit generator against CPython's float formatting and NumPy's
/// `format_float_positional` / `format_float_scientific`, one float at a time
/// (digits.json: random bit patterns of every exponent, short decimals, exact ties).
@Suite struct PrintingDigitsTests {
    struct DigitCase: Decodable, Sendable {
        let kind: String
        let value: String
        let repr: String
        let f4: String?
        let e4: String?
        let f0: String?
        let e0: String?
        let e10: String?
        let pos8: String
        let sci8: String
        let fixed3: String?
        let min12: String
    }

    struct DigitFile: Decodable, Sendable {
        let cases: [DigitCase]
    }

    static let cases: [DigitCase] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/printing/digits.json")
        guard let data = try? Data(contentsOf: url),
              let file = try? JSONDecoder().decode(DigitFile.self, from: data) else { return [] }
        return file.cases
    }()

    @Test func fixturesLoaded() {
        #expect(Self.cases.count >= 1000)
    }

    @Test func everyCaseMatches() throws {
        var failures: [String] = []
        for c in Self.cases {
            let d = try #require(Double(c.value))
            let value: PrintFloat = c.kind == "float32" ? .float32(Float(d)) : .float64(d)
            func check(_ label: String, _ got: String, _ want: String?) {
                if let want, got != want { failures.append("\(c.value) \(label): \(got) != \(want)") }
            }
            let scalar: PrintScalar = c.kind == "float32" ? .float32(Float(d)) : .float64(d)
            check("repr", NumPyFormatter.scalarStr(scalar), c.repr)
            check("f4", PythonFloatFormat.fixed(d, precision: 4), c.f4)
            check("e4", PythonFloatFormat.exponential(d, precision: 4), c.e4)
            check("f0", PythonFloatFormat.fixed(d, precision: 0), c.f0)
            check("e0", PythonFloatFormat.exponential(d, precision: 0), c.e0)
            check("e10", PythonFloatFormat.exponential(d, precision: 10), c.e10)

            var shortest = FloatTextStyle()
            shortest.precision = 8
            shortest.trim = .zerosKeepPoint
            check("pos8", FloatTextFormatter.positional(value, shortest), c.pos8)
            check("sci8", FloatTextFormatter.scientific(value, shortest), c.sci8)

            var fixed = FloatTextStyle()
            fixed.precision = 3
            fixed.unique = false
            check("fixed3", FloatTextFormatter.positional(value, fixed), c.fixed3)

            var padded = FloatTextStyle()
            padded.precision = 12
            padded.minDigits = 12
            check("min12", FloatTextFormatter.scientific(value, padded), c.min12)
        }
        #expect(failures.isEmpty, "\(failures.count) mismatches, first: \(failures.prefix(5))")
    }

    /// Hand-picked values whose expected text is CPython's (`repr`, `'%.4f'`).
    @Test(arguments: [
        (0.1, "0.1", "0.1000"),
        (0.125, "0.125", "0.1250"),
        (2.5, "2.5", "2.5000"),
        (1e16, "1e+16", "10000000000000000.0000"),
        (5e-324, "5e-324", "0.0000"),
        (-0.0, "-0.0", "-0.0000"),
        (0.00005, "5e-05", "0.0001"),
        (0.99995, "0.99995", "1.0000"),
    ])
    func pythonFloat(_ value: Double, repr: String, fixed4: String) {
        #expect(PythonFloatFormat.repr(value) == repr)
        #expect(PythonFloatFormat.fixed(value, precision: 4) == fixed4)
    }
}
