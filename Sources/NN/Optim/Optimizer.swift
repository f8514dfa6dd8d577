import NNAutograd
import NNTensor

/// The base of the optimizers: parameter groups, per-parameter state, `zeroGrad`, and
/// PyTorch's repr. Updates run over raw buffers, outside the graph.
open class Optimizer: CustomStringConvertible {
    /// The PyTorch class name (`Adam`).
    public let typeName: String
    public private(set) var paramGroups: [ParamGroup] = []
    /// The defaults every new group starts from, in PyTorch's order.
    public let defaults: [(String, Hyperparameter)]
    /// Per-parameter state (momentum buffers, moment estimates, step counts).
    var state: [ObjectIdentifier: ParamState] = [:]

    /// `groups` as given to PyTorch's constructor. No groups at all (an empty parameter list)
    /// is PyTorch's "optimizer got an empty parameter list".
    init(typeName: String, groups: [ParamGroupSpec], defaults: [(String, Hyperparameter)]) throws {
        self.typeName = typeName
        self.defaults = defaults
        if groups.isEmpty { throw NNError.emptyParameterList }
        for g in groups { try addParamGroup(g) }
    }

    /// Adds a group (`add_param_group`): its own options, then the defaults.
    public func addParamGroup(_ spec: ParamGroupSpec) throws {
        if spec.params.contains(where: { !$0.isLeaf }) { throw NNError.nonLeafParameter }
        let existing = Set(paramGroups.flatMap { $0.params.map(ObjectIdentifier.init) })
        if spec.params.contains(where: { existing.contains(ObjectIdentifier($0)) }) { throw NNError.duplicateParameter }
        paramGroups.append(ParamGroup(params: spec.params, options: spec.options, defaults: defaults))
    }

    /// Clears the gradients of every parameter: to None (PyTorch 2's default) or to zeros.
    public func zeroGrad(setToNone: Bool = true) {
        for g in paramGroups {
            for p in g.params {
                if setToNone { p.grad = nil } else { p.grad?.data.zero() }
            }
        }
    }

    /// One group of `params`, or none when the list is empty (so the constructor reports it).
    static func groups(_ params: [Variable]) -> [ParamGroupSpec] {
        params.isEmpty ? [] : [ParamGroupSpec(params: params)]
    }

    /// One update of every parameter that has a gradient.
    public func step() throws {
        for group in paramGroups {
            try prepare(group)
            for p in group.params {
                guard let g = p.grad else { continue }
                let s = state[ObjectIdentifier(p)] ?? ParamState()
                state[ObjectIdentifier(p)] = s
                s.step += 1
                try update(p, grad: g.data, group: group, state: s)
            }
        }
    }

    /// Per-group work before the parameters are updated (none by default).
    func prepare(_ group: ParamGroup) throws {}

    /// The update of one parameter; subclasses override.
    func update(_ p: Variable, grad: Tensor, group: ParamGroup, state: ParamState) throws {}

    /// The state buffer `name` of `s`, created as zeros like `like` on first use.
    func buffer(_ name: String, in s: ParamState, like: Tensor) throws -> Tensor {
        if let b = s.buffers[name] { return b }
        let b = try Tensor.zeros(like.shape, dtype: like.dtype)
        s.buffers[name] = b
        return b
    }

    /// PyTorch's repr: the class name, then each group's options sorted by key.
    public var description: String {
        var s = typeName + " ("
        for (i, g) in paramGroups.enumerated() {
            s += "\nParameter Group \(i)\n"
            for key in g.keys.sorted() { s += "    \(key): \(g[key]?.description ?? "None")\n" }
        }
        return s + ")"
    }
}

/// The state an optimizer keeps for one parameter.
final class ParamState {
    var step = 0
    var buffers: [String: Tensor] = [:]
}

/// Runs `body` over the parameter's elements and its gradient's as typed buffers (the
/// parameter updated in place, seen by the model), for float32 and float64 parameters.
func withUpdateBuffers(_ p: Variable, _ grad: Tensor, _ extra: [Tensor],
                       _ f32: (UnsafeMutableBufferPointer<Float>, UnsafeBufferPointer<Float>, [UnsafeMutableBufferPointer<Float>]) -> Void,
                       _ f64: (UnsafeMutableBufferPointer<Double>, UnsafeBufferPointer<Double>, [UnsafeMutableBufferPointer<Double>]) -> Void) throws {
    let target = p.data.isContiguous ? p.data : try p.data.contiguous().copy()
    let g = try grad.converted(to: target.dtype)
    func run<T: RealElement>(_: T.Type, _ body: (UnsafeMutableBufferPointer<T>, UnsafeBufferPointer<T>, [UnsafeMutableBufferPointer<T>]) -> Void) throws {
        try target.withUnsafeMutableSharedBuffer(as: T.self) { pb in
            try g.withUnsafeBufferPointer(as: T.self) { gb in
                var states: [UnsafeMutableBufferPointer<T>] = []
                for e in extra {
                    try e.withUnsafeMutableSharedBuffer(as: T.self) { states.append($0) }
                }
                withExtendedLifetime(extra) { body(pb, gb, states) }
            }
        }
    }
    switch target.dtype {
    case .float32: try run(Float.self, f32)
    case .float64: try run(Double.self, f64)
    default: throw AutogradError.notImplementedForDType(op: "optimizer step", dtype: target.dtype)
    }
    if !p.data.isContiguous { try p.data.assign(from: target) }
}
