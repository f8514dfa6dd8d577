import Foundation
import Testing
@testable import NNTensor

/// One array in a fixture: dtype, shape and row-major data (NaN/inf as strings).
struct ArrayFixture: Decodable {
    let dtype: String
    let shape: [Int]
    let data: [Element]

    enum Element: Decodable {
        case bool(Bool), int(Int64), double(Double), special(String)

        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let b = try? c.decode(Bool.self) { self = .bool(b) }
            else if let i = try? c.decode(Int64.self) { self = .int(i) }
            else if let d = try? c.decode(Double.self) { self = .double(d) }
            else { self = .special(try c.decode(String.self)) }
        }

        var scalar: Scalar {
            switch self {
            case .bool(let b): return .bool(b)
            case .int(let i): return .int(i)
            case .double(let d): return .float(d)
            case .special(let s):
                switch s {
                case "nan": return .float(.nan)
                case "inf": return .float(.infinity)
                default: return .float(-.infinity)
                }
            }
        }
    }

    /// The fixture as a tensor.
    func tensor() throws -> Tensor {
        guard let dt = DType(rawValue: dtype) else { throw FixtureError.badDType(dtype) }
        let t = try Tensor.zeros(shape, dtype: dt)
        for (i, e) in data.enumerated() { t.setElement(e.scalar, at: i) }
        return t
    }
}

/// The outcome NumPy or PyTorch produced: a value or an error message.
struct Outcome: Decodable {
    let value: ArrayFixture?
    let error: String?
    let type: String?
}

enum FixtureError: Error { case missing(String), badDType(String) }

/// Loads `Fixtures/ops/<name>` as `T`.
func loadFixture<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
    guard let url = Bundle.module.url(forResource: "Fixtures/ops/" + name, withExtension: nil)
            ?? Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/ops")
    else { throw FixtureError.missing(name) }
    return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
}

/// True when `a` and `b` are equal within `rtol`/`atol` (NaN equals NaN, infinities equal).
func close(_ a: Double, _ b: Double, rtol: Double, atol: Double = 0) -> Bool {
    if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
    if a.isInfinite || b.isInfinite { return a == b }
    return abs(a - b) <= atol + rtol * abs(b)
}

/// Checks dtype, shape and values of `t` against an expected fixture array.
func expectMatches(_ t: Tensor, _ expected: ArrayFixture, rtol: Double? = nil, atol: Double = 0,
                   _ context: @autoclosure () -> String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(t.dtype.rawValue == expected.dtype, "dtype: \(context())", sourceLocation: sourceLocation)
    #expect(t.shape == expected.shape, "shape: \(context())", sourceLocation: sourceLocation)
    guard t.shape == expected.shape else { return }
    let tol = rtol ?? (expected.dtype == "float32" ? 2e-6 : 1e-12)
    for (i, e) in expected.data.enumerated() {
        let want = e.scalar.doubleValue
        let got = t.doubleElement(at: i)
        if !close(got, want, rtol: tol, atol: atol) {
            Issue.record("element \(i): got \(got), expected \(want) — \(context())", sourceLocation: sourceLocation)
            return
        }
    }
}

/// Checks that `body` throws a `TensorError` whose message under `flavor` equals `message`.
func expectTensorError(_ message: String, _ flavor: Flavor, _ context: @autoclosure () -> String,
                       sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Tensor) {
    do {
        let t = try body()
        Issue.record("expected error '\(message)', got \(t) — \(context())", sourceLocation: sourceLocation)
    } catch let e as TensorError {
        #expect(e.message(flavor) == message, "\(context())", sourceLocation: sourceLocation)
    } catch {
        Issue.record("unexpected error \(error) — \(context())", sourceLocation: sourceLocation)
    }
}

/// Runs a fixture outcome check: a value must match, an error must be thrown with the same
/// message. `strictMessage` false only checks that some error is thrown.
func check(_ outcome: Outcome?, _ flavor: Flavor, rtol: Double? = nil, atol: Double = 0,
           strictMessage: Bool = true, _ context: @autoclosure () -> String,
           sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Tensor) {
    guard let outcome else { return }
    if let v = outcome.value {
        do {
            expectMatches(try body(), v, rtol: rtol, atol: atol, context(), sourceLocation: sourceLocation)
        } catch {
            Issue.record("unexpected error \(error) — \(context())", sourceLocation: sourceLocation)
        }
    } else if let message = outcome.error {
        if strictMessage {
            expectTensorError(message, flavor, context(), sourceLocation: sourceLocation, body)
        } else {
            #expect(throws: (any Error).self, "\(context())", sourceLocation: sourceLocation) { _ = try body() }
        }
    }
}

extension Array where Element == Double {
    /// A float64 tensor for literal-driven tests.
    var tensor: Tensor { Tensor(self) }
}
