import NNAutograd
import NNTensor

/// The base of every layer and model, as PyTorch's `nn.Module`.
///
/// A module owns three ordered registries — parameters, buffers and child modules — keyed by
/// attribute name in assignment order. `parameters()`, `stateDict()`, `train()`, the repr and
/// the rest are computed from them, so a model assembled from registered children needs no
/// code of its own beyond `forward`.
///
/// Built-in layers subclass it and override `forward` and `extraRepr`. Models written in the
/// language are plain `Module`s whose `typeName` is the script's class name, whose children
/// and parameters the binding registers as attributes are assigned, and whose forward is the
/// `forwardHandler` the binding installs (it receives the module, so it need not capture it).
open class Module {
    /// The class name the repr prints: `Linear`, `Sequential`, or a script's `Net`.
    public var typeName: String
    /// True in training mode (dropout active, batch norm on batch statistics).
    public internal(set) var training = true
    /// The forward of a module defined in the language; nil for built-in layers.
    public var forwardHandler: ((Module, Variable) throws -> Variable)?

    var parameterRegistry = OrderedRegistry<Variable>()
    var bufferRegistry = OrderedRegistry<Variable>()
    var nonPersistentBuffers: Set<String> = []
    var moduleRegistry = OrderedRegistry<Module>()

    /// An empty module that prints as `typeName()`.
    public init(typeName: String) {
        self.typeName = typeName
    }

    /// The computation of the module on one input. Built-in layers override it; otherwise it
    /// runs `forwardHandler`, and without one it is PyTorch's "missing the required forward".
    open func forward(_ input: Variable) throws -> Variable {
        guard let handler = forwardHandler else { throw NNError.forwardNotImplemented(typeName: typeName) }
        return try handler(self, input)
    }

    /// `module(x)`.
    public func callAsFunction(_ input: Variable) throws -> Variable { try forward(input) }

    /// The text inside the parentheses of the repr (`in_features=4, out_features=2, bias=True`);
    /// empty by default.
    open func extraRepr() -> String { "" }

    /// The `(name): child` lines of the repr. Containers that print children differently
    /// (ModuleList compresses repeats) override it.
    func childLines(depth: Int, path: Set<ObjectIdentifier>) -> [String] {
        moduleRegistry.entries.map { entry in
            "(\(entry.name)): " + Module.reprOf(entry.value, depth: depth, path: path)
        }
    }

    /// `to(device)`: every tensor already lives on the CPU, the only device; returns `self`.
    @discardableResult
    public func to(device: String) -> Module { self }
}
