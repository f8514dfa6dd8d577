/// An error a layer raised on an input of the wrong width, with advice for the user: the
/// message stays the library's own (`mat1 and mat2 shapes cannot be multiplied (64x100 and
/// 784x128)`, as PyTorch words it), and `hint` says which size the layer expected and where
/// the wrong one usually comes from.
public struct LayerInputError: Error {
    /// The error the layer's computation raised.
    public let underlying: any Error
    /// One sentence of advice shown after the message.
    public let hint: String
}

extension Module {
    /// Runs `body`; when it fails and the input has `got` features (or channels: `unit`)
    /// where the layer wants `expected` (its `parameter`), the error carries a hint naming
    /// both and `previous`, where the wrong size usually comes from.
    func checkingWidth<T>(_ parameter: String, expected: Int, got: Int?, unit: String, previous: String,
                          _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            guard let got, got != expected else { throw error }
            throw LayerInputError(underlying: error, hint: "\(typeName)(\(parameter)=\(expected)) got inputs with \(got) \(unit); check \(previous)")
        }
    }
}
