import Testing
@testable import NNTensor

/// Print options and shapes a script controls must never trap, and out-of-range values
/// must behave like the nearest sensible setting.
@Suite struct PrintingRobustnessTests {
    static let floats = ArrayLiteralPrintable((0..<30).map { Double($0) / 7 })
    static let ints = ArrayLiteralPrintable(shape: [2, 15], elements: .int64((0..<30).map(Int64.init)))

    @Test(arguments: [Int.min, -5, 0, Int.max])
    func extremeLineWidths(_ width: Int) throws {
        let ints = try #require(Self.ints)
        let numpy = NumPyPrintOptions(lineWidth: width)
        let torch = TorchPrintOptions(lineWidth: width)
        // Any width at or past the clamp behaves like the clamp itself.
        let clamped = max(min(width, 1 << 30), -(1 << 30))
        #expect(NumPyFormatter.str(Self.floats, options: numpy)
                == NumPyFormatter.str(Self.floats, options: NumPyPrintOptions(lineWidth: clamped)))
        #expect(NumPyFormatter.repr(ints, options: numpy).hasPrefix("array([["))
        #expect(TorchFormatter.repr(ints, options: torch).hasPrefix("tensor([["))
        if width == Int.max {
            #expect(!NumPyFormatter.str(Self.floats, options: numpy).contains("\n"))
        }
    }

    @Test(arguments: [Int.min, -1, Int.max])
    func extremePrecisions(_ precision: Int) {
        for mode in NumPyPrintOptions.FloatMode.allCases {
            let text = NumPyFormatter.str(Self.floats, options: NumPyPrintOptions(precision: precision, floatMode: mode))
            #expect(text.hasPrefix("[") && text.utf8.count < 200_000)
        }
        let torch = TorchFormatter.repr(Self.floats, options: TorchPrintOptions(precision: precision))
        #expect(torch.hasPrefix("tensor([") && torch.utf8.count < 200_000)
    }

    @Test(arguments: [Int.min, -3, Int.max])
    func extremeEdgeItems(_ edge: Int) throws {
        let ints = try #require(Self.ints)
        let numpy = NumPyFormatter.str(ints, options: NumPyPrintOptions(threshold: 0, edgeItems: edge))
        let torch = TorchFormatter.repr(ints, options: TorchPrintOptions(threshold: 0, edgeItems: edge))
        if edge == Int.max {
            // Edges longer than the axis keep everything, as NumPy and PyTorch do.
            #expect(numpy == NumPyFormatter.str(ints))
            #expect(torch == TorchFormatter.repr(ints))
        } else {
            #expect(numpy.contains("..."))
            #expect(torch.contains("..."))
        }
    }

    @Test func thresholdExtremes() throws {
        let ints = try #require(Self.ints)
        #expect(NumPyFormatter.str(ints, options: NumPyPrintOptions(threshold: Int.max)) == NumPyFormatter.str(ints))
        #expect(NumPyFormatter.repr(ints, options: NumPyPrintOptions(threshold: Int.min)).contains("shape=(2, 15)"))
        #expect(TorchFormatter.repr(ints, options: TorchPrintOptions(threshold: Int.min)).contains("..."))
    }

    @Test func corruptShapesGiveText() {
        let tooDeep = ShapeOnly(shape: Array(repeating: 1, count: 5000))
        #expect(NumPyFormatter.str(tooDeep).contains("invalid shape"))
        #expect(TorchFormatter.repr(tooDeep).contains("invalid shape"))
        let overflowing = ShapeOnly(shape: [Int.max, 3])
        #expect(NumPyFormatter.repr(overflowing).contains("invalid shape"))
        // A zero dimension makes the array empty even when the others overflow together.
        let empty = ShapeOnly(shape: [Int.max, Int.max, 0])
        #expect(NumPyFormatter.str(empty) == "[]")
    }

    @Test func literalRejectsMismatchedShapes() {
        #expect(ArrayLiteralPrintable(shape: [2, 2], elements: .float64([1, 2, 3])) == nil)
        #expect(ArrayLiteralPrintable(shape: [-1], elements: .float64([])) == nil)
        #expect(ArrayLiteralPrintable(shape: [Int.max, 2], elements: .bool([true])) == nil)
        #expect(ArrayLiteralPrintable(shape: [], elements: .int64([4])) != nil)
    }
}

/// A conformer with any shape and constant elements.
struct ShapeOnly: PrintableArray {
    let shape: [Int]
    var printShape: [Int] { shape }
    var printKind: PrintKind { .float64 }
    func printDouble(at flat: Int) -> Double { 1 }
    func printFloat32(at flat: Int) -> Float { 1 }
    func printInt64(at flat: Int) -> Int64 { 1 }
    func printBool(at flat: Int) -> Bool { true }
}
