import NNTensor

/// Model files in the safetensors format: an 8-byte little-endian header length, a JSON header
/// (`{"name": {"dtype": "F32", "shape": [2, 3], "data_offsets": [0, 24]}, …}`, keys sorted,
/// optional `__metadata__` of strings, padded with spaces to a multiple of 8 bytes), then the
/// raw little-endian tensor data back to back. Reading it never runs code.
public enum SafeTensors {
    /// The largest header `load` accepts (safetensors' own limit is 100 MB).
    public static let headerLimit = 100_000_000

    /// The safetensors name of a dtype.
    static func name(of dtype: DType) -> String {
        switch dtype {
        case .float32: return "F32"
        case .float64: return "F64"
        case .int64: return "I64"
        case .bool: return "BOOL"
        }
    }

    /// The dtype of a safetensors name nn reads.
    static func dtype(named name: String) -> DType? {
        switch name {
        case "F32": return .float32
        case "F64": return .float64
        case "I64": return .int64
        case "BOOL": return .bool
        default: return nil
        }
    }

    /// Writes `state` to `path` (via a temporary file and a rename).
    public static func save(_ state: StateDict, to path: String, metadata: [String: String]? = nil) throws {
        try FileIO.writeFileAtomically(try encode(state, metadata: metadata, path: path), to: path)
    }

    /// The bytes of a safetensors file holding `state`.
    public static func encode(_ state: StateDict, metadata: [String: String]? = nil, path: String = "<memory>") throws -> [UInt8] {
        let sorted = state.entries.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        var members: [(String, JSONValue)] = []
        var data: [UInt8] = []
        for (key, tensor) in sorted {
            if key == "__metadata__" { throw SafeTensorsError(path: path, problem: .unsavable(tensor: key, reason: "the key is reserved")) }
            let begin = data.count
            try appendBytes(of: tensor, to: &data)
            members.append((key, .object([
                ("dtype", .string(name(of: tensor.dtype))),
                ("shape", .array(tensor.shape.map { .number(String($0)) })),
                ("data_offsets", .array([.number(String(begin)), .number(String(data.count))])),
            ])))
        }
        if let metadata {
            let entries = metadata.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            members.append(("__metadata__", .object(entries.map { ($0.key, .string($0.value)) })))
            members.sort { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
        }
        var header = Array(JSONValue.object(members).text.utf8)
        while (8 + header.count) % 8 != 0 { header.append(0x20) }
        var out: [UInt8] = []
        out.reserveCapacity(8 + header.count + data.count)
        var n = UInt64(header.count).littleEndian
        withUnsafeBytes(of: &n) { out.append(contentsOf: $0) }
        out += header
        out += data
        return out
    }

    /// Appends the elements of `t` in row-major order as little-endian bytes (bools as 0/1).
    private static func appendBytes(of t: Tensor, to data: inout [UInt8]) throws {
        func raw<T: TensorElement>(_: T.Type) throws {
            try t.withUnsafeBufferPointer(as: T.self) { buf in
                UnsafeRawBufferPointer(buf).withMemoryRebound(to: UInt8.self) { data.append(contentsOf: $0) }
            }
        }
        switch t.dtype {
        case .float32: try raw(Float.self)
        case .float64: try raw(Double.self)
        case .int64: try raw(Int64.self)
        case .bool: try t.withUnsafeBufferPointer(as: Bool.self) { buf in data.append(contentsOf: buf.map { $0 ? 1 : 0 }) }
        }
    }
}
