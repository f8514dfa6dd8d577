import Testing
@testable import NNLang

/// Readable examples of the formatting rules; every expected string was printed by
/// CPython 3.11.7 (`python3 -c "print(repr(...))"`). The exhaustive tables live in
/// FormattingFixtureTests.
@Suite struct FormattingTests {
    @Test(arguments: [
        (1e-05, "1e-05"), (1e16, "1e+16"), (0.1, "0.1"), (100.0, "100.0"), (-0.0, "-0.0"),
        (1e15, "1000000000000000.0"), (0.0001, "0.0001"), (0.1 + 0.2, "0.30000000000000004"),
        (Double.infinity, "inf"), (-Double.infinity, "-inf"), (Double.nan, "nan"),
    ])
    func floatRepr(_ x: Double, _ expected: String) {
        #expect(PyFormat.floatRepr(x) == expected)
    }

    @Test(arguments: [
        (3.14159, ".3", "3.14"), (1234567.891, ",.2f", "1,234,567.89"), (0.5, ".1%", "50.0%"),
        (0.1, ".20f", "0.10000000000000000555"), (1e-7, "g", "1e-07"), (-0.0, "z.1f", "0.0"),
        (1e16, "", "1e+16"), (2.5, ".0f", "2"), (123.0, ".3", "1.23e+02"), (12.0, ".3", "12.0"),
    ])
    func formatFloat(_ x: Double, _ spec: String, _ expected: String) throws {
        #expect(try PyFormat.format(float: x, spec: spec) == expected)
    }

    @Test(arguments: [
        (255, "#010b", "0b11111111"), (-42, "+08d", "-0000042"), (123456789, "_x", "75b_cd15"),
        (1, "09,", "0,000,001"), (65, "c", "A"), (7, "%", "700.000000%"),
    ])
    func formatInt(_ x: Int, _ spec: String, _ expected: String) throws {
        #expect(try PyFormat.format(int: x, spec: spec) == expected)
    }

    @Test func formatStringAndBool() throws {
        #expect(try PyFormat.format(string: "nn", spec: "*^8") == "***nn***")
        #expect(try PyFormat.format(string: "abcdef", spec: ">8.3") == "     abc")
        #expect(try PyFormat.format(bool: true, spec: "") == "True")
        #expect(try PyFormat.format(bool: true, spec: ">5") == "    1")
    }

    @Test(arguments: [
        ("Invalid format specifier '.2qq' for object of type 'float'", ".2qq"),
        ("Unknown format code 'q' for object of type 'float'", ".2q"),
        ("Cannot specify ',' with 'n'.", ",n"),
        ("Format specifier missing precision", "."),
    ])
    func floatSpecErrors(_ message: String, _ spec: String) {
        #expect(throws: PyFormatError.self) { try PyFormat.format(float: 1.5, spec: spec) }
        #expect(outcome { () throws(PyFormatError) in try PyFormat.format(float: 1.5, spec: spec) }
            .err == "ValueError: " + message)
    }

    @Test func otherTypesErrors() {
        #expect(outcome { () throws(PyFormatError) in try PyFormat.format(string: "a", spec: ",s") }
            .err == "ValueError: Cannot specify ',' with 's'.")
        #expect(outcome { () throws(PyFormatError) in try PyFormat.format(int: 1, spec: ".2d") }
            .err == "ValueError: Precision not allowed in integer format specifier")
        #expect(outcome { () throws(PyFormatError) in try PyFormat.format(int: -1, spec: "c") }
            .err == "OverflowError: %c arg not in range(0x110000)")
    }

    @Test func percent() throws {
        let args: [PercentArg] = [.float(3.14159), .string("hi"), .int(42), .string("x")]
        #expect(try PyFormat.percent("%5.2f %s %d %r %%", args) == " 3.14 hi 42 'x' %")
        #expect(try PyFormat.percent("loss: %.4f", [.float(0.123456789)]) == "loss: 0.1235")
        #expect(try PyFormat.percent("%-6s|%6.1e", [.string("ab"), .float(12345.678)])
            == "ab    |1.2e+04")
        #expect(try PyFormat.percent("%s|%d", [.object(typeName: "NoneType", str: "None",
                                                        repr: "None"), .bool(true)]) == "None|1")
        #expect(outcome { () throws(PyFormatError) in try PyFormat.percent("%d %d", [.int(1)]) }
            .err == "TypeError: not enough arguments for format string")
    }

    @Test(arguments: [(2.675, 2, 2.67), (0.125, 2, 0.12), (250.0, -2, 200.0), (-0.4, 0, -0.0)])
    func round(_ x: Double, _ n: Int, _ expected: Double) throws {
        let r = try PyFormat.round(x, ndigits: n)
        #expect(r == expected && r.sign == expected.sign)
    }

    @Test func intToString() {
        // bin(5), oct(-8), hex(255), hex(-2**63) in CPython.
        #expect(PyFormat.intToString(5, radix: 2) == "0b101")
        #expect(PyFormat.intToString(-8, radix: 8) == "-0o10")
        #expect(PyFormat.intToString(255, radix: 16) == "0xff")
        #expect(PyFormat.intToString(Int.min, radix: 16) == "-0x8000000000000000")
    }

    /// nn's own limit: a width or precision that would build more than `maxLength`
    /// characters fails with a MemoryError instead of exhausting memory.
    @Test func enormousWidthsFailCleanly() {
        let huge = String(PyFormat.maxLength + 1)
        #expect(outcome { () throws(PyFormatError) in try PyFormat.format(int: 1, spec: huge) }
            .err?.hasPrefix("MemoryError: ") == true)
        #expect(outcome { () throws(PyFormatError) in try PyFormat.format(float: 1, spec: "." + huge) }
            .err?.hasPrefix("MemoryError: ") == true)
        #expect(outcome { () throws(PyFormatError) in try PyFormat.format(string: "a", spec: huge) }
            .err?.hasPrefix("MemoryError: ") == true)
        #expect(outcome { () throws(PyFormatError) in try PyFormat.percent("%" + huge + "d", [.int(1)]) }
            .err?.hasPrefix("MemoryError: ") == true)
        #expect(outcome { () throws(PyFormatError) in try PyFormat.percent("%*d", [.int(Int.min), .int(1)]) }
            .err?.hasPrefix("MemoryError: ") == true)
    }

    /// Swift strings cannot hold a lone surrogate; `chr`-like formatting substitutes U+FFFD.
    @Test func surrogateCodePointsBecomeReplacementCharacter() throws {
        #expect(try PyFormat.format(int: 0xD800, spec: "c") == "\u{FFFD}")
        #expect(try PyFormat.percent("%c", [.int(0xDFFF)]) == "\u{FFFD}")
    }
}
