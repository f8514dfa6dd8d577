import Foundation
@testable import NNTensor

/// The printing fixtures written by `Fixtures/printing/generate.py` from NumPy and PyTorch.
enum PrintingFixtures {
    /// One array case: the elements, the options and what the reference library printed.
    struct ArrayCase: Decodable, Sendable {
        let name: String
        let shape: [Int]
        let kind: String
        let options: Options
        let values: [String]?
        let edges: [EdgeValue]?
        let str: String?
        let repr: String
        let suffixes: [String]?
    }

    /// A stored element of a summarised case: `[flat index, value]`.
    struct EdgeValue: Decodable, Sendable {
        let index: Int
        let value: String

        init(from decoder: Decoder) throws {
            var container = try decoder.unkeyedContainer()
            index = try container.decode(Int.self)
            value = try container.decode(String.self)
        }
    }

    /// The print options a case sets (NumPy and PyTorch keys; absent means default).
    struct Options: Decodable, Sendable {
        let precision: Int?
        let threshold: Int?
        let edgeitems: Int?
        let linewidth: Int?
        let suppress: Bool?
        let nanstr: String?
        let infstr: String?
        let sign: String?
        let floatmode: String?
        let sci_mode: Bool?

        var numpy: NumPyPrintOptions {
            var o = NumPyPrintOptions()
            if let precision { o.precision = precision }
            if let threshold { o.threshold = threshold }
            if let edgeitems { o.edgeItems = edgeitems }
            if let linewidth { o.lineWidth = linewidth }
            if let suppress { o.suppress = suppress }
            if let nanstr { o.nanString = nanstr }
            if let infstr { o.infString = infstr }
            if let sign, let s = NumPyPrintOptions.Sign(rawValue: sign) { o.sign = s }
            if let floatmode, let m = NumPyPrintOptions.FloatMode(rawValue: floatmode) { o.floatMode = m }
            return o
        }

        var torch: TorchPrintOptions {
            var o = TorchPrintOptions()
            if let precision { o.precision = precision }
            if let threshold { o.threshold = threshold }
            if let edgeitems { o.edgeItems = edgeitems }
            if let linewidth { o.lineWidth = linewidth }
            o.sciMode = sci_mode
            return o
        }
    }

    /// One NumPy scalar case.
    struct ScalarCase: Decodable, Sendable {
        let kind: String
        let value: String
        let str: String
        let repr: String

        var scalar: PrintScalar? { PrintingFixtures.scalar(kind: kind, text: value) }
    }

    /// One `torch.Size` case.
    struct SizeCase: Decodable, Sendable {
        let dims: [Int]
        let str: String
    }

    struct ArrayFile: Decodable, Sendable {
        let cases: [ArrayCase]
        let sizes: [SizeCase]?
    }

    struct ScalarFile: Decodable, Sendable {
        let cases: [ScalarCase]
    }

    static let numpy: [ArrayCase] = load(ArrayFile.self, "numpy.json")?.cases ?? []
    static let numpyScalars: [ScalarCase] = load(ScalarFile.self, "numpy_scalars.json")?.cases ?? []
    static let torchFile: ArrayFile? = load(ArrayFile.self, "torch.json")
    static let torch: [ArrayCase] = torchFile?.cases ?? []
    static let torchSizes: [SizeCase] = torchFile?.sizes ?? []

    static func numpyCase(_ name: String) -> ArrayCase? { numpy.first { $0.name == name } }
    static func torchCase(_ name: String) -> ArrayCase? { torch.first { $0.name == name } }

    private static func load<T: Decodable>(_ type: T.Type, _ file: String) -> T? {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .appendingPathComponent("Fixtures/printing/\(file)")
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(T.self, from: data)
    }

    /// Decodes one stored element.
    static func scalar(kind: String, text: String) -> PrintScalar? {
        switch kind {
        case "float64": return Double(text).map { .float64($0) }
        case "float32": return Double(text).map { .float32(Float($0)) }
        case "int64": return Int64(text).map { .int64($0) }
        case "bool": return .bool(text == "True")
        default: return nil
        }
    }
}

/// A fixture's array. Summarised cases store only the elements a printer may read; reading
/// any other element is recorded so the test can fail on it.
final class FixtureArray: PrintableArray {
    let printShape: [Int]
    let printKind: PrintKind
    private var elements: [Int: PrintScalar] = [:]
    private var dense: [PrintScalar] = []
    private(set) var strayReads: Set<Int> = []

    init?(_ fixture: PrintingFixtures.ArrayCase) {
        printShape = fixture.shape
        switch fixture.kind {
        case "float32": printKind = .float32
        case "float64": printKind = .float64
        case "int64": printKind = .int64
        case "bool": printKind = .bool
        default: return nil
        }
        if let values = fixture.values {
            for text in values {
                guard let s = PrintingFixtures.scalar(kind: fixture.kind, text: text) else { return nil }
                dense.append(s)
            }
        } else if let edges = fixture.edges {
            for edge in edges {
                guard let s = PrintingFixtures.scalar(kind: fixture.kind, text: edge.value) else { return nil }
                elements[edge.index] = s
            }
        } else {
            return nil
        }
    }

    private func scalar(_ flat: Int) -> PrintScalar? {
        if !dense.isEmpty || elements.isEmpty {
            if dense.indices.contains(flat) { return dense[flat] }
        } else if let s = elements[flat] {
            return s
        }
        strayReads.insert(flat)
        return nil
    }

    func printDouble(at flat: Int) -> Double {
        if case .float64(let d)? = scalar(flat) { return d }
        return .nan
    }

    func printFloat32(at flat: Int) -> Float {
        if case .float32(let f)? = scalar(flat) { return f }
        return .nan
    }

    func printInt64(at flat: Int) -> Int64 {
        if case .int64(let i)? = scalar(flat) { return i }
        return 0
    }

    func printBool(at flat: Int) -> Bool {
        if case .bool(let b)? = scalar(flat) { return b }
        return false
    }
}
