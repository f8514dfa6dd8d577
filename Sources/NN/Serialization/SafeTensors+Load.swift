import NNTensor

extension SafeTensors {
    /// The tensors of the safetensors file at `path`, in header order, validated completely
    /// first: the header length against the limit and the file size, the JSON, every entry's
    /// dtype, shape and offsets, the byte spans against shape × element size, the offsets
    /// contiguous from 0 without overlap, and the data section's length.
    public static func load(_ path: String) throws -> StateDict {
        try decode(FileIO.readFile(path), path: path).tensors
    }

    /// The tensors and `__metadata__` of safetensors bytes (`path` names them in errors).
    public static func decode(_ bytes: [UInt8], path: String = "<memory>") throws -> (tensors: StateDict, metadata: [String: String]) {
        func fail(_ p: SafeTensorsError.Problem) -> SafeTensorsError { SafeTensorsError(path: path, problem: p) }
        guard bytes.count >= 8 else { throw fail(.tooShortForHeader(size: bytes.count)) }
        var length: UInt64 = 0
        for k in 0..<8 { length |= UInt64(bytes[k]) << (8 * UInt64(k)) }
        if length > UInt64(headerLimit) { throw fail(.headerTooLarge(length: length, limit: headerLimit)) }
        let headerLength = Int(length)
        guard headerLength <= bytes.count - 8 else { throw fail(.truncatedHeader(length: length, available: bytes.count - 8)) }
        let json: JSONValue
        do { json = try JSONParser.parse(Array(bytes[8..<(8 + headerLength)])) } catch let e as JSONSyntaxError {
            throw fail(.malformedJSON(offset: e.offset, reason: e.reason))
        }
        guard case .object(let members) = json else { throw fail(.invalidHeader("the header is not a JSON object")) }

        struct Entry { let name: String; let dtype: DType; let shape: [Int]; let begin: Int; let end: Int }
        var entries: [Entry] = []
        var metadata: [String: String] = [:]
        for (name, value) in members {
            if name == "__metadata__" {
                guard case .object(let pairs) = value else { throw fail(.invalidHeader("__metadata__ is not an object")) }
                for (k, v) in pairs {
                    guard case .string(let s) = v else { throw fail(.invalidHeader("__metadata__ value of '\(k)' is not a string")) }
                    metadata[k] = s
                }
                continue
            }
            guard case .object(let fields) = value else { throw fail(.invalidEntry(tensor: name, reason: "the entry is not an object")) }
            func field(_ f: String) throws -> JSONValue {
                guard let v = fields.first(where: { $0.0 == f })?.1 else { throw fail(.invalidEntry(tensor: name, reason: "missing \"\(f)\"")) }
                return v
            }
            guard case .string(let dtypeName) = try field("dtype") else {
                throw fail(.invalidEntry(tensor: name, reason: "\"dtype\" is not a string"))
            }
            guard let dtype = dtype(named: dtypeName) else { throw fail(.unsupportedDType(tensor: name, dtype: dtypeName)) }
            guard case .array(let dims) = try field("shape"), let shape = Optional(dims.compactMap(\.nonNegativeInt)),
                  shape.count == dims.count else {
                throw fail(.invalidEntry(tensor: name, reason: "\"shape\" is not a list of non-negative integers"))
            }
            guard case .array(let offsets) = try field("data_offsets"), offsets.count == 2,
                  let begin = offsets[0].nonNegativeInt, let end = offsets[1].nonNegativeInt, begin <= end else {
                throw fail(.invalidEntry(tensor: name, reason: "\"data_offsets\" is not [begin, end] with 0 <= begin <= end"))
            }
            var count = 1
            for d in shape {
                let (c, overflow) = count.multipliedReportingOverflow(by: d)
                if overflow { throw fail(.invalidEntry(tensor: name, reason: "the shape has too many elements")) }
                count = c
            }
            let (needed, overflow) = count.multipliedReportingOverflow(by: dtype.itemSize)
            if overflow || needed != end - begin {
                throw fail(.sizeMismatch(tensor: name, shape: shape, dtype: dtypeName, expected: overflow ? Int.max : needed, span: end - begin))
            }
            entries.append(Entry(name: name, dtype: dtype, shape: shape, begin: begin, end: end))
        }

        // Offsets must tile the data section exactly, in order of their starts.
        let dataStart = 8 + headerLength
        var expected = 0
        for e in entries.sorted(by: { ($0.begin, $0.end) < ($1.begin, $1.end) }) {
            if e.begin != expected { throw fail(.offsets(tensor: e.name, begin: e.begin, expected: expected)) }
            expected = e.end
        }
        if expected != bytes.count - dataStart { throw fail(.dataLength(expected: expected, actual: bytes.count - dataStart)) }

        var state = StateDict()
        for e in entries {
            state[e.name] = try tensor(from: bytes, at: dataStart + e.begin, shape: e.shape, dtype: e.dtype)
        }
        return (state, metadata)
    }

    /// A tensor made from little-endian element bytes starting at `offset` (bools: any
    /// nonzero byte is true).
    private static func tensor(from bytes: [UInt8], at offset: Int, shape: [Int], dtype: DType) throws -> Tensor {
        func copy<T: TensorElement>(_: T.Type) throws -> Tensor {
            try Tensor(shape: shape, as: T.self) { out in
                bytes.withUnsafeBytes { src in
                    let raw = UnsafeMutableRawBufferPointer(out)
                    raw.copyMemory(from: UnsafeRawBufferPointer(rebasing: src[offset..<(offset + raw.count)]))
                }
            }
        }
        switch dtype {
        case .float32: return try copy(Float.self)
        case .float64: return try copy(Double.self)
        case .int64: return try copy(Int64.self)
        case .bool:
            return try Tensor(shape: shape, as: Bool.self) { out in
                for i in 0..<out.count { out[i] = bytes[offset + i] != 0 }
            }
        }
    }
}
