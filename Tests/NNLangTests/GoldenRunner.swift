import Foundation
@testable import NNLang

/// Runs a golden notebook file (`Tests/golden/<area>/*.nn`) and compares what it prints with
/// the `#>` (output) and `#!` (error) lines recorded in it, statement by statement: the lines
/// recorded after a statement must be exactly what that statement produced. A file with
/// syntax errors records every one of them as `#!` lines (they may sit anywhere after the
/// code); nothing runs then.
struct GoldenRunner {
    /// A mismatch, described for the test report.
    struct Mismatch: CustomStringConvertible {
        let description: String
    }

    /// The golden files under `Tests/golden`, relative paths sorted.
    static func files() -> [String] {
        let root = goldenRoot
        guard let e = FileManager.default.enumerator(atPath: root) else { return [] }
        var out: [String] = []
        for case let p as String in e where p.hasSuffix(".nn") && !p.hasPrefix("tools/") { out.append(p) }
        return out.sorted()
    }

    /// The `Tests/golden` directory of the package.
    static var goldenRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("golden").path
    }

    /// The output/error line as the file records it.
    static func record(_ prefix: String, _ line: String) -> String {
        line.isEmpty ? prefix : "\(prefix) \(line)"
    }

    /// Runs the file at `relativePath`; returns the mismatches (empty when it passes).
    static func check(_ relativePath: String) -> [Mismatch] {
        let path = goldenRoot + "/" + relativePath
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            return [Mismatch(description: "cannot read \(path)")]
        }
        let fileLines = text.components(separatedBy: "\n")
        var expected: [(line: Int, text: String)] = []
        for (i, l) in fileLines.enumerated() where l.hasPrefix("#>") || l.hasPrefix("#!") {
            expected.append((i + 1, l))
        }
        let output = CapturedOutput()
        let nn = Interpreter(output: output, arguments: [relativePath])
        let name = (relativePath as NSString).lastPathComponent
        let program = nn.parse(text, file: name)
        if !program.syntaxErrors.isEmpty {
            let actual = program.syntaxErrors.flatMap { $0.render().components(separatedBy: "\n").map { record("#!", $0) } }
            return compare(expected.map(\.text), actual, context: "syntax errors")
        }
        var mismatches: [Mismatch] = []
        let statements = program.statements
        // Statements sharing a line (`a; b`) form one group: their output follows that line.
        var groups: [[TopLevelStatement]] = []
        for s in statements {
            if let last = groups.last?.last, s.firstLine <= last.lastLine {
                groups[groups.count - 1].append(s)
            } else {
                groups.append([s])
            }
        }
        var consumed = 0
        run: for (k, group) in groups.enumerated() {
            let lastLine = group.last?.lastLine ?? 0
            let nextStart = k + 1 < groups.count ? (groups[k + 1].first?.firstLine ?? Int.max) : Int.max
            let mine = expected.filter { $0.line > lastLine && $0.line < nextStart }.map(\.text)
            consumed += mine.count
            var actual: [String] = []
            var stopped = false
            for s in group {
                let result = nn.execute(s)
                let printed = output.take()
                if !printed.isEmpty {
                    var lines = printed.components(separatedBy: "\n")
                    if printed.hasSuffix("\n") { lines.removeLast() }
                    actual += lines.map { record("#>", $0) }
                }
                if let e = result.error {
                    actual += e.render().components(separatedBy: "\n").map { record("#!", $0) }
                }
                if result.error != nil || result.exitStatus != nil {
                    stopped = true
                    break
                }
            }
            mismatches += compare(mine, actual, context: "statement at line \(group.first?.firstLine ?? 0)")
            if stopped { break run }
        }
        let before = expected.filter { $0.line < (statements.first?.firstLine ?? Int.max) }
        if !before.isEmpty { mismatches.append(Mismatch(description: "output lines before the first statement: \(before.map(\.text))")) }
        if consumed + before.count < expected.count, mismatches.isEmpty {
            mismatches.append(Mismatch(description: "recorded lines after the run stopped were not produced"))
        }
        return mismatches
    }

    static func compare(_ expected: [String], _ actual: [String], context: String) -> [Mismatch] {
        if expected == actual { return [] }
        var d = "\(context):\n  expected:\n"
        for l in expected { d += "    \(l)\n" }
        d += "  actual:\n"
        for l in actual { d += "    \(l)\n" }
        return [Mismatch(description: d)]
    }
}
