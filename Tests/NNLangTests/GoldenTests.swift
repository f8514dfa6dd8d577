import Testing
@testable import NNLang

/// Every golden notebook file under Tests/golden, each a test case.
@Suite(.serialized)
struct GoldenTests {
    @Test(arguments: GoldenRunner.files())
    func golden(_ file: String) {
        let mismatches = GoldenRunner.check(file)
        #expect(mismatches.isEmpty, "\(file):\n\(mismatches.map(\.description).joined(separator: "\n"))")
    }

    @Test func thereAreGoldenFiles() {
        #expect(GoldenRunner.files().count > 100)
    }
}
