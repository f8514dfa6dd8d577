import Testing
@testable import NNNotebook

/// `nn check`'s line rule: exact text, or the same words with numbers within tolerance.
struct LineMatcherTests {
    /// (recorded, fresh, tolerance, matches)
    static let cases: [(String, String, Double, Bool)] = [
        ("loss 0.5", "loss 0.5", 1e-6, true),
        ("loss 0.5", "loss 0.5000001", 1e-6, true),        // relative difference 2e-7
        ("loss 0.5", "loss 0.500001", 1e-6, false),        // 2e-6
        ("loss 0.5", "loss 0.501", 1e-2, true),
        ("loss 0.5", "loss 0.6", 1e-2, false),
        ("1.5e-05", "1.5000001e-05", 1e-6, true),
        ("1.5e-05", "1.6e-05", 1e-6, false),
        ("x -1.5", "x 1.5", 1, false),                     // the sign is text
        ("count 1000000", "count 1000001", 1e-6, true),    // integers follow the tolerance too
        ("count 3", "count 3.0", 1e-6, false),             // an integer never matches a float
        ("nan", "nan", 1e-6, true),
        ("[nan 1.]", "[nan 1.0000000001]", 1e-6, true),
        ("inf", "1e308", 1e-6, false),
        ("float32", "float64", 1, false),                  // digits inside words are text
        ("x1 = 2", "x2 = 2", 1, false),
        ("0x1f", "0x20", 1, false),
        ("epoch 1: 0.25", "epoch 2: 0.25", 1e-6, false),
        ("epoch 1: 0.25", "epoch 1: 0.2500001", 1e-6, true),
        // NumPy pads columns to the widest number: padding may change with the numbers.
        ("[0.5        0.88079708]", "[0.50000001 0.88079708]", 1e-6, true),
        // A change of spacing alone is a real change.
        ("a  b", "a b", 1e-6, false),
        ("[1 2]", "[1  2]", 1e-6, false),
        ("tensor([0.5000, 1.0000])", "tensor([0.5000, 1.0000], grad_fn=<X>)", 1e-6, false),
        ("", "", 1e-6, true),
        ("caf\u{E9} 1.0", "caf\u{E9} 1.0000001", 1e-6, true),
    ]

    @Test(arguments: cases)
    func matches(_ recorded: String, _ fresh: String, _ tolerance: Double, _ expected: Bool) {
        #expect(LineMatcher.matches(recorded, fresh, tolerance: tolerance) == expected)
    }

    @Test func tokens() {
        let t = NumberTokens.tokenize("[-1.5e-05 x1, nan 3]")
        let shown: [String] = t.map {
            switch $0 {
            case .number(let text, _, let isInteger): return isInteger ? "int(\(text))" : "num(\(text))"
            case .word(let w): return "word(\(w))"
            case .space(let s): return "space(\(s.count))"
            }
        }
        #expect(shown == ["word([-)", "num(1.5e-05)", "space(1)", "word(x1,)", "space(1)", "num(nan)", "space(1)", "int(3)", "word(])"])
    }
}

/// The wildcard `#> ...` and line-by-line matching of whole outputs.
struct OutputMatcherTests {
    static func lines(_ s: [String]) -> [RecordLine] { s.map { RecordLine(.output, $0) } }

    static let cases: [([String], [String], Bool)] = [
        ([], [], true),
        (["a"], [], false),
        ([], ["a"], false),
        (["..."], [], true),
        (["..."], ["a", "b", "c"], true),
        (["start", "...", "end"], ["start", "end"], true),
        (["start", "...", "end"], ["start", "x", "y", "end"], true),
        (["start", "...", "end"], ["start", "x", "y"], false),
        (["...", "done"], ["epoch 1", "epoch 2", "done"], true),
        (["...", "b", "..."], ["a", "b", "c"], true),
        (["...", "b", "..."], ["a", "c"], false),
        (["a", "..."], ["a"], true),
        // Backtracking past an early match of the line after the wildcard.
        (["...", "x", "y"], ["x", "z", "x", "y"], true),
    ]

    @Test(arguments: cases)
    func matches(_ recorded: [String], _ fresh: [String], _ expected: Bool) {
        #expect(OutputMatcher.matches(Self.lines(recorded), Self.lines(fresh), tolerance: 1e-6) == expected)
    }

    @Test func kindsMustAgree() {
        #expect(!OutputMatcher.matches([RecordLine(.output, "x")], [RecordLine(.error, "x")], tolerance: 1e-6))
    }
}
