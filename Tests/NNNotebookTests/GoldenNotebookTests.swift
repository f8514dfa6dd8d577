import Foundation
import Testing
@testable import NNNotebook

/// The language's golden files are notebooks too: `nn check` passes on every one, and
/// `nn update` leaves every one byte for byte as it is.
@Suite(.serialized)
struct GoldenNotebookTests {
    static func files() -> [String] {
        let root = Notebooks.testsDirectory.appendingPathComponent("golden").path
        return NotebookPaths.expand([root])
    }

    @Test func thereAreGoldenFiles() {
        #expect(Self.files().count > 100)
    }

    @Test(arguments: files())
    func checkPassesAndUpdateChangesNothing(_ path: String) throws {
        let report = NotebookFile.check(path)
        #expect(report.passed, "\(report.rendered)")
        let bytes = try FileAccess.read(path)
        let (updated, outcome) = try NotebookFile.updatedBytes(bytes, path: path)
        #expect(!outcome.changed && updated == bytes, "update would change \(path)")
    }
}
