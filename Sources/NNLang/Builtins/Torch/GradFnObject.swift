import NNAutograd

/// A tensor's `grad_fn`: the recorded operation that made it, shown as PyTorch shows it
/// (`<MulBackward0 object>`, without the address). `name()` gives the class name and
/// `next_functions` the operations it feeds (by name; `AccumulateGrad` for leaves).
final class GradFnObject: NativeObject {
    let node: Node

    init(_ node: Node) { self.node = node }

    nonisolated(unsafe) static let type: ClassObject = {
        // Immutable after its thread-safe lazy initialisation.
        let c = ClassObject.native("Node", module: "torch.autograd.graph", doc: "A recorded operation (a tensor's grad_fn).")
        c.subclassable = false
        c.method("name", "", doc: "The operation's class name, such as MulBackward0.") { a, _ in
            .string(try a.receiver(as: GradFnObject.self, typeName: "Node").node.name)
        }
        return c
    }()

    override var nativeType: ClassObject { GradFnObject.type }

    override func getAttribute(_ name: String, owner: Value, _ rt: Runtime) throws -> Value? {
        guard name == "next_functions" else { return nil }
        return .tuple(node.nextFunctionNames.map { name in
            .tuple([name.map { .native(NamedFunction($0)) } ?? .none, .int(0)])
        })
    }

    override var dynamicAttributeNames: [String] { ["next_functions"] }

    override func repr(_ rt: Runtime) throws -> String { "<\(node.name) object>" }
}

/// An entry of `next_functions`, known by name only.
final class NamedFunction: NativeObject {
    let name: String

    init(_ name: String) { self.name = name }

    override var nativeType: ClassObject { GradFnObject.type }

    override func repr(_ rt: Runtime) throws -> String { "<\(name) object>" }
}
