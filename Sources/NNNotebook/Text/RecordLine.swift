/// One output line as a notebook file records it: `#> text` (output) or `#! text` (error).
public struct RecordLine: Equatable, Hashable, Sendable {
    /// Which prefix the line has.
    public enum Kind: Equatable, Hashable, Sendable {
        /// `#>`: something printed, shown or plotted.
        case output
        /// `#!`: part of an error's diagnostic.
        case error

        /// The two-character prefix.
        public var prefix: String { self == .output ? "#>" : "#!" }
    }

    /// The prefix kind.
    public var kind: Kind
    /// The text after the prefix and its one space.
    public var text: String

    /// A line of the given kind.
    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }

    /// The line as written into a file: `#> text`, or a bare `#>` for an empty line (no
    /// trailing space, so editors that trim trailing spaces leave recorded files alone).
    public var rendered: String { text.isEmpty ? kind.prefix : "\(kind.prefix) \(text)" }

    /// Reads a file line: a line starting (in column 0) with `#>` or `#!`; the text is what
    /// follows after one optional space, so `#>` and `#> ` both read as an empty line. A
    /// shebang (`#!/usr/bin/env nn`) is not an error line.
    public init?(parsing line: String) {
        let u = line.utf8
        guard u.count >= 2, u.first == UInt8(ascii: "#") else { return nil }
        let second = u[u.index(after: u.startIndex)]
        let kind: Kind
        switch second {
        case UInt8(ascii: ">"): kind = .output
        case UInt8(ascii: "!"): kind = .error
        default: return nil
        }
        var rest = line.dropFirst(2)
        if kind == .error, rest.first == "/" { return nil }
        if rest.first == " " { rest = rest.dropFirst() }
        self.init(kind, String(rest))
    }

    /// Whether this is the wildcard `#> ...`, which matches any run of lines (none included).
    public var isWildcard: Bool { kind == .output && text == "..." }
}
