import Foundation
import NNNotebook

/// Helpers that run the notebook commands on text instead of files.
enum Notebooks {
    /// `nn update` on `text` named `name`: the new text.
    static func update(_ text: String, name: String = "lesson.nn") throws -> String {
        String(decoding: try NotebookFile.updatedBytes(Array(text.utf8), path: name).bytes, as: UTF8.self)
    }

    /// `nn update` on raw bytes.
    static func update(bytes: [UInt8], name: String = "lesson.nn") throws -> [UInt8] {
        try NotebookFile.updatedBytes(bytes, path: name).bytes
    }

    /// `nn check` on `text` named `name`.
    static func check(_ text: String, name: String = "lesson.nn") throws -> CheckReport {
        try NotebookFile.checkedBytes(Array(text.utf8), path: name)
    }

    /// The Fixtures directory of this test target.
    static var fixtures: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")
    }

    /// The package's Tests directory.
    static var testsDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}
