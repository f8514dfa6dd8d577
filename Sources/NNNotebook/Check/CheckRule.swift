/// How `nn check` compares one statement's output: the relative tolerance for numbers, or not
/// at all. Set by `# nn:` directive comments (`Directive`).
public struct CheckRule: Equatable, Sendable {
    /// The default relative tolerance (LANGUAGE.md, "Notebook files").
    public static let defaultTolerance = 1e-6

    /// Relative tolerance for numbers.
    public var tolerance: Double
    /// Whether the output is not compared at all (the statement still runs).
    public var skip: Bool

    /// A rule; by default numbers within 1e-6 and compared.
    public init(tolerance: Double = CheckRule.defaultTolerance, skip: Bool = false) {
        self.tolerance = tolerance
        self.skip = skip
    }
}

/// A `# nn:` directive comment: `# nn: tolerance=1e-2`, `# nn: skip-check`, and with `file`
/// (`# nn: file tolerance=1e-4`) for the whole file. Items are separated by spaces or commas.
struct Directive: Equatable {
    /// Whether it applies to the whole file.
    var isFileWide = false
    /// The tolerance it sets, if any.
    var tolerance: Double?
    /// Whether it turns comparing off.
    var skip = false
    /// Items that are not directives (reported: a typo must not silently disable a check).
    var problems: [String] = []

    /// Reads a comment line; nil when it is not a `# nn:` directive.
    static func parse(_ line: String) -> Directive? {
        var rest = line.drop { $0 == " " || $0 == "\t" }
        guard rest.first == "#" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
        guard rest.hasPrefix("nn:") else { return nil }
        rest = rest.dropFirst(3)
        var d = Directive()
        let items = rest.split { $0 == " " || $0 == "\t" || $0 == "," }
        if items.isEmpty { d.problems.append("empty directive (expected tolerance=…, skip-check)") }
        for item in items {
            if item == "file" {
                d.isFileWide = true
            } else if item == "skip-check" {
                d.skip = true
            } else if item.hasPrefix("tolerance=") {
                let value = item.dropFirst("tolerance=".count)
                if let t = Double(value), t.isFinite, t >= 0 {
                    d.tolerance = t
                } else {
                    d.problems.append("tolerance must be a number >= 0, not '\(value)'")
                }
            } else {
                d.problems.append("unknown directive '\(item)' (expected tolerance=…, skip-check, file)")
            }
        }
        return d
    }

    /// `rule` changed by this directive.
    func applied(to rule: CheckRule) -> CheckRule {
        var r = rule
        if let t = tolerance { r.tolerance = t }
        if skip { r.skip = true }
        return r
    }
}
