import Testing
@testable import NNTensor

/// NumPy printing against the fixtures NumPy 2.x itself printed (generate.py).
@Suite struct PrintingNumPyTests {
    @Test func fixturesLoaded() {
        #expect(PrintingFixtures.numpy.count >= 150)
        #expect(PrintingFixtures.numpyScalars.count >= 40)
    }

    @Test(arguments: PrintingFixtures.numpy.map(\.name))
    func strMatchesNumPy(_ name: String) throws {
        let fixture = try #require(PrintingFixtures.numpyCase(name))
        let array = try #require(FixtureArray(fixture))
        let expected = try #require(fixture.str)
        #expect(NumPyFormatter.str(array, options: fixture.options.numpy) == expected)
        #expect(array.strayReads.isEmpty, "read elements a summary does not show")
    }

    @Test(arguments: PrintingFixtures.numpy.map(\.name))
    func reprMatchesNumPy(_ name: String) throws {
        let fixture = try #require(PrintingFixtures.numpyCase(name))
        let array = try #require(FixtureArray(fixture))
        #expect(NumPyFormatter.repr(array, options: fixture.options.numpy) == fixture.repr)
        #expect(array.strayReads.isEmpty, "read elements a summary does not show")
    }

    @Test(arguments: PrintingFixtures.numpyScalars.indices)
    func scalarMatchesNumPy(_ index: Int) throws {
        let fixture = PrintingFixtures.numpyScalars[index]
        let scalar = try #require(fixture.scalar)
        #expect(NumPyFormatter.scalarStr(scalar) == fixture.str)
        #expect(NumPyFormatter.scalarRepr(scalar) == fixture.repr)
    }

    /// The seed lecture's line, spelled out (NumPy 2.4 output in seed 004).
    @Test func seedSigmoidLine() throws {
        let array = ArrayLiteralPrintable([
            0.0066928509242848554, 0.11920292202211755, 0.5, 0.8807970779778823, 0.9933071490757153,
        ])
        #expect(NumPyFormatter.str(array) == "[0.00669285 0.11920292 0.5        0.88079708 0.99330715]")
    }

    @Test func invalidShapeDoesNotTrap() throws {
        let bad = BadShape()
        #expect(NumPyFormatter.str(bad).contains("invalid shape"))
        #expect(NumPyFormatter.repr(bad).hasPrefix("array("))
    }
}

/// A conformer whose shape is corrupt; printers must answer with text, not trap.
struct BadShape: PrintableArray {
    var printShape: [Int] { [-1, 3] }
    var printKind: PrintKind { .float64 }
    func printDouble(at flat: Int) -> Double { 0 }
    func printFloat32(at flat: Int) -> Float { 0 }
    func printInt64(at flat: Int) -> Int64 { 0 }
    func printBool(at flat: Int) -> Bool { false }
}
