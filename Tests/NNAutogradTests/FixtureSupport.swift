import Foundation
import NNTensor
import NNAutograd

/// One array of a fixture: dtype, shape and row-major data.
struct ArrayFixture: Decodable {
    let dtype: String
    let shape: [Int]
    let data: [Double]

    func tensor() throws -> Tensor {
        let t = try Tensor(data, shape: shape)
        switch dtype {
        case "int64": return try t.astype(.int64)
        case "float32": return try t.astype(.float32)
        case "bool": return try t.astype(.bool)
        default: return t
        }
    }
}

enum FixtureError: Error { case missing(String) }

/// Loads `Fixtures/<name>` as `T`.
func loadFixture<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
    guard let url = Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil)
            ?? Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")
    else { throw FixtureError.missing(name) }
    return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
}

/// Elementwise `|a − e| ≤ atol + rtol·|e|`, with a description of the first mismatch.
func mismatch(_ actual: Tensor, _ expected: ArrayFixture, rtol: Double = 1e-5, atol: Double = 1e-6) -> String? {
    if actual.shape != expected.shape { return "shape \(actual.shape) != \(expected.shape)" }
    for (i, e) in expected.data.enumerated() {
        let a = actual.doubleElement(at: i)
        if a.isNaN && e.isNaN { continue }
        if !(Swift.abs(a - e) <= atol + rtol * Swift.abs(e)) { return "element \(i): \(a) != \(e)" }
    }
    return nil
}
