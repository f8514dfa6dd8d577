import NNAutograd
import NNTensor

/// PyTorch's named result pairs (`torch.return_types.max(values=…, indices=…)`): they unpack
/// like tuples, index like tuples and have the fields as attributes.
final class ReturnTypesObject: NativeObject {
    let name: String
    let fields: [(String, Value)]

    init(_ name: String, _ fields: [(String, Value)]) {
        self.name = name
        self.fields = fields
    }

    /// A values/indices pair.
    static func pair(_ name: String, _ values: Variable, _ indices: Tensor) -> Value {
        .native(ReturnTypesObject(name, [("values", .tensor(values)), ("indices", .tensor(indices))]))
    }

    nonisolated(unsafe) static let type: ClassObject = {
        // Immutable after its thread-safe lazy initialisation.
        let c = ClassObject.native("return_types", module: "torch", base: BuiltinTypes.shared.tuple,
                                   doc: "A named pair such as (values, indices).")
        c.subclassable = false
        return c
    }()

    override var nativeType: ClassObject { ReturnTypesObject.type }

    var tuple: Value { .tuple(fields.map(\.1)) }

    override func getAttribute(_ name: String, owner: Value, _ rt: Runtime) throws -> Value? {
        fields.first { $0.0 == name }?.1
    }

    override var dynamicAttributeNames: [String] { fields.map(\.0) }

    override func getItem(_ index: Index, _ rt: Runtime) throws -> Value { try rt.getItem(tuple, index.raw) }

    override func length(_ rt: Runtime) throws -> Int? { fields.count }

    override func makeIterator(_ rt: Runtime) throws -> IteratorObject? { try rt.makeIterator(tuple) }

    override func repr(_ rt: Runtime) throws -> String {
        var parts: [String] = []
        for (k, v) in fields { parts.append("\(k)=\(try rt.repr(v))") }
        return "torch.return_types.\(name)(\n" + parts.joined(separator: ",\n") + ")"
    }
}
