import Testing
@testable import NNLang

/// Table-driven checks against CPython 3.11's own output (Fixtures/formatting/cases.json).
@Suite struct FormattingFixtureTests {
    let fixtures = FormattingFixtures.shared

    /// Reports the first mismatches of a table in one readable failure.
    private func check(_ table: String, _ failures: [String], total: Int, minimum: Int) {
        #expect(total >= minimum, "\(table): only \(total) cases loaded")
        let failed = failures.count
        #expect(failed == 0, """
            \(table): \(failures.count) of \(total) cases differ from CPython
            \(failures.prefix(25).joined(separator: "\n"))
            """)
    }

    private func describe(_ e: FormattingFixtures.Expected) -> String {
        e.out.map { "\"\($0)\"" } ?? e.err ?? "nothing"
    }

    @Test func fixturesLoad() {
        #expect(fixtures != nil, "Fixtures/formatting/cases.json missing or unreadable")
        #expect(fixtures?.generator.hasPrefix("CPython 3.11") == true)
    }

    @Test func floatReprMatchesCPython() throws {
        let cases = try #require(fixtures).floatRepr
        var failures: [String] = []
        for c in cases {
            guard let x = FormattingFixtures.double(c.x) else {
                failures.append("bad bits \(c.x)")
                continue
            }
            let got = PyFormat.floatRepr(x)
            if got != c.out { failures.append("repr(\(c.out)): got \(got)") }
        }
        check("floatRepr", failures, total: cases.count, minimum: 3000)
    }

    @Test func formatFloatMatchesCPython() throws {
        let cases = try #require(fixtures).formatFloat
        var failures: [String] = []
        for c in cases {
            guard let x = FormattingFixtures.double(c.x) else { continue }
            let want = FormattingFixtures.Expected(out: c.out, err: c.err)
            let got = outcome { () throws(PyFormatError) in try PyFormat.format(float: x, spec: c.spec) }
            if got.out != want.out || got.err != want.err {
                failures.append("format(\(PyFormat.floatRepr(x)), \(PyFormat.stringRepr(c.spec))): "
                    + "want \(describe(want)), got \(describe(got))")
            }
        }
        check("formatFloat", failures, total: cases.count, minimum: 4000)
    }

    @Test func formatIntMatchesCPython() throws {
        let cases = try #require(fixtures).formatInt
        var failures: [String] = []
        for c in cases {
            guard let x = Int(c.x) else { continue }
            let want = FormattingFixtures.Expected(out: c.out, err: c.err)
            let got = outcome { () throws(PyFormatError) in try PyFormat.format(int: x, spec: c.spec) }
            if got.out != want.out || got.err != want.err {
                failures.append("format(\(x), \(PyFormat.stringRepr(c.spec))): "
                    + "want \(describe(want)), got \(describe(got))")
            }
        }
        check("formatInt", failures, total: cases.count, minimum: 2000)
    }

    @Test func formatStringMatchesCPython() throws {
        let cases = try #require(fixtures).formatString
        var failures: [String] = []
        for c in cases {
            let want = FormattingFixtures.Expected(out: c.out, err: c.err)
            let got = outcome { () throws(PyFormatError) in try PyFormat.format(string: c.x, spec: c.spec) }
            if got.out != want.out || got.err != want.err {
                failures.append("format(\(PyFormat.stringRepr(c.x)), \(PyFormat.stringRepr(c.spec))): "
                    + "want \(describe(want)), got \(describe(got))")
            }
        }
        check("formatString", failures, total: cases.count, minimum: 500)
    }

    @Test func formatBoolMatchesCPython() throws {
        let cases = try #require(fixtures).formatBool
        var failures: [String] = []
        for c in cases {
            let want = FormattingFixtures.Expected(out: c.out, err: c.err)
            let got = outcome { () throws(PyFormatError) in try PyFormat.format(bool: c.x, spec: c.spec) }
            if got.out != want.out || got.err != want.err {
                failures.append("format(\(c.x), \(PyFormat.stringRepr(c.spec))): "
                    + "want \(describe(want)), got \(describe(got))")
            }
        }
        check("formatBool", failures, total: cases.count, minimum: 18)
    }

    @Test func formatObjectMatchesCPython() throws {
        let cases = try #require(fixtures).formatObject
        var failures: [String] = []
        for c in cases {
            let want = FormattingFixtures.Expected(out: c.out, err: c.err)
            let got = outcome { () throws(PyFormatError) in
                try PyFormat.format(object: c.x.str, typeName: c.x.type, spec: c.spec)
            }
            if got.out != want.out || got.err != want.err {
                failures.append("format(\(c.x.str), \(PyFormat.stringRepr(c.spec))): "
                    + "want \(describe(want)), got \(describe(got))")
            }
        }
        check("formatObject", failures, total: cases.count, minimum: 24)
    }

    @Test func percentMatchesCPython() throws {
        let cases = try #require(fixtures).percent
        var failures: [String] = []
        for c in cases {
            let args = c.args.compactMap(FormattingFixtures.percentArg)
            guard args.count == c.args.count else {
                failures.append("unreadable arguments for \(c.fmt)")
                continue
            }
            let want = FormattingFixtures.Expected(out: c.out, err: c.err)
            let got = outcome { () throws(PyFormatError) in try PyFormat.percent(c.fmt, args) }
            if got.out != want.out || got.err != want.err {
                failures.append("\(PyFormat.stringRepr(c.fmt)) % \(args.map(\.repr)): "
                    + "want \(describe(want)), got \(describe(got))")
            }
        }
        check("percent", failures, total: cases.count, minimum: 6000)
    }

    @Test func roundMatchesCPython() throws {
        let cases = try #require(fixtures).round
        var failures: [String] = []
        for c in cases {
            guard let x = FormattingFixtures.double(c.x) else { continue }
            let want = FormattingFixtures.Expected(
                out: c.out.flatMap(FormattingFixtures.double).map(\.bitPattern).map { String($0) },
                err: c.err)
            let got = outcome { () throws(PyFormatError) in
                String(try PyFormat.round(x, ndigits: c.n).bitPattern)
            }
            if got.out != want.out || got.err != want.err {
                let show = { (e: FormattingFixtures.Expected) in
                    e.out.flatMap(UInt64.init).map { PyFormat.floatRepr(Double(bitPattern: $0)) }
                        ?? e.err ?? "nothing"
                }
                failures.append("round(\(PyFormat.floatRepr(x)), \(c.n)): "
                    + "want \(show(want)), got \(show(got))")
            }
        }
        check("round", failures, total: cases.count, minimum: 1400)
    }

    @Test func stringReprMatchesCPython() throws {
        let cases = try #require(fixtures).stringRepr
        var failures: [String] = []
        for c in cases {
            let repr = PyFormat.stringRepr(c.s)
            let ascii = PyFormat.asciiEscape(repr)
            if repr != c.repr { failures.append("repr: want \(c.repr), got \(repr)") }
            if ascii != c.ascii { failures.append("ascii: want \(c.ascii), got \(ascii)") }
        }
        check("stringRepr", failures, total: cases.count, minimum: 20)
    }
}
