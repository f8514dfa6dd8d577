import NNAutograd
import NNTensor

/// Walking the module tree: parameters, buffers, children and descendants in PyTorch's order
/// (pre-order, registration order, each object once), and the recursive mode switches.
extension Module {
    /// `self` and every descendant with its dotted path (`""` for `self`, `0`, `net.fc1`), each
    /// module once, in pre-order (PyTorch's `named_modules`). Iterative, so a module that
    /// contains itself does not loop.
    public func namedModules(prefix: String = "") -> [(name: String, module: Module)] {
        var out: [(name: String, module: Module)] = []
        var seen: Set<ObjectIdentifier> = []
        var stack: [(String, Module)] = [(prefix, self)]
        while let (path, m) = stack.popLast() {
            guard seen.insert(ObjectIdentifier(m)).inserted else { continue }
            out.append((path, m))
            for entry in m.moduleRegistry.entries.reversed() {
                guard let child = entry.value else { continue }
                stack.append((path.isEmpty ? entry.name : path + "." + entry.name, child))
            }
        }
        return out
    }

    /// `self` and every descendant, each once.
    public func modules() -> [Module] { namedModules().map(\.module) }

    /// The direct children with their names (None entries skipped, each module once).
    public func namedChildren() -> [(name: String, module: Module)] {
        var seen: Set<ObjectIdentifier> = []
        return moduleRegistry.entries.compactMap { entry in
            guard let m = entry.value, seen.insert(ObjectIdentifier(m)).inserted else { return nil }
            return (entry.name, m)
        }
    }

    /// The direct children.
    public func children() -> [Module] { namedChildren().map(\.module) }

    /// Every parameter with its dotted name (`0.weight`, `fc1.bias`), each parameter once
    /// (PyTorch's `named_parameters`); only `self`'s own when not `recurse`.
    public func namedParameters(prefix: String = "", recurse: Bool = true) -> [(name: String, parameter: Variable)] {
        namedMembers(prefix: prefix, recurse: recurse) { $0.parameterRegistry.entries }
    }

    /// Every parameter, each once, in `namedParameters` order.
    public func parameters(recurse: Bool = true) -> [Variable] { namedParameters(recurse: recurse).map(\.parameter) }

    /// Every buffer with its dotted name (`bn.running_mean`), each once.
    public func namedBuffers(prefix: String = "", recurse: Bool = true) -> [(name: String, buffer: Variable)] {
        namedMembers(prefix: prefix, recurse: recurse) { $0.bufferRegistry.entries }.map { ($0.name, $0.parameter) }
    }

    /// Every buffer, each once.
    public func buffers(recurse: Bool = true) -> [Variable] { namedBuffers(recurse: recurse).map(\.buffer) }

    private func namedMembers(prefix: String, recurse: Bool,
                              _ members: (Module) -> [(name: String, value: Variable?)]) -> [(name: String, parameter: Variable)] {
        var out: [(name: String, parameter: Variable)] = []
        var seen: Set<ObjectIdentifier> = []
        let owners = recurse ? namedModules(prefix: prefix) : [(prefix, self)]
        for (path, m) in owners {
            for entry in members(m) {
                guard let v = entry.value, seen.insert(ObjectIdentifier(v)).inserted else { continue }
                out.append((path.isEmpty ? entry.name : path + "." + entry.name, v))
            }
        }
        return out
    }

    /// Training mode on (or off) for `self` and every descendant (`train(mode)`).
    public func train(_ mode: Bool = true) {
        for m in modules() { m.training = mode }
    }

    /// Evaluation mode for `self` and every descendant (`eval()`).
    public func eval() { train(false) }

    /// Clears every parameter's gradient: to None (PyTorch 2's default), or to zeros in place.
    public func zeroGrad(setToNone: Bool = true) {
        for p in parameters() {
            if setToNone { p.grad = nil } else { p.grad?.data.zero() }
        }
    }

    /// The number of parameter elements (all, or only those that require grad).
    public func parameterCount(trainableOnly: Bool = false) -> Int {
        parameters().reduce(0) { $0 + (trainableOnly && !$1.requiresGrad ? 0 : $1.count) }
    }

    /// Converts every floating-point parameter, gradient and buffer to `dtype` in place
    /// (`model.double()`, `model.float()`); integer buffers are kept.
    public func convertFloatingPoint(to dtype: DType) throws {
        for m in modules() {
            for v in m.parameterRegistry.entries.compactMap(\.value) + m.bufferRegistry.entries.compactMap(\.value)
            where v.dtype.isFloatingPoint {
                v.data = try v.data.converted(to: dtype)
                if let g = v.grad { g.data = try g.data.converted(to: dtype) }
            }
        }
    }
}
