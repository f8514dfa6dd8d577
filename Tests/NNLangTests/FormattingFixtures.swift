import Foundation
@testable import NNLang

/// The CPython 3.11 expectations in `Fixtures/formatting/cases.json`, written by
/// `Fixtures/formatting/generate.py` (every expected string comes from the interpreter).
struct FormattingFixtures: Decodable, Sendable {
    /// What CPython printed, or the exception it raised (`"ValueError: message"`).
    struct Expected: Decodable, Sendable {
        var out: String?
        var err: String?
    }

    struct ReprCase: Decodable, Sendable {
        var x: String
        var out: String
    }

    struct FormatCase<Value: Decodable & Sendable>: Decodable, Sendable {
        var x: Value
        var spec: String
        var out: String?
        var err: String?
    }

    struct PercentCase: Decodable, Sendable {
        struct Arg: Decodable, Sendable {
            struct Object: Decodable, Sendable {
                var type: String
                var str: String
                var repr: String
            }

            var int: String?
            var bool: Bool?
            var float: String?
            var str: String?
            var obj: Object?
        }

        var fmt: String
        var args: [Arg]
        var out: String?
        var err: String?
    }

    struct ObjectValue: Decodable, Sendable {
        var type: String
        var str: String
    }

    struct RoundCase: Decodable, Sendable {
        var x: String
        var n: Int
        var out: String?
        var err: String?
    }

    struct StringReprCase: Decodable, Sendable {
        var s: String
        var repr: String
        var ascii: String
    }

    var generator: String
    var floatRepr: [ReprCase]
    var formatFloat: [FormatCase<String>]
    var formatInt: [FormatCase<String>]
    var formatString: [FormatCase<String>]
    var formatBool: [FormatCase<Bool>]
    var formatObject: [FormatCase<ObjectValue>]
    var percent: [PercentCase]
    var round: [RoundCase]
    var stringRepr: [StringReprCase]

    /// Loaded once from beside this source file.
    static let shared: FormattingFixtures? = {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .appendingPathComponent("Fixtures/formatting/cases.json")
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(FormattingFixtures.self, from: data)
    }()

    /// A double from the hex of its IEEE-754 bits.
    static func double(_ bits: String) -> Double? {
        UInt64(bits, radix: 16).map(Double.init(bitPattern:))
    }

    /// The `PercentArg` the interpreter would pass for a fixture argument.
    static func percentArg(_ a: PercentCase.Arg) -> PercentArg? {
        if let v = a.int { return Int(v).map(PercentArg.int) }
        if let b = a.bool { return .bool(b) }
        if let f = a.float { return double(f).map(PercentArg.float) }
        if let s = a.str { return .string(s) }
        if let o = a.obj { return .object(typeName: o.type, str: o.str, repr: o.repr) }
        return nil
    }
}

/// What a formatting call produced, in the fixture's terms.
func outcome(_ body: () throws(PyFormatError) -> String) -> FormattingFixtures.Expected {
    do {
        return FormattingFixtures.Expected(out: try body(), err: nil)
    } catch {
        return FormattingFixtures.Expected(out: nil, err: "\(error.exceptionName): \(error.message)")
    }
}
